import { FluentProvider, makeStyles, MessageBar, MessageBarBody, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivityEvent } from '../../shared/api/activity';
import type { SubmitResponse } from '../../shared/api/submissions';
import type { ExcelHost } from '../excel/host';
import { ApiError, candidateApi } from './api';
import { EXCEL_BUSY_EVENT } from './events';
import { ConnectScreen } from './screens/ConnectScreen';
import { ConsentScreen } from './screens/ConsentScreen';
import { EndScreen } from './screens/EndScreen';
import { FollowUpScreen } from './screens/FollowUpScreen';
import { ResultScreen } from './screens/ResultScreen';
import { TaskScreen } from './screens/TaskScreen';
import { load, save, type Saved } from './store';

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

/** Server clock minus ours, from a time the server just sent. */
const offsetFrom = (serverTime: string) => Date.parse(serverTime) - Date.now();

const messageOf = (error: unknown) =>
  error instanceof ApiError ? error.message : error instanceof Error ? `Excel could not do that: ${error.message}` : String(error);

/** The task pane: connect, consent, tasks, results, the end. Holds the saved state and the outbox. */
export function App({ host, storage, retryMs = 3_000 }: AppProps) {
  const styles = useStyles();
  const [saved, setSaved] = useState<Saved>(() => load(storage));
  const [excel, setExcel] = useState<ExcelHost | null>(null);
  const [busy, setBusy] = useState<'connect' | 'setup' | 'submit' | 'answer' | null>(null);
  const [message, setMessage] = useState<{ intent: 'error' | 'warning' | 'info'; text: string } | null>(null);
  const [result, setResult] = useState<SubmitResponse | null>(null);
  const state = useRef(saved);
  const activity = useRef<ActivityEvent[]>([]);

  const update = useCallback(
    (change: (s: Saved) => Saved) => {
      state.current = change(state.current);
      save(storage, state.current);
      setSaved(state.current);
    },
    [storage],
  );

  useEffect(() => {
    const busyCell = () =>
      setMessage({ intent: 'info', text: 'Finish editing the cell in Excel (press Enter); the pane will carry on by itself.' });
    window.addEventListener(EXCEL_BUSY_EVENT, busyCell);
    return () => window.removeEventListener(EXCEL_BUSY_EVENT, busyCell);
  }, []);

  useEffect(() => {
    // Outside Office (the pane opened in a plain browser) there is no Excel to work in; say so plainly.
    host.then(setExcel, () =>
      setMessage({
        intent: 'error',
        text: 'This pane works inside Excel. Open it from Excel (desktop or on the web) to take the interview.',
      }),
    );
  }, [host]);

  // On reopening, ask the server where the interview is; without it, carry on from what was saved.
  useEffect(() => {
    const { token, baseUrl } = state.current;
    if (!token) return;
    candidateApi(baseUrl, token)
      .current()
      .then(
        ({ session, task, followUp }) =>
          update((s) => ({
            ...s,
            session,
            task,
            followUp,
            clockOffsetMs: offsetFrom(session.serverTime),
            taskStartedAt: task?.id === s.task?.id ? s.taskStartedAt : session.serverTime,
          })),
        () => {},
      );
  }, [update]);

  useEffect(() => {
    if (!excel || !saved.token) return;
    let stopped = false;
    const watch = excel.watchActivity((events) => {
      const api = candidateApi(state.current.baseUrl, state.current.token);
      const batch = [...activity.current, ...events].slice(-500);
      activity.current = [];
      api.activity(batch).catch(() => {
        if (!stopped) activity.current = batch;
      });
    });
    return () => {
      stopped = true;
      void watch.then((w) => w.stop());
    };
  }, [excel, saved.token]);

  const flush = useCallback(async () => {
    const { outbox, baseUrl, token } = state.current;
    const next = outbox[0];
    if (!next) return;
    try {
      const response = await candidateApi(baseUrl, token).submit(next);
      update((s) => ({
        ...s,
        outbox: s.outbox.filter((o) => o.submissionId !== next.submissionId),
        session: response.session,
        task: response.nextTask,
        taskStartedAt: response.session.serverTime,
        clockOffsetMs: offsetFrom(response.session.serverTime),
        followUp: response.followUp,
      }));
      setResult(response);
      setMessage(null);
      if (activity.current.length)
        await candidateApi(baseUrl, token)
          .activity(activity.current.splice(0))
          .catch(() => {});
    } catch (error) {
      const failure = error instanceof ApiError ? error.failure : null;
      if (failure && failure.kind !== 'refused') {
        setMessage({ intent: 'warning', text: failure.message });
        return;
      }
      // Refused for good (the task was already handed in, the interview is over): keep the copy out of the queue.
      update((s) => ({ ...s, outbox: s.outbox.filter((o) => o.submissionId !== next.submissionId) }));
      setMessage({ intent: 'error', text: messageOf(error) });
    }
  }, [update]);

  useEffect(() => {
    if (saved.outbox.length === 0) return;
    void flush();
    const id = setInterval(() => void flush(), retryMs);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      clearInterval(id);
      window.removeEventListener('online', online);
    };
  }, [saved.outbox.length, flush, retryMs]);

  const connect = async (code: string, baseUrl: string) => {
    setBusy('connect');
    try {
      const redeemed = await candidateApi(baseUrl, null).redeem(code);
      update((s) => ({
        ...s,
        baseUrl,
        token: redeemed.sessionToken,
        session: redeemed.session,
        task: redeemed.task,
        taskStartedAt: redeemed.session.serverTime,
        clockOffsetMs: offsetFrom(redeemed.session.serverTime),
        consented: false,
        outbox: [],
      }));
      setMessage(null);
    } catch (error) {
      setMessage({ intent: 'error', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const withExcel = async (kind: 'setup' | 'submit', work: (host: ExcelHost) => Promise<void>) => {
    setBusy(kind);
    try {
      await work(excel ?? (await host));
      if (kind === 'setup') setMessage(null);
    } catch (error) {
      setMessage({ intent: 'error', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const answer = async (text: string) => {
    const followUp = state.current.followUp!;
    setBusy('answer');
    try {
      await candidateApi(state.current.baseUrl, state.current.token).answer(followUp.id, text);
      update((s) => ({ ...s, followUp: null }));
      setMessage(null);
    } catch (error) {
      setMessage({
        intent: error instanceof ApiError && error.failure.kind !== 'refused' ? 'warning' : 'error',
        text:
          error instanceof ApiError && error.failure.kind !== 'refused'
            ? "The server can't be reached; your answer is still here. Send it again in a moment."
            : messageOf(error),
      });
    } finally {
      setBusy(null);
    }
  };

  const submit = () =>
    withExcel('submit', async (h) => {
      const task = state.current.task!;
      const snapshot = await h.readSnapshot();
      // Saved before it is sent: from here on, closing the pane or losing the network loses nothing.
      update((s) => ({ ...s, outbox: [...s.outbox, { submissionId: crypto.randomUUID(), taskId: task.id, snapshot }] }));
      await flush();
    });

  const deadline =
    saved.task && saved.taskStartedAt ? Date.parse(saved.taskStartedAt) + saved.task.timeLimitSeconds * 1000 - saved.clockOffsetMs : 0;
  // A hand-in waiting in the outbox is this task's: a second one would only be refused later.
  const working = busy === 'setup' || busy === 'submit' ? busy : saved.outbox.length > 0 ? 'submit' : null;

  let screen;
  if (!saved.token || !saved.session) {
    screen = <ConnectScreen baseUrl={saved.baseUrl} busy={busy === 'connect'} onConnect={(code, baseUrl) => void connect(code, baseUrl)} />;
  } else if (result) {
    screen = <ResultScreen result={result} onNext={() => setResult(null)} />;
  } else if (saved.followUp) {
    screen = <FollowUpScreen followUp={saved.followUp} busy={busy === 'answer'} onAnswer={(text) => void answer(text)} />;
  } else if (saved.session.state !== 'in_progress' || !saved.task) {
    screen = <EndScreen candidateName={saved.session.candidateName} pending={saved.outbox.length} />;
  } else if (!saved.consented) {
    screen = <ConsentScreen session={saved.session} onStart={() => update((s) => ({ ...s, consented: true }))} />;
  } else {
    screen = (
      <TaskScreen
        task={saved.task}
        session={saved.session}
        deadline={deadline}
        working={working}
        onSetup={() => void withExcel('setup', (h) => h.setupTask(state.current.task!))}
        onSubmit={() => void submit()}
      />
    );
  }

  return (
    <FluentProvider theme={excel?.theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main className={styles.page}>
        {message && (
          <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        {saved.outbox.length > 0 && !message && (
          <MessageBar intent="info">
            <MessageBarBody>Sending your work…</MessageBarBody>
          </MessageBar>
        )}
        {screen}
      </main>
    </FluentProvider>
  );
}
