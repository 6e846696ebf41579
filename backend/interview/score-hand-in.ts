import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import type { FollowUpQuestion } from '../../shared/api/follow-ups';
import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { limitation } from '../scoring/limitations';
import { scoreWorkbook, type Scorer } from '../scoring/score-workbook';
import { loadIssuedTask, withIssuedDataFlags } from './issued-task';
import { queueCompletion } from '../webhooks/deliveries';
import { refreshOverallScore } from './final-score';
import { followUpQuestion } from './follow-up-question';
import { chooseNextTask } from './next-task';
import type { ReviewInput } from './review-hand-in';
import { currentTaskId, loadInterview, type InterviewRecord } from './interview-record';

/** A task's hand-in this long past its limit is flagged as late (it still counts). */
const TASK_GRACE_MS = 60_000;
/** How long a claimed scoring job is its scorer's; past it another may claim it (the first crashed or was stopped). */
export const SCORING_LEASE_MS = 60_000;
/** Tries before a job that keeps failing is parked as failed (with a score graded without evaluation). */
export const MAX_SCORING_ATTEMPTS = 3;
/** The pause before try 2, 3, …: long enough for a passing fault to pass, short enough for the candidate. */
const RETRY_BACKOFF_MS = [2_000, 10_000];
/** A queued hand-in this long unclaimed is taken to have lost its scorer (a crash, a restart): the sweep takes it. */
export const STALE_AFTER_MS = 30_000;

/**
 * A hand-in as its request brought it, so the request that stored it can score it without reading back
 * what it just wrote: the interview its token loaded, and the workbook from its body.
 */
export interface ReceivedHandIn {
  interview: InterviewRecord;
  taskId: string;
  snapshot: WorkbookSnapshot;
  receivedAt: Date;
}

/** Where the interview went once the hand-in was scored: what the candidate's answer is made of. */
export interface AfterScore {
  result: ScoreResult;
  /** The interview as the score left it (moved on to the next task, or completed). */
  interview: InterviewRecord;
  followUp: FollowUpQuestion | null;
}

export type ScoreOutcome =
  | {
      scored: true;
      review: ReviewInput;
      completed: boolean;
      after: AfterScore;
      /** The follow-up just asked, which a model may rewrite about the candidate's own formula before it is shown. */
      asked: { id: string; questionId: string } | null;
    }
  | { scored: false };

interface ClaimedJob {
  attempts: number;
  received: ReceivedHandIn;
}

/** What claiming a job writes: it is being scored, one more attempt, and this scorer's lease. */
const takeLease = (sql: Sql, now: Date) =>
  sql`scoring_state = 'scoring', scoring_attempts = scoring_attempts + 1, scoring_lease_until = ${new Date(now.getTime() + SCORING_LEASE_MS)}`;

/** Queued and due, or claimed by a scorer whose lease ran out. */
const claimable = (sql: Sql, now: Date) => sql`(
  (scoring_state = 'queued' AND (scoring_next_at IS NULL OR scoring_next_at <= ${now}))
  OR (scoring_state = 'scoring' AND scoring_lease_until <= ${now}))`;

/**
 * Claims a hand-in's scoring job. One UPDATE, so of any number of scorers (requests, sweeps, instances)
 * exactly one gets it. With the hand-in as its request brought it, only the attempt count comes back;
 * otherwise (the sweep, a poll after a crash) the stored workbook and its interview are read again.
 */
async function claim(sql: Sql, submissionId: string, now: Date, received: ReceivedHandIn | undefined): Promise<ClaimedJob | null> {
  if (received) {
    const [row] = await sql<{ scoring_attempts: number }[]>`
      UPDATE submissions SET ${takeLease(sql, now)} WHERE id = ${submissionId} AND ${claimable(sql, now)} RETURNING scoring_attempts`;
    return row ? { attempts: row.scoring_attempts, received } : null;
  }
  const [row] = await sql<StoredJob[]>`
    UPDATE submissions SET ${takeLease(sql, now)} WHERE id = ${submissionId} AND ${claimable(sql, now)}
    RETURNING session_id, task_id, snapshot, received_at, scoring_attempts`;
  return row ? readBack(sql, row) : null;
}

interface StoredJob {
  session_id: string;
  task_id: string;
  snapshot: WorkbookSnapshot;
  received_at: Date;
  scoring_attempts: number;
}

async function readBack(sql: Sql, row: StoredJob): Promise<ClaimedJob | null> {
  const interview = await loadInterview(sql, { id: row.session_id });
  if (!interview) return null;
  return {
    attempts: row.scoring_attempts,
    received: { interview, taskId: row.task_id, snapshot: row.snapshot, receivedAt: row.received_at },
  };
}

/** A job `claimDueHandIns` claimed for this scorer: read again, as nothing of it is in hand. */
async function claimedJob(sql: Sql, submissionId: string): Promise<ClaimedJob | null> {
  const [row] = await sql<StoredJob[]>`
    SELECT session_id, task_id, snapshot, received_at, scoring_attempts FROM submissions WHERE id = ${submissionId} AND scoring_state = 'scoring'`;
  return row ? readBack(sql, row) : null;
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

export interface ScoreOptions {
  /** `claimDueHandIns` has claimed the job for this scorer already. */
  claimed?: boolean;
  /** The hand-in as the request that stored it holds it; without it the job is read from the database. */
  received?: ReceivedHandIn;
}

/**
 * Scores a stored hand-in, then stores the score, the interview's move to the next task, the events and
 * the follow-up question in one transaction, so nothing is half-written. The job is claimed first (or was,
 * by `claimDueHandIns`), so two scorers never score one hand-in; the score's primary key still lets only
 * one result land.
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
  options: ScoreOptions = {},
): Promise<ScoreOutcome> {
  const job = options.claimed ? await claimedJob(sql, submissionId) : await claim(sql, submissionId, now, options.received);
  if (!job) return { scored: false };
  const { interview, taskId, snapshot } = job.received;
  // Graded against the data this candidate was given.
  const task = await loadIssuedTask(sql, interview, taskId, taskId === currentTaskId(interview) ? interview.currentTaskVersion : null);
  if (!task) return { scored: false };

  let result: ScoreResult;
  if (job.attempts > MAX_SCORING_ATTEMPTS) {
    // Earlier scorers took the job and never finished (a crash, or the platform's CPU limit ended them).
    result = scoreWorkbook(snapshot, task, {
      withheld: limitation('grader_error', `stopped ${job.attempts - 1} times without finishing`),
    });
  } else {
    try {
      result = await scorer(snapshot, task);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (job.attempts < MAX_SCORING_ATTEMPTS) {
        const backoff = RETRY_BACKOFF_MS[Math.min(job.attempts, RETRY_BACKOFF_MS.length) - 1]!;
        await retryLater(sql, submissionId, message, new Date(now.getTime() + backoff));
        return { scored: false };
      }
      result = scoreWorkbook(snapshot, task, { withheld: limitation('grader_error', message.slice(0, 120)) });
    }
  }
  return storeScore(sql, submissionId, job.received, task, withIssuedDataFlags(result, snapshot, task, interview), now);
}

async function retryLater(sql: Sql, submissionId: string, error: string, at: Date): Promise<void> {
  await sql`
    UPDATE submissions SET scoring_state = 'queued', scoring_error = ${error}, scoring_next_at = ${at}, scoring_lease_until = NULL
    WHERE id = ${submissionId} AND scoring_state = 'scoring'`;
}

async function storeScore(
  sql: Sql,
  submissionId: string,
  received: ReceivedHandIn,
  task: TaskSpec,
  result: ScoreResult,
  now: Date,
): Promise<ScoreOutcome> {
  const { interview, taskId, snapshot, receivedAt: at } = received;
  // Once the interview is over (its time ran out) no question is asked that the candidate has no time to answer.
  const asked = interview.state === 'in_progress' ? followUpQuestion(task, snapshot, result) : null;
  const history = [...(await previousScores(sql, interview.id)), { taskId, score: result.score }];
  const next = chooseNextTask({
    pool: interview.pool,
    history,
    level: interview.level,
    length: interview.length,
    adaptive: interview.adaptive,
    scale: interview.scale ?? undefined,
  });
  const overBy = interview.taskStartedAt ? at.getTime() - interview.taskStartedAt.getTime() - task.timeLimitSeconds * 1000 : 0;
  // The interview moves on only if it is still on this task and open (it may have expired while this waited).
  const advances = interview.state === 'in_progress' && currentTaskId(interview) === taskId;
  const given = advances && !next.done ? [...interview.givenTaskIds, next.taskId] : interview.givenTaskIds;

  const written = await inTransaction(sql, async (tx) => {
    const [won] = await tx`
      INSERT INTO scores (submission_id, org_id, score, points, max_points, scorer_version, result)
      VALUES (${submissionId}, ${interview.orgId}, ${result.score}, ${result.points}, ${result.maxPoints}, ${result.scorerVersion}, ${tx.json(result)})
      ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id`;
    if (!won) return null;
    await tx`
      UPDATE submissions SET final_score = ${result.score}, scored_at = ${now}, fold_pending = true,
        scoring_state = ${result.limitation ? 'failed' : 'scored'}, scoring_error = ${result.limitation?.message ?? null},
        scoring_next_at = NULL, scoring_lease_until = NULL
      WHERE id = ${submissionId}`;
    const event = (type: string, payload: Record<string, unknown>) => ({
      org_id: interview.orgId,
      session_id: interview.id,
      type,
      payload: tx.json(payload as never),
      at,
    });
    const events = [
      event('task_submitted', { submissionId, taskId, score: result.score }),
      ...(result.limitation ? [event('task_not_fully_scored', { submissionId, taskId, reason: result.limitation.reason })] : []),
      ...(overBy > TASK_GRACE_MS ? [event('task_late', { taskId, secondsOver: Math.round(overBy / 1000) })] : []),
    ];
    let moved = false;
    if (advances) {
      const rows = await tx`
        UPDATE interviews SET task_number = task_number + 1, given_task_ids = ${tx.json(given)}, task_started_at = ${at},
          state = ${next.done ? 'completed' : 'in_progress'}, completed_at = ${next.done ? at : null}
        WHERE id = ${interview.id} AND task_number = ${interview.taskNumber} AND state = 'in_progress' RETURNING id`;
      moved = rows.length > 0;
      events.push(
        next.done
          ? event('session_completed', { from: 'in_progress', to: 'completed', reason: next.reason })
          : event('task_chosen', { taskId: next.taskId, reason: next.reason }),
      );
    }
    await tx`INSERT INTO events ${tx(events)}`;
    const [followUp] = asked
      ? await tx<FollowUpQuestion[]>`
          INSERT INTO follow_ups (org_id, session_id, submission_id, task_id, question_id, question, asked_at)
          VALUES (${interview.orgId}, ${interview.id}, ${submissionId}, ${taskId}, ${asked.questionId}, ${asked.question}, ${at})
          RETURNING id, question, turn`
      : [];
    await refreshOverallScore(tx, interview.id);
    if (advances && next.done) await queueCompletion(tx, interview.orgId, interview.id, at);
    return { moved, followUp: followUp ?? null };
  });
  if (!written) return { scored: false };
  const after: InterviewRecord = written.moved
    ? {
        ...interview,
        taskNumber: interview.taskNumber + 1,
        givenTaskIds: given,
        taskStartedAt: at,
        state: next.done ? 'completed' : 'in_progress',
        currentTaskVersion: null,
        pendingFollowUp: written.followUp,
      }
    : { ...interview, pendingFollowUp: written.followUp ?? interview.pendingFollowUp };
  return {
    scored: true,
    review: { submissionId, orgId: interview.orgId, task, snapshot, result, llmShare: interview.llmShare },
    completed: advances && next.done,
    after: { result, interview: after, followUp: written.followUp },
    asked: written.followUp && asked ? { id: written.followUp.id, questionId: asked.questionId } : null,
  };
}

/** Scores of the interview's earlier hand-ins, in order: what adaptive ordering looks at. */
async function previousScores(sql: Sql, sessionId: string): Promise<{ taskId: string; score: number }[]> {
  const rows = await sql<{ task_id: string; score: string }[]>`
    SELECT s.task_id, sc.score FROM submissions s JOIN scores sc ON sc.submission_id = s.id
    WHERE s.session_id = ${sessionId} ORDER BY s.received_at, s.id`;
  return rows.map((r) => ({ taskId: r.task_id, score: Number(r.score) }));
}
