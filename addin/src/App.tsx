import { FluentProvider, makeStyles, MessageBar, MessageBarBody, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { SubmitRequest, SubmitResponse } from '../../shared/api/submissions';
import { handInWarnings } from '../../shared/hand-in-warnings';
import type { ExcelHost } from '../excel/host';
import { ApiError, candidateApi } from './api';
import { useActivity } from './hooks/use-activity';
import { useExcel } from './hooks/use-excel';
import { messageOf, useNotice } from './hooks/use-notice';
import { useOutbox } from './hooks/use-outbox';
import { useResume } from './hooks/use-resume';
import { useSavedState } from './hooks/use-saved-state';
import { useTimeUp } from './hooks/use-time-up';
import { ScreenChooser, type Busy } from './ScreenChooser';
import { AuthorScreen } from './screens/AuthorScreen';
import { ConfirmHandIn } from './screens/ConfirmHandIn';
import { deadlinesOf, offsetFrom } from './store';

export interface AppProps {
  /** Excel, once Office is ready; the pane renders before that. */
  host: Promise<ExcelHost>;
  storage: Storage;
  /** How often queued hand-ins are retried while the server cannot be reached. */
  retryMs?: number;
}

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: '300px',
  },
});

/** The task pane: the saved interview, Excel, the outbox and the activity feed, and the actions of each screen. */
export function App({ host, storage, retryMs = 3_000 }: AppProps) {
  const styles = useStyles();
  const [saved, current, update] = useSavedState(storage);
  const { notice, show } = useNotice();
  const [busy, setBusy] = useState<Busy>(null);
  const [result, setResult] = useState<SubmitResponse | null>(null);
  /** A hand-in read from the workbook and waiting for the candidate's confirmation, with its warnings. */
  const [confirming, setConfirming] = useState<{ request: SubmitRequest; warnings: string[] } | null>(null);
  /** The interview's time ran out and the pane handed the workbook in: said until the pane closes. */
  const [timeUp, setTimeUp] = useState(false);
  /** A recruiter capturing a task's workbooks instead of a candidate interviewing. */
  const [authoring, setAuthoring] = useState(false);
  const excel = useExcel(host, show);
  useResume(current, update);
  const sendActivity = useActivity(excel, current, saved.token);
  const flush = useOutbox({
    saved: current,
    waiting: saved.outbox.length,
    update,
    retryMs,
    show,
    onScored: setResult,
    afterSend: sendActivity,
  });

  /** Runs one action of the candidate's, with the pane busy for it and its failure shown. */
  const act = async (
    kind: Exclude<Busy, null>,
    work: () => Promise<void>,
    failed = (error: unknown) => show({ intent: 'error', text: messageOf(error) }),
  ) => {
    setBusy(kind);
    try {
      await work();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const connect = (code: string, baseUrl: string) =>
    act('connect', async () => {
      const redeemed = await candidateApi(baseUrl, null).redeem(code);
      update((s) => ({
        ...s,
        baseUrl,
        token: redeemed.sessionToken,
        session: redeemed.session,
        task: redeemed.task,
        taskStartedAt: redeemed.session.serverTime,
        clockOffsetMs: offsetFrom(redeemed.session.serverTime),
        outbox: [],
      }));
      show(null);
    });

  const withExcel = (kind: 'setup' | 'submit', work: (h: ExcelHost) => Promise<void>) => act(kind, async () => work(excel ?? (await host)));

  const setup = () =>
    withExcel('setup', async (h) => {
      await h.setupTask(current.current.task!, current.current.session!.id);
      show(null);
    });

  const start = () =>
    act('start', async () => {
      const { session, task, followUp } = await candidateApi(current.current.baseUrl, current.current.token).start();
      update((s) => ({ ...s, session, task, followUp, clockOffsetMs: offsetFrom(session.serverTime) }));
      show(null);
    });

  /** Reads the workbook as it is now into a hand-in of the current task. */
  const readHandIn = async (h: ExcelHost): Promise<SubmitRequest> => ({
    submissionId: crypto.randomUUID(),
    taskId: current.current.task!.id,
    snapshot: await h.readSnapshot(),
  });

  /** Saved before it is sent: from here on, closing the pane or losing the network loses nothing. */
  const send = async (request: SubmitRequest) => {
    update((s) => ({ ...s, outbox: [...s.outbox, request] }));
    await flush();
  };

  const submit = () =>
    withExcel('submit', async (h) => {
      const request = await readHandIn(h);
      setConfirming({ request, warnings: handInWarnings(current.current.task!, request.snapshot) });
    });

  const confirm = () => {
    const request = confirming?.request;
    setConfirming(null);
    if (request) void act('submit', () => send(request));
  };

  // At the interview's time-up the workbook is handed in as it is, as an exam does, and the pane says so.
  const deadlines = deadlinesOf(saved);
  const counting = deadlines && saved.outbox.length === 0 && !saved.followUp && !result ? deadlines.interview : null;
  useTimeUp(
    counting,
    () =>
      void withExcel('submit', async (h) => {
        setConfirming(null);
        setTimeUp(true);
        await send(await readHandIn(h));
      }),
  );

  /** From the result to the follow-up (its question as it stands now, fixed from here) or the next task. */
  const moveOn = async () => {
    const { followUp, baseUrl, token } = current.current;
    if (followUp) {
      const shown = await candidateApi(baseUrl, token)
        .followUp(followUp.id)
        .catch(() => null);
      if (shown) update((s) => ({ ...s, followUp: shown }));
    }
    setResult(null);
  };

  const answer = (text: string) =>
    act(
      'answer',
      async () => {
        const { next } = await candidateApi(current.current.baseUrl, current.current.token).answer(current.current.followUp!.id, text);
        update((s) => ({ ...s, followUp: next }));
        show(null);
      },
      (error) => {
        const offline = error instanceof ApiError && error.failure.kind !== 'refused';
        show(
          offline
            ? { intent: 'warning', text: "The server can't be reached; your answer is still here. Send it again in a moment." }
            : { intent: 'error', text: messageOf(error) },
        );
      },
    );

  return (
    <FluentProvider theme={excel?.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main className={styles.page}>
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {timeUp && (
          <MessageBar intent="info" role="status">
            <MessageBarBody>Time is up: your workbook was handed in as it was.</MessageBarBody>
          </MessageBar>
        )}
        {saved.outbox.length > 0 && !notice && (
          <MessageBar intent="info">
            <MessageBarBody>Sending your work…</MessageBarBody>
          </MessageBar>
        )}
        {authoring && (
          <AuthorScreen
            baseUrl={saved.baseUrl}
            readSnapshot={async () => (excel ?? (await host)).readSnapshot()}
            onLeave={() => setAuthoring(false)}
          />
        )}
        {!authoring && (
          <ScreenChooser
            saved={saved}
            busy={busy}
            result={result}
            onConnect={(code, baseUrl) => void connect(code, baseUrl)}
            onStart={() => void start()}
            onSetup={() => void setup()}
            onSubmit={() => void submit()}
            onAnswer={(text) => void answer(text)}
            onNext={() => void moveOn()}
            onAuthor={() => setAuthoring(true)}
          />
        )}
        {/* Mounted whatever the screen, so a hand-in that moves to the next screen still lets Fluent restore the page it hid. */}
        <ConfirmHandIn warnings={confirming?.warnings ?? null} onConfirm={confirm} onCancel={() => setConfirming(null)} />
      </main>
    </FluentProvider>
  );
}
