import type { SubmitResponse } from '../../shared/api/submissions';
import { ConnectScreen } from './screens/ConnectScreen';
import { ConsentScreen } from './screens/ConsentScreen';
import { EndScreen } from './screens/EndScreen';
import { FollowUpScreen } from './screens/FollowUpScreen';
import { ResultScreen } from './screens/ResultScreen';
import { TaskScreen } from './screens/TaskScreen';
import type { Saved } from './store';

/** What the candidate is doing now: one at a time, so one action is in flight. */
export type Busy = 'connect' | 'setup' | 'submit' | 'answer' | null;

export interface ScreenChooserProps {
  saved: Saved;
  busy: Busy;
  /** The last hand-in's result, until the candidate moves on. */
  result: SubmitResponse | null;
  onConnect: (code: string, baseUrl: string) => void;
  onStart: () => void;
  onSetup: () => void;
  onSubmit: () => void;
  onAnswer: (text: string) => void;
  onNext: () => void;
}

/** Picks the screen from where the interview is: connect, result, follow-up, end, consent, or the task. */
export function ScreenChooser({ saved, busy, result, onConnect, onStart, onSetup, onSubmit, onAnswer, onNext }: ScreenChooserProps) {
  if (!saved.token || !saved.session) return <ConnectScreen baseUrl={saved.baseUrl} busy={busy === 'connect'} onConnect={onConnect} />;
  if (result) return <ResultScreen result={result} onNext={onNext} />;
  if (saved.followUp) return <FollowUpScreen followUp={saved.followUp} busy={busy === 'answer'} onAnswer={onAnswer} />;
  if (saved.session.state !== 'in_progress' || !saved.task) {
    return <EndScreen candidateName={saved.session.candidateName} pending={saved.outbox.length} />;
  }
  if (!saved.consented) return <ConsentScreen session={saved.session} onStart={onStart} />;
  const deadline = saved.taskStartedAt ? Date.parse(saved.taskStartedAt) + saved.task.timeLimitSeconds * 1000 - saved.clockOffsetMs : 0;
  // A hand-in waiting in the outbox is this task's: a second one would only be refused later.
  const working = busy === 'setup' || busy === 'submit' ? busy : saved.outbox.length > 0 ? 'submit' : null;
  return (
    <TaskScreen task={saved.task} session={saved.session} deadline={deadline} working={working} onSetup={onSetup} onSubmit={onSubmit} />
  );
}
