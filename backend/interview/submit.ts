import type { Sql } from '../db/client';
import type { SubmitRequest, SubmitResponse } from '../../shared/api/submissions';
import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { queueCompletion } from '../webhooks/deliveries';
import { refreshOverallScore } from './final-score';
import { followUpQuestion } from './follow-up-question';
import { OVERALL_GRACE_MS } from './close-overdue';
import { chooseNextTask } from './next-task';
import { followUpFor } from './follow-ups';
import type { ReviewInput } from './review-submission';
import { loadTask } from '../tasks/store';
import { publicPartOf } from '../tasks/public-part';
import { currentTaskId, loadSession, sessionView, type SessionRecord } from './session-record';
import { inTransaction } from '../db/transaction';
import { limitation } from '../scoring/limitations';
import { scoreSubmission, type Scorer } from '../scoring/score-submission';

export type ReceiveOutcome =
  | { ok: true; created: boolean; submissionId: string; receivedAt: Date; scored: boolean }
  | { ok: false; reason: 'not_current_task' | 'session_closed' | 'id_taken' | 'session_expired' };

/** A task's hand-in this long past its limit is flagged as late (it still counts). */
const TASK_GRACE_MS = 60_000;

interface StoredHandIn {
  session_id: string;
  task_id: string;
  received_at: Date;
  scored_at: Date | null;
}

async function findHandIn(sql: Sql, id: string): Promise<StoredHandIn | null> {
  const [row] = await sql<StoredHandIn[]>`SELECT session_id, task_id, received_at, scored_at FROM submissions WHERE id = ${id}`;
  return row ?? null;
}

/**
 * Stores a hand-in for the session's current task, durably, before anything else happens to it: once this
 * returns ok, the work is safe whatever fails next (scoring runs after, and again from the sweep after a
 * crash). The add-in makes the id: the same id again finds the first hand-in and writes nothing; another
 * id for a task already handed in is refused.
 */
export async function receiveHandIn(sql: Sql, session: SessionRecord, request: SubmitRequest, now: Date): Promise<ReceiveOutcome> {
  const expired = session.expiresAt !== null && now.getTime() > session.expiresAt.getTime() + OVERALL_GRACE_MS;
  if (session.state !== 'in_progress' || expired || currentTaskId(session) !== request.taskId) {
    // Not a hand-in the session can take now; but it may be a resend of one it took, answered from what is stored.
    const existing = await findHandIn(sql, request.submissionId);
    if (existing) return known(existing, session, request.submissionId);
    if (session.state !== 'in_progress') return { ok: false, reason: 'session_closed' };
    if (expired) {
      await expire(sql, session, now);
      return { ok: false, reason: 'session_expired' };
    }
    return { ok: false, reason: 'not_current_task' };
  }
  const secondsSpent = session.taskStartedAt ? Math.max(0, Math.round((now.getTime() - session.taskStartedAt.getTime()) / 1000)) : null;
  // Both conflicts do nothing: a resend (same id) and another id for the same task; the lookup tells which.
  const [row] = await sql`
    INSERT INTO submissions (id, org_id, session_id, task_id, snapshot, received_at, assessment_id, seconds_spent, fold_pending)
    VALUES (${request.submissionId}, ${session.orgId}, ${session.id}, ${request.taskId}, ${sql.json(request.snapshot)}, ${now},
      ${session.assessmentId}, ${secondsSpent}, false)
    ON CONFLICT DO NOTHING RETURNING id`;
  if (row) return { ok: true, created: true, submissionId: request.submissionId, receivedAt: now, scored: false };
  const stored = await findHandIn(sql, request.submissionId);
  return stored ? known(stored, session, request.submissionId) : { ok: false, reason: 'not_current_task' };
}

/** A hand-in of this session as stored (scored or not), or null when the session has none with this id. */
export async function handInOf(sql: Sql, sessionId: string, id: string): Promise<StoredHandIn | null> {
  const stored = await findHandIn(sql, id);
  return stored?.session_id === sessionId ? stored : null;
}

function known(stored: StoredHandIn, session: SessionRecord, submissionId: string): ReceiveOutcome {
  if (stored.session_id !== session.id) return { ok: false, reason: 'id_taken' };
  return { ok: true, created: false, submissionId, receivedAt: stored.received_at, scored: stored.scored_at !== null };
}

export type ScoreOutcome = { scored: true; review: ReviewInput | null; completed: boolean } | { scored: false };

/** How long a claimed scoring job is its scorer's; past it another may claim it (the first crashed or was stopped). */
export const SCORING_LEASE_MS = 60_000;
/** Tries before a job that keeps failing is parked as failed (with a score graded without evaluation). */
export const MAX_SCORING_ATTEMPTS = 3;
/** The pause before try 2, 3, …: long enough for a passing fault to pass, short enough for the candidate. */
const RETRY_BACKOFF_MS = [2_000, 10_000];
/** A queued hand-in this long unclaimed is taken to have lost its scorer (a crash, a restart): the sweep takes it. */
export const STALE_AFTER_MS = 30_000;

interface ClaimedHandIn {
  session_id: string;
  task_id: string;
  snapshot: WorkbookSnapshot;
  received_at: Date;
  scoring_attempts: number;
}

/** What claiming a job writes: it is being scored, one more attempt, and this scorer's lease. */
const takeLease = (sql: Sql, now: Date) =>
  sql`scoring_state = 'scoring', scoring_attempts = scoring_attempts + 1, scoring_lease_until = ${new Date(now.getTime() + SCORING_LEASE_MS)}`;

/**
 * Claims a hand-in's scoring job: queued and due, or claimed by a scorer whose lease ran out. One UPDATE,
 * so of any number of scorers (requests, sweeps, instances) exactly one gets it.
 */
async function claim(sql: Sql, submissionId: string, now: Date): Promise<ClaimedHandIn | null> {
  const [row] = await sql<ClaimedHandIn[]>`
    UPDATE submissions SET ${takeLease(sql, now)}
    WHERE id = ${submissionId} AND (
      (scoring_state = 'queued' AND (scoring_next_at IS NULL OR scoring_next_at <= ${now}))
      OR (scoring_state = 'scoring' AND scoring_lease_until <= ${now}))
    RETURNING session_id, task_id, snapshot, received_at, scoring_attempts`;
  return row ?? null;
}

/**
 * Claims up to `limit` jobs nobody is scoring: queued past STALE_AFTER_MS or past their next try, or
 * whose scorer's lease ran out; oldest first. SKIP LOCKED lets sweeps on other instances take others.
 */
export async function claimDueHandIns(sql: Sql, now: Date, limit: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    UPDATE submissions SET ${takeLease(sql, now)}
    WHERE id IN (
      SELECT id FROM submissions
      WHERE scoring_state IN ('queued', 'scoring') AND (
        (scoring_state = 'queued' AND COALESCE(scoring_next_at, received_at + ${`${STALE_AFTER_MS} milliseconds`}::interval) <= ${now})
        OR (scoring_state = 'scoring' AND scoring_lease_until <= ${now}))
      ORDER BY received_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((r) => r.id);
}

/**
 * Scores a stored hand-in, then stores the score, the session's move to the next task, the events and the
 * follow-up question in one transaction, so nothing is half-written. The job is claimed first (or was, by
 * `claimDueHandIns`: `claimed`), so two scorers never score one hand-in; the score's primary key still
 * lets only one result land.
 *
 * A scorer that fails is retried with backoff; after MAX_SCORING_ATTEMPTS the hand-in is scored without
 * evaluating its formulas, marked failed with the reason, and the interview moves on: one hand-in never
 * stalls its candidate or anyone else's.
 */
export async function scoreHandIn(
  sql: Sql,
  scorer: Scorer,
  submissionId: string,
  now: Date,
  options: { claimed?: boolean } = {},
): Promise<ScoreOutcome> {
  const stored = options.claimed ? await claimedHandIn(sql, submissionId) : await claim(sql, submissionId, now);
  if (!stored) return { scored: false };
  const session = await loadSession(sql, { id: stored.session_id });
  const task = session ? await loadTask(sql, session.orgId, stored.task_id) : null;
  if (!session || !task) return { scored: false };

  let result: ScoreResult;
  if (stored.scoring_attempts > MAX_SCORING_ATTEMPTS) {
    // Earlier scorers took the job and never finished (a crash, or the platform's CPU limit ended them).
    result = scoreSubmission(stored.snapshot, task, {
      withheld: limitation('grader_error', `stopped ${stored.scoring_attempts - 1} times without finishing`),
    });
  } else {
    try {
      result = await scorer(stored.snapshot, task);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (stored.scoring_attempts < MAX_SCORING_ATTEMPTS) {
        await retryLater(
          sql,
          submissionId,
          message,
          new Date(now.getTime() + RETRY_BACKOFF_MS[Math.min(stored.scoring_attempts, RETRY_BACKOFF_MS.length) - 1]!),
        );
        return { scored: false };
      }
      result = scoreSubmission(stored.snapshot, task, { withheld: limitation('grader_error', message.slice(0, 120)) });
    }
  }
  return storeScore(sql, submissionId, stored, session, task, result, now);
}

async function claimedHandIn(sql: Sql, submissionId: string): Promise<ClaimedHandIn | null> {
  const [row] = await sql<ClaimedHandIn[]>`
    SELECT session_id, task_id, snapshot, received_at, scoring_attempts FROM submissions WHERE id = ${submissionId} AND scoring_state = 'scoring'`;
  return row ?? null;
}

async function retryLater(sql: Sql, submissionId: string, error: string, at: Date): Promise<void> {
  await sql`
    UPDATE submissions SET scoring_state = 'queued', scoring_error = ${error}, scoring_next_at = ${at}, scoring_lease_until = NULL
    WHERE id = ${submissionId} AND scoring_state = 'scoring'`;
}

async function storeScore(
  sql: Sql,
  submissionId: string,
  stored: ClaimedHandIn,
  session: SessionRecord,
  task: TaskSpec,
  result: ScoreResult,
  now: Date,
): Promise<ScoreOutcome> {
  const asked = followUpQuestion(task, stored.snapshot, result);
  const history = [...(await previousScores(sql, session.id)), { taskId: stored.task_id, score: result.score }];
  const next = chooseNextTask({ pool: session.pool, history, level: session.level, length: session.length, adaptive: session.adaptive });
  const at = stored.received_at;
  const overBy = session.taskStartedAt ? at.getTime() - session.taskStartedAt.getTime() - task.timeLimitSeconds * 1000 : 0;
  // The session moves on only if it is still on this task and open (it may have expired while this waited).
  const advances = session.state === 'in_progress' && currentTaskId(session) === stored.task_id;

  const done = await inTransaction(sql, async (tx) => {
    const [won] = await tx`
      INSERT INTO scores (submission_id, org_id, score, points, max_points, scorer_version, result)
      VALUES (${submissionId}, ${session.orgId}, ${result.score}, ${result.points}, ${result.maxPoints}, ${result.scorerVersion}, ${tx.json(result)})
      ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id`;
    if (!won) return false;
    await tx`
      UPDATE submissions SET final_score = ${result.score}, scored_at = ${now}, fold_pending = true,
        scoring_state = ${result.limitation ? 'failed' : 'scored'}, scoring_error = ${result.limitation?.message ?? null},
        scoring_next_at = NULL, scoring_lease_until = NULL
      WHERE id = ${submissionId}`;
    const event = (type: string, payload: Record<string, unknown>) => ({
      org_id: session.orgId,
      session_id: session.id,
      type,
      payload: tx.json(payload as never),
      at,
    });
    const events = [
      event('task_submitted', { submissionId, taskId: stored.task_id, score: result.score }),
      ...(result.limitation
        ? [event('task_not_fully_scored', { submissionId, taskId: stored.task_id, reason: result.limitation.reason })]
        : []),
      ...(overBy > TASK_GRACE_MS ? [event('task_late', { taskId: stored.task_id, secondsOver: Math.round(overBy / 1000) })] : []),
    ];
    if (advances) {
      const given = next.done ? session.givenTaskIds : [...session.givenTaskIds, next.taskId];
      await tx`
        UPDATE interview_sessions SET task_number = task_number + 1, given_task_ids = ${tx.json(given)}, task_started_at = ${at},
          state = ${next.done ? 'completed' : 'in_progress'}, completed_at = ${next.done ? at : null}
        WHERE id = ${session.id} AND task_number = ${session.taskNumber} AND state = 'in_progress'`;
      events.push(
        next.done
          ? event('session_completed', { from: 'in_progress', to: 'completed', reason: next.reason })
          : event('task_chosen', { taskId: next.taskId, reason: next.reason }),
      );
    }
    await tx`INSERT INTO events ${tx(events)}`;
    if (asked) {
      await tx`INSERT INTO follow_ups (org_id, session_id, submission_id, task_id, question_id, question, asked_at)
        VALUES (${session.orgId}, ${session.id}, ${submissionId}, ${stored.task_id}, ${asked.questionId}, ${asked.question}, ${at})`;
    }
    await refreshOverallScore(tx, session.id);
    if (advances && next.done) await queueCompletion(tx, session.orgId, session.id, at);
    return true;
  });
  if (!done) return { scored: false };
  return {
    scored: true,
    review: { submissionId, orgId: session.orgId, task, snapshot: stored.snapshot, result, llmShare: session.llmShare },
    completed: advances && next.done,
  };
}

/** The scored hand-in as its candidate sees it, with where the interview goes next; null until scored. */
export async function handInView(sql: Sql, sessionId: string, submissionId: string, now: Date): Promise<SubmitResponse | null> {
  const [row] = await sql<{ task_id: string; received_at: Date; points: number; max_points: number; score: string }[]>`
    SELECT s.task_id, s.received_at, sc.points, sc.max_points, sc.score
    FROM submissions s JOIN scores sc ON sc.submission_id = s.id WHERE s.id = ${submissionId} AND s.session_id = ${sessionId}`;
  if (!row) return null;
  const session = (await loadSession(sql, { id: sessionId }))!;
  const nextId = currentTaskId(session);
  const next = nextId ? await loadTask(sql, session.orgId, nextId) : null;
  return {
    submissionId,
    taskId: row.task_id,
    receivedAt: row.received_at.toISOString(),
    points: row.points,
    maxPoints: row.max_points,
    score: Number(row.score),
    session: sessionView(session, now),
    nextTask: next ? publicPartOf(next) : null,
    followUp: await followUpFor(sql, submissionId),
  };
}

/** Scores of the session's earlier hand-ins, in order: what adaptive ordering looks at. */
async function previousScores(sql: Sql, sessionId: string): Promise<{ taskId: string; score: number }[]> {
  const rows = await sql<{ task_id: string; score: string }[]>`
    SELECT s.task_id, sc.score FROM submissions s JOIN scores sc ON sc.submission_id = s.id
    WHERE s.session_id = ${sessionId} ORDER BY s.received_at, s.id`;
  return rows.map((r) => ({ taskId: r.task_id, score: Number(r.score) }));
}

/** The overall time is up: the session moves to expired, recorded as any transition is. */
async function expire(sql: Sql, session: SessionRecord, now: Date): Promise<void> {
  await inTransaction(sql, async (tx) => {
    const [moved] =
      await tx`UPDATE interview_sessions SET state = 'expired' WHERE id = ${session.id} AND state = 'in_progress' RETURNING id`;
    if (moved)
      await tx`INSERT INTO events (org_id, session_id, type, payload, at) VALUES (${session.orgId}, ${session.id}, 'session_expired', ${tx.json({ from: 'in_progress', to: 'expired' })}, ${now})`;
  });
}
