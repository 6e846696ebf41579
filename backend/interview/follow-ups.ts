import type { Sql } from '../db/client';
import type { FollowUpQuestion, RubricGrading } from '../../shared/api/follow-ups';
import { inTransaction } from '../db/transaction';
import { loadIssuedTask } from './issued-task';
import { refreshFinalScore } from './final-score';
import { gradeByRubric } from './grade-answer';
import type { AnsweredFollowUp } from './grade-answer-by-model';
import type { InterviewRecord } from './interview-record';
import { bothAnswers, gradeSecondTurn, secondTurn } from './second-turn';

/** The follow-up question a hand-in's answer leads to: its first turn's, as it was asked. */
export async function followUpFor(sql: Sql, submissionId: string): Promise<FollowUpQuestion | null> {
  const [row] = await sql<FollowUpQuestion[]>`SELECT id, question, turn FROM follow_ups WHERE submission_id = ${submissionId} AND turn = 1`;
  return row ?? null;
}

/**
 * The follow-up as the candidate is shown it, now: from here on its question is fixed (a model's rewrite
 * that comes later is not taken), so what the candidate answers is what the recruiter reads.
 */
export async function showFollowUp(sql: Sql, session: InterviewRecord, id: string, now: Date): Promise<FollowUpQuestion | null> {
  const [row] = await sql<FollowUpQuestion[]>`
    UPDATE follow_ups SET shown_at = COALESCE(shown_at, ${now}) WHERE id = ${id} AND session_id = ${session.id} RETURNING id, question, turn`;
  return row ?? null;
}

export type AnswerOutcome =
  | {
      ok: true;
      id: string;
      answeredAt: string;
      /** The second turn this answer led to (also on a retry), while it waits for its answer. */
      next: FollowUpQuestion | null;
      /** Set when this call recorded the answer: what a model may grade next. */
      recorded: AnsweredFollowUp | null;
    }
  | { ok: false; reason: 'not_found' | 'already_answered' };

interface TurnRow {
  task_id: string;
  submission_id: string;
  question_id: string;
  question: string;
  turn: number;
  answer: string | null;
  answered_at: Date | null;
  first: { answer: string; score: number | null; grading: RubricGrading | null } | null;
}

/**
 * Records the candidate's answer, grades it by the task's rubric and counts it in the task's score, once: the same answer sent again
 * (a retry) returns the first record; a different answer to an answered question is refused. A vague first answer, while the
 * interview is in progress, leads to a second turn asking for specifics; that one is graded on both answers.
 */
export async function answerFollowUp(sql: Sql, session: InterviewRecord, id: string, answer: string, now: Date): Promise<AnswerOutcome> {
  const [row] = await sql<TurnRow[]>`
    SELECT f.task_id, f.submission_id, f.question_id, f.question, f.turn, f.answer, f.answered_at,
      (SELECT json_build_object('answer', p.answer, 'score', p.score, 'grading', p.grading) FROM follow_ups p
         WHERE p.submission_id = f.submission_id AND p.turn = 1 AND f.turn = 2) AS first
    FROM follow_ups f WHERE f.id = ${id} AND f.session_id = ${session.id}`;
  if (!row) return { ok: false, reason: 'not_found' };
  if (row.answered_at)
    return row.answer === answer
      ? { ok: true, id, answeredAt: row.answered_at.toISOString(), next: await waitingSecondTurn(sql, row), recorded: null }
      : { ok: false, reason: 'already_answered' };
  const task = await loadIssuedTask(sql, session, row.task_id);
  const grading = !task
    ? null
    : row.first
      ? gradeSecondTurn(task, row.question_id, { ...row.first, score: row.first.score === null ? null : Number(row.first.score) }, answer)
      : gradeByRubric(task, row.question_id, answer);
  const then =
    task && row.turn === 1 && session.state === 'in_progress'
      ? secondTurn(task, { questionId: row.question_id, score: grading?.score ?? null })
      : null;
  // The answer, the task's score it moves (by the follow-up's share) and the turn it leads to are written together.
  const updated = await inTransaction(sql, async (tx) => {
    const [answered] = await tx<{ answered_at: Date }[]>`
      UPDATE follow_ups SET answer = ${answer}, answered_at = ${now}, score = ${grading?.score ?? null}, grading = ${grading ? tx.json(grading.grading) : null}
      WHERE id = ${id} AND answered_at IS NULL RETURNING answered_at`;
    if (!answered) return null;
    // The score first: it locks the hand-in's row before the new turn's insert takes a key-share lock on it,
    // so this and a review finishing at the same moment lock in one order and never deadlock.
    await refreshFinalScore(tx, row.submission_id);
    const [next] = then
      ? await tx<FollowUpQuestion[]>`
          INSERT INTO follow_ups (org_id, session_id, submission_id, task_id, question_id, question, turn, asked_at, shown_at)
          VALUES (${session.orgId}, ${session.id}, ${row.submission_id}, ${row.task_id}, ${then.questionId}, ${then.question}, 2, ${now}, ${now})
          ON CONFLICT (submission_id, turn) DO NOTHING RETURNING id, question, turn`
      : [];
    await tx`INSERT INTO events (org_id, session_id, type, payload, at)
      VALUES (${session.orgId}, ${session.id}, 'follow_up_answered', ${tx.json({ followUpId: id, turn: row.turn, score: grading?.score ?? null, secondTurn: next !== undefined })}, ${now})`;
    return { ...answered, next: next ?? null };
  });
  if (!updated) return { ok: false, reason: 'already_answered' };
  const recorded = task
    ? {
        id,
        submissionId: row.submission_id,
        task,
        questionId: row.question_id,
        question: row.question,
        answer: row.first ? bothAnswers(row.first.answer, answer) : answer,
      }
    : null;
  return { ok: true, id, answeredAt: updated.answered_at.toISOString(), next: updated.next, recorded };
}

/** The second turn a first answer led to, while it is still waiting for its answer. */
async function waitingSecondTurn(sql: Sql, row: TurnRow): Promise<FollowUpQuestion | null> {
  if (row.turn !== 1) return null;
  const [next] = await sql<FollowUpQuestion[]>`
    SELECT id, question, turn FROM follow_ups WHERE submission_id = ${row.submission_id} AND turn = 2 AND answered_at IS NULL`;
  return next ?? null;
}
