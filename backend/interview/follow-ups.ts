import type { Sql } from '../db/client';
import type { FollowUpQuestion } from '../../shared/api/follow-ups';
import { inTransaction } from '../db/transaction';
import { loadTask } from '../tasks/store';
import { refreshFinalScore } from './final-score';
import { gradeByRubric } from './grade-answer';
import type { AnsweredFollowUp } from './grade-answer-by-model';
import type { InterviewRecord } from './interview-record';

/** The follow-up asked for one hand-in, if any. */
export async function followUpFor(sql: Sql, submissionId: string): Promise<FollowUpQuestion | null> {
  const [row] = await sql<{ id: string; question: string }[]>`SELECT id, question FROM follow_ups WHERE submission_id = ${submissionId}`;
  return row ?? null;
}

/**
 * The follow-up as the candidate is shown it, now: from here on its question is fixed (a model's rewrite
 * that comes later is not taken), so what the candidate answers is what the recruiter reads.
 */
export async function showFollowUp(sql: Sql, session: InterviewRecord, id: string, now: Date): Promise<FollowUpQuestion | null> {
  const [row] = await sql<{ id: string; question: string }[]>`
    UPDATE follow_ups SET shown_at = COALESCE(shown_at, ${now}) WHERE id = ${id} AND session_id = ${session.id} RETURNING id, question`;
  return row ?? null;
}

export type AnswerOutcome =
  | {
      ok: true;
      id: string;
      answeredAt: string;
      /** Set when this call recorded the answer: what a model may grade next. */ recorded: AnsweredFollowUp | null;
    }
  | { ok: false; reason: 'not_found' | 'already_answered' };

/**
 * Records the candidate's answer, grades it by the task's rubric and counts it in the task's score, once: the same answer sent again
 * (a retry) returns the first record; a different answer to an answered question is refused.
 */
export async function answerFollowUp(sql: Sql, session: InterviewRecord, id: string, answer: string, now: Date): Promise<AnswerOutcome> {
  const [row] = await sql<
    { task_id: string; submission_id: string; question_id: string; question: string; answer: string | null; answered_at: Date | null }[]
  >`
    SELECT task_id, submission_id, question_id, question, answer, answered_at FROM follow_ups WHERE id = ${id} AND session_id = ${session.id}`;
  if (!row) return { ok: false, reason: 'not_found' };
  if (row.answered_at)
    return row.answer === answer
      ? { ok: true, id, answeredAt: row.answered_at.toISOString(), recorded: null }
      : { ok: false, reason: 'already_answered' };
  const task = await loadTask(sql, session.orgId, row.task_id);
  const grading = task ? gradeByRubric(task, row.question_id, answer) : null;
  // The answer and the task's score it moves (by the follow-up's share) are written together.
  const updated = await inTransaction(sql, async (tx) => {
    const [answered] = await tx<{ answered_at: Date }[]>`
      UPDATE follow_ups SET answer = ${answer}, answered_at = ${now}, score = ${grading?.score ?? null}, grading = ${grading ? tx.json(grading.grading) : null}
      WHERE id = ${id} AND answered_at IS NULL RETURNING answered_at`;
    if (!answered) return null;
    await refreshFinalScore(tx, row.submission_id);
    await tx`INSERT INTO events (org_id, session_id, type, payload, at) VALUES (${session.orgId}, ${session.id}, 'follow_up_answered', ${tx.json({ followUpId: id, score: grading?.score ?? null })}, ${now})`;
    return answered;
  });
  if (!updated) return { ok: false, reason: 'already_answered' };
  const recorded = task ? { id, submissionId: row.submission_id, task, questionId: row.question_id, question: row.question, answer } : null;
  return { ok: true, id, answeredAt: updated.answered_at.toISOString(), recorded };
}
