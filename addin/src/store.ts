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
  /** When the current task reached the pane, by the server's clock. */
  taskStartedAt: string | null;
  /** Server clock minus this machine's, measured when the server last answered. */
  clockOffsetMs: number;
  consented: boolean;
  /** The question about the last hand-in, until it is answered. */
  followUp: FollowUpQuestion | null;
  /** Hand-ins not yet acknowledged by the server, oldest first. Each keeps its id, so a resend is safe. */
  outbox: SubmitRequest[];
}

const KEY = 'excel-interviewer';

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
  taskStartedAt: null,
  clockOffsetMs: 0,
  consented: false,
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
