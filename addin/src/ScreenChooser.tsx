import { useEffect, useRef, type ReactNode } from 'react';
import type { SubmitResponse } from '../../shared/api/submissions';
import { ConnectScreen } from './screens/ConnectScreen';
import { ConsentScreen } from './screens/ConsentScreen';
import { EndScreen } from './screens/EndScreen';
import { FollowUpScreen } from './screens/FollowUpScreen';
import { ResultScreen } from './screens/ResultScreen';
import { TaskScreen } from './screens/TaskScreen';
import { deadlinesOf, type Saved } from './store';

/** What the candidate is doing now: one at a time, so one action is in flight. */
export type Busy = 'connect' | 'start' | 'setup' | 'submit' | 'answer' | null;

export interface ScreenChooserProps {
  saved: Saved;
  busy: Busy;
  /** The last hand-in's result, until the candidate moves on. */
  result: SubmitResponse | null;
  onConnect: (code: string, baseUrl: string) => void;
  onAuthor: () => void;
  onStart: () => void;
  onSetup: () => void;
  onSubmit: () => void;
  onAnswer: (text: string) => void;
  onNext: () => void;
}

/** Puts focus on the first field of a screen when it arrives, so a keyboard user starts where the work is. */
function Arrival({ screen, children }: { screen: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), button:not([disabled])');
    first?.focus();
  }, [screen]);
  return <div ref={ref}>{children}</div>;
}

/** Picks the screen from where the interview is: connect, result, follow-up, end, consent, or the task. */
export function ScreenChooser(props: ScreenChooserProps) {
  const [screen, view] = choose(props);
  // Keyed by the screen, so a new screen (a second follow-up turn, say) starts with empty fields of its own.
  return (
    <Arrival key={screen} screen={screen}>
      {view}
    </Arrival>
  );
}

function choose({
  saved,
  busy,
  result,
  onConnect,
  onAuthor,
  onStart,
  onSetup,
  onSubmit,
  onAnswer,
  onNext,
}: ScreenChooserProps): [string, ReactNode] {
  if (!saved.token || !saved.session)
    return ['connect', <ConnectScreen baseUrl={saved.baseUrl} busy={busy === 'connect'} onConnect={onConnect} onAuthor={onAuthor} />];
  if (result) return [`result-${result.submissionId}`, <ResultScreen result={result} onNext={onNext} />];
  if (saved.followUp)
    return [`follow-up-${saved.followUp.id}`, <FollowUpScreen followUp={saved.followUp} busy={busy === 'answer'} onAnswer={onAnswer} />];
  if (saved.session.state !== 'in_progress' || !saved.task) {
    const { candidateName, closingMessage } = saved.session;
    return ['end', <EndScreen candidateName={candidateName} closingMessage={closingMessage} pending={saved.outbox.length} />];
  }
  if (!saved.session.startedAt) return ['consent', <ConsentScreen session={saved.session} busy={busy === 'start'} onStart={onStart} />];
  // A hand-in waiting in the outbox is this task's: a second one would only be refused later.
  const working = busy === 'setup' || busy === 'submit' ? busy : saved.outbox.length > 0 ? 'submit' : null;
  return [
    `task-${saved.task.id}`,
    <TaskScreen
      task={saved.task}
      session={saved.session}
      deadlines={deadlinesOf(saved)!}
      working={working}
      onSetup={onSetup}
      onSubmit={onSubmit}
    />,
  ];
}
