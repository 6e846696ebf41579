import type { Sql } from '../db/client';
import type { SubmitRequest, SubmitResponse } from '../../shared/api/submissions';
import type { ScoreResult } from '../../shared/score';
import { scoreSubmission } from '../scoring/score-submission';
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

export type SubmitOutcome =
  | { ok: true; created: boolean; response: SubmitResponse; review: ReviewInput | null; completed: boolean }
  | { ok: false; reason: 'not_current_task' | 'session_closed' | 'id_taken' | 'session_expired' };

/** A task's hand-in this long past its limit is flagged as late (it still counts). */
const TASK_GRACE_MS = 60_000;

interface StoredSubmission { session_id: string; task_id: string; received_at: Date; points: number; max_points: number; score: string }

async function findSubmission(sql: Sql, id: string): Promise<StoredSubmission | null> {
  const [row] = await sql<StoredSubmission[]>`
    SELECT s.session_id, s.task_id, s.received_at, sc.points, sc.max_points, sc.score
    FROM submissions s JOIN scores sc ON sc.submission_id = s.id WHERE s.id = ${id}`;
  return row ?? null;
}

async function respond(sql: Sql, sessionId: string, id: string, stored: StoredSubmission, now: Date): Promise<SubmitResponse> {
  const session = (await loadSession(sql, { id: sessionId }))!;
  const nextId = currentTaskId(session);
  const next = nextId ? await loadTask(sql, session.orgId, nextId) : null;
  return {
    submissionId: id,
    taskId: stored.task_id,
    receivedAt: stored.received_at.toISOString(),
    points: stored.points,
    maxPoints: stored.max_points,
    score: Number(stored.score),
    session: sessionView(session, now),
    nextTask: next ? publicPartOf(next) : null,
    followUp: await followUpFor(sql, id),
  };
}

/**
 * Accepts a hand-in for the session's current task: scores it, then stores the submission, its score,
 * the session's move to the next task and the events in one transaction, so nothing is half-written.
 * The add-in makes the id: the same id again returns the first result and writes nothing.
 */
export async function submitTask(sql: Sql, session: SessionRecord, request: SubmitRequest, now: Date): Promise<SubmitOutcome> {
  const existing = await findSubmission(sql, request.submissionId);
  if (existing) {
    if (existing.session_id !== session.id) return { ok: false, reason: 'id_taken' };
    return { ok: true, created: false, response: await respond(sql, session.id, request.submissionId, existing, now), review: null, completed: false };
  }
  if (session.state !== 'in_progress') return { ok: false, reason: 'session_closed' };
  if (session.expiresAt && now.getTime() > session.expiresAt.getTime() + OVERALL_GRACE_MS) {
    await expire(sql, session, now);
    return { ok: false, reason: 'session_expired' };
  }
  if (currentTaskId(session) !== request.taskId) return { ok: false, reason: 'not_current_task' };

  const task = await loadTask(sql, session.orgId, request.taskId);
  if (!task) return { ok: false, reason: 'not_current_task' };
  const result: ScoreResult = scoreSubmission(request.snapshot, task);
  const asked = followUpQuestion(task, request.snapshot, result);
  const history = [...(await previousScores(sql, session.id)), { taskId: request.taskId, score: result.score }];
  const next = chooseNextTask({ pool: session.pool, history, level: session.level, length: session.length, adaptive: session.adaptive });
  const isLast = next.done;
  const overBy = session.taskStartedAt ? now.getTime() - session.taskStartedAt.getTime() - task.timeLimitSeconds * 1000 : 0;
  const secondsSpent = session.taskStartedAt ? Math.max(0, Math.round((now.getTime() - session.taskStartedAt.getTime()) / 1000)) : null;

  const inserted = await sql.begin(async (tx) => {
    const [row] = await tx`
      INSERT INTO submissions (id, org_id, session_id, task_id, snapshot, received_at, assessment_id, final_score, seconds_spent)
      VALUES (${request.submissionId}, ${session.orgId}, ${session.id}, ${request.taskId}, ${tx.json(request.snapshot as never)}, ${now},
        ${session.assessmentId}, ${result.score}, ${secondsSpent})
      ON CONFLICT (id) DO NOTHING RETURNING id`;
    if (!row) return false;
    await tx`
      INSERT INTO scores (submission_id, org_id, score, points, max_points, scorer_version, result)
      VALUES (${request.submissionId}, ${session.orgId}, ${result.score}, ${result.points}, ${result.maxPoints},
        ${result.scorerVersion}, ${tx.json(result as never)})`;
    // Guarded by the task number, so two different hand-ins racing for one task advance the session once.
    const given = next.done ? session.givenTaskIds : [...session.givenTaskIds, next.taskId];
    const [moved] = await tx`
      UPDATE interview_sessions SET task_number = task_number + 1, given_task_ids = ${tx.json(given)}, task_started_at = ${now},
        state = ${isLast ? 'completed' : 'in_progress'}, completed_at = ${isLast ? now : null}
      WHERE id = ${session.id} AND task_number = ${session.taskNumber} AND state = 'in_progress' RETURNING id`;
    if (!moved) throw new TaskAlreadyHandedIn();
    const events = [
      { org_id: session.orgId, session_id: session.id, type: 'task_submitted', payload: tx.json({ submissionId: request.submissionId, taskId: request.taskId, score: result.score }), at: now },
      ...(overBy > TASK_GRACE_MS ? [{ org_id: session.orgId, session_id: session.id, type: 'task_late', payload: tx.json({ taskId: request.taskId, secondsOver: Math.round(overBy / 1000) }), at: now }] : []),
      { org_id: session.orgId, session_id: session.id, type: next.done ? 'session_completed' : 'task_chosen', payload: tx.json(next.done ? { from: 'in_progress', to: 'completed', reason: next.reason } : { taskId: next.taskId, reason: next.reason }), at: now },
    ];
    await tx`INSERT INTO events ${tx(events)}`;
    await refreshOverallScore(tx, session.id);
    if (isLast) await queueCompletion(tx, session.orgId, session.id, now);
    if (asked) {
      await tx`INSERT INTO follow_ups (org_id, session_id, submission_id, task_id, question_id, question, asked_at)
        VALUES (${session.orgId}, ${session.id}, ${request.submissionId}, ${request.taskId}, ${asked.questionId}, ${asked.question}, ${now})`;
    }
    return true;
  }).catch((error: unknown) => {
    if (error instanceof TaskAlreadyHandedIn) return 'raced' as const;
    throw error;
  });

  if (inserted === 'raced') return { ok: false, reason: 'not_current_task' };
  const stored = await findSubmission(sql, request.submissionId);
  if (!stored || stored.session_id !== session.id) return { ok: false, reason: 'id_taken' };
  const review = inserted ? { submissionId: request.submissionId, orgId: session.orgId, task, snapshot: request.snapshot, result, llmShare: session.llmShare } : null;
  return { ok: true, created: inserted, response: await respond(sql, session.id, request.submissionId, stored, now), review, completed: inserted && isLast };
}

class TaskAlreadyHandedIn extends Error {}

/** Scores of the session's earlier hand-ins, in order: what adaptive ordering looks at. */
async function previousScores(sql: Sql, sessionId: string): Promise<{ taskId: string; score: number }[]> {
  const rows = await sql<{ task_id: string; score: string }[]>`
    SELECT s.task_id, sc.score FROM submissions s JOIN scores sc ON sc.submission_id = s.id
    WHERE s.session_id = ${sessionId} ORDER BY s.received_at, s.id`;
  return rows.map((r) => ({ taskId: r.task_id, score: Number(r.score) }));
}

/** The overall time is up: the session moves to expired, recorded as any transition is. */
async function expire(sql: Sql, session: SessionRecord, now: Date): Promise<void> {
  await sql.begin(async (tx) => {
    const [moved] = await tx`UPDATE interview_sessions SET state = 'expired' WHERE id = ${session.id} AND state = 'in_progress' RETURNING id`;
    if (moved) await tx`INSERT INTO events (org_id, session_id, type, payload, at) VALUES (${session.orgId}, ${session.id}, 'session_expired', ${tx.json({ from: 'in_progress', to: 'expired' })}, ${now})`;
  });
}
