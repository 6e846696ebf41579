import type { FollowUpQuestion } from '../../shared/api/follow-ups';
import type { SessionView } from '../../shared/api/sessions';
import type { SubmitRequest } from '../../shared/api/submissions';
import type { TaskPublic } from '../../shared/task';

/** What the pane keeps across closing and reopening, so the candidate resumes where they were. */
export interface Saved {
  baseUrl: string;
  token: string | null;
  session: SessionView | null;
  task: TaskPublic | null;
  /** Server clock minus this machine's, measured when the server last answered. */
  clockOffsetMs: number;
  /** The question about the last hand-in, until it is answered. */
  followUp: FollowUpQuestion | null;
  /** Hand-ins not yet acknowledged by the server, oldest first. Each keeps its id, so a resend is safe. */
  outbox: SubmitRequest[];
}

const KEY = 'excel-interviewer';

/**
 * When the current task's time and the interview's run out, on this machine's clock (corrected by the
 * server's): null until the candidate pressed Start. The task's limit never runs past the interview's.
 */
export function deadlinesOf(saved: Saved): { task: number; interview: number } | null {
  const { session, task, clockOffsetMs } = saved;
  if (!session?.expiresAt || !session.taskStartedAt || !task) return null;
  const interview = Date.parse(session.expiresAt) - clockOffsetMs;
  return { task: Math.min(interview, Date.parse(session.taskStartedAt) + task.timeLimitSeconds * 1000 - clockOffsetMs), interview };
}

/** Server clock minus ours, from a time the server just sent. */
export const offsetFrom = (serverTime: string) => Date.parse(serverTime) - Date.now();

export function defaultBaseUrl(): string {
  return typeof location !== 'undefined' && location.protocol.startsWith('http') ? location.origin : 'http://localhost:8787';
}

/** A pane that has never connected. */
const fresh = (): Saved => ({
  baseUrl: defaultBaseUrl(),
  token: null,
  session: null,
  task: null,
  clockOffsetMs: 0,
  followUp: null,
  outbox: [],
});

/** What was saved, over a fresh pane's defaults; unreadable storage starts afresh. */
export function load(storage: Storage): Saved {
  try {
    return { ...fresh(), ...((JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Saved> | null) ?? {}) };
  } catch {
    return fresh();
  }
}

/** Writes synchronously: the hand-in must be on disk before it is sent, or a crash could lose it. */
export function save(storage: Storage, state: Saved): void {
  storage.setItem(KEY, JSON.stringify(state));
}
