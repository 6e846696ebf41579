import type { Sql } from '../db/client';
import type { SubmitAccepted, SubmitResponse } from '../../shared/api/submissions';
import { publicPartOf } from '../tasks/public-part';
import { loadIssuedTask } from './issued-task';
import { followUpFor } from './follow-ups';
import type { AfterScore } from './score-hand-in';
import { currentTaskId, loadInterview, interviewView, type InterviewRecord } from './interview-record';

/** A hand-in as stored, whether or not it is scored yet. */
export interface StoredHandIn {
  session_id: string;
  task_id: string;
  received_at: Date;
  scored_at: Date | null;
}

export async function findHandIn(sql: Sql, id: string): Promise<StoredHandIn | null> {
  const [row] = await sql<StoredHandIn[]>`SELECT session_id, task_id, received_at, scored_at FROM submissions WHERE id = ${id}`;
  return row ?? null;
}

/** A hand-in of this interview as stored (scored or not), or null when the interview has none with this id. */
export async function handInOf(sql: Sql, sessionId: string, id: string): Promise<StoredHandIn | null> {
  const stored = await findHandIn(sql, id);
  return stored?.session_id === sessionId ? stored : null;
}

/** What the candidate hears while a hand-in is stored and not yet scored. */
export function acceptedView(submissionId: string, taskId: string, receivedAt: Date): SubmitAccepted {
  return { submissionId, taskId, receivedAt: receivedAt.toISOString(), status: 'scoring' };
}

/** As the database keeps a score (numeric(5, 4)), so the first answer and every later read agree. */
const stored4 = (score: number) => Math.round(score * 10_000) / 10_000;

type Marks = Pick<SubmitResponse, 'points' | 'maxPoints' | 'score'>;

/** The score as the candidate sees it: shown only when their organisation shows scores. */
const marksFor = (interview: InterviewRecord, marks: { points: number; maxPoints: number; score: number }): Marks =>
  interview.organisation.scoresShown ? marks : { points: null, maxPoints: null, score: null };

async function withNextTask(
  sql: Sql,
  interview: InterviewRecord,
  now: Date,
  view: Omit<SubmitResponse, 'session' | 'nextTask' | keyof Marks>,
  marks: { points: number; maxPoints: number; score: number },
): Promise<SubmitResponse> {
  const nextId = currentTaskId(interview);
  const next = nextId ? await loadIssuedTask(sql, interview, nextId) : null;
  return { ...view, ...marksFor(interview, marks), session: interviewView(interview, now), nextTask: next ? publicPartOf(next) : null };
}

/** The answer to the request that scored the hand-in, from what scoring just wrote: nothing is read back but the next task. */
export function viewAfterScore(
  sql: Sql,
  submissionId: string,
  taskId: string,
  receivedAt: Date,
  after: AfterScore,
  now: Date,
  late: boolean,
): Promise<SubmitResponse> {
  const { result } = after;
  return withNextTask(
    sql,
    after.interview,
    now,
    { submissionId, taskId, receivedAt: receivedAt.toISOString(), late, followUp: after.followUp },
    { points: result.points, maxPoints: result.maxPoints, score: stored4(result.score) },
  );
}

/** The scored hand-in as its candidate sees it, read from the database (a resend, a poll); null until scored. */
export async function handInView(sql: Sql, sessionId: string, submissionId: string, now: Date): Promise<SubmitResponse | null> {
  const [row] = await sql<{ task_id: string; received_at: Date; late: boolean; points: number; max_points: number; score: string }[]>`
    SELECT s.task_id, s.received_at, s.late, sc.points, sc.max_points, sc.score
    FROM submissions s JOIN scores sc ON sc.submission_id = s.id WHERE s.id = ${submissionId} AND s.session_id = ${sessionId}`;
  if (!row) return null;
  const interview = (await loadInterview(sql, { id: sessionId }))!;
  return withNextTask(
    sql,
    interview,
    now,
    {
      submissionId,
      taskId: row.task_id,
      receivedAt: row.received_at.toISOString(),
      late: row.late,
      followUp: await followUpFor(sql, submissionId),
    },
    { points: row.points, maxPoints: row.max_points, score: Number(row.score) },
  );
}
