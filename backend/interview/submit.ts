import type { Sql } from '../db/client';
import type { SubmitRequest, SubmitResponse } from '../../shared/api/submissions';
import type { ScoreResult } from '../../shared/score';
import { scoreSubmission } from '../scoring/score-submission';
import { followUpQuestion } from './follow-up-question';
import { followUpFor } from './follow-ups';
import type { ReviewInput } from './review-submission';
import { loadTask } from '../tasks/store';
import { publicPartOf } from '../tasks/public-part';
import { currentTaskId, loadSession, sessionView, type SessionRecord } from './session-record';

export type SubmitOutcome =
  | { ok: true; created: boolean; response: SubmitResponse; review: ReviewInput | null }
  | { ok: false; reason: 'not_current_task' | 'session_closed' | 'id_taken' };

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
    return { ok: true, created: false, response: await respond(sql, session.id, request.submissionId, existing, now), review: null };
  }
  if (session.state !== 'in_progress') return { ok: false, reason: 'session_closed' };
  if (currentTaskId(session) !== request.taskId) return { ok: false, reason: 'not_current_task' };

  const task = await loadTask(sql, session.orgId, request.taskId);
  if (!task) return { ok: false, reason: 'not_current_task' };
  const result: ScoreResult = scoreSubmission(request.snapshot, task);
  const asked = followUpQuestion(task, request.snapshot, result);
  const isLast = session.taskNumber + 1 >= session.taskIds.length;

  const inserted = await sql.begin(async (tx) => {
    const [row] = await tx`
      INSERT INTO submissions (id, org_id, session_id, task_id, snapshot, received_at)
      VALUES (${request.submissionId}, ${session.orgId}, ${session.id}, ${request.taskId}, ${tx.json(request.snapshot as never)}, ${now})
      ON CONFLICT (id) DO NOTHING RETURNING id`;
    if (!row) return false;
    await tx`
      INSERT INTO scores (submission_id, org_id, score, points, max_points, scorer_version, result)
      VALUES (${request.submissionId}, ${session.orgId}, ${result.score}, ${result.points}, ${result.maxPoints},
        ${result.scorerVersion}, ${tx.json(result as never)})`;
    // Guarded by the task number, so two different hand-ins racing for one task advance the session once.
    const [moved] = await tx`
      UPDATE interview_sessions SET task_number = task_number + 1,
        state = ${isLast ? 'completed' : 'in_progress'}, completed_at = ${isLast ? now : null}
      WHERE id = ${session.id} AND task_number = ${session.taskNumber} AND state = 'in_progress' RETURNING id`;
    if (!moved) throw new TaskAlreadyHandedIn();
    const events = [
      { org_id: session.orgId, session_id: session.id, type: 'task_submitted', payload: tx.json({ submissionId: request.submissionId, taskId: request.taskId, score: result.score }), at: now },
      ...(isLast ? [{ org_id: session.orgId, session_id: session.id, type: 'session_completed', payload: tx.json({ from: 'in_progress', to: 'completed' }), at: now }] : []),
    ];
    await tx`INSERT INTO events ${tx(events)}`;
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
  return { ok: true, created: inserted, response: await respond(sql, session.id, request.submissionId, stored, now), review };
}

class TaskAlreadyHandedIn extends Error {}
