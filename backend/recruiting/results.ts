import type { Sql } from '../db/client';
import type { SessionResults, SubmissionResult } from '../../shared/api/submissions';
import type { ScoreResult } from '../../shared/score';
import type { FollowUpResult } from '../../shared/api/follow-ups';
import type { ReviewResult } from '../../shared/review';
import type { TaskSpec } from '../../shared/task';
import { summarise } from './summary';

interface ResultRow {
  submission_id: string; session_id: string; task_id: string; candidate_name: string; received_at: Date; result: ScoreResult;
  question: string | null; answer: string | null; follow_up_score: string | null; grading: FollowUpResult['grading']; answered_at: Date | null;
  review_status: ReviewResult['status'] | null; review_reason: string | null; review_model: string | null; review_prompt: string | null;
  review: ReviewResult['review']; final_score: string | null; integrity_flags: ReviewResult['integrityFlags'] | null;
}

const toResult = (row: ResultRow): SubmissionResult => ({
  submissionId: row.submission_id,
  sessionId: row.session_id,
  taskId: row.task_id,
  candidateName: row.candidate_name,
  receivedAt: row.received_at.toISOString(),
  result: row.result,
  followUp: row.question === null ? null : {
    question: row.question,
    answer: row.answer,
    score: row.follow_up_score === null ? null : Number(row.follow_up_score),
    grading: row.grading,
    answeredAt: row.answered_at?.toISOString() ?? null,
  },
  review: row.review_status === null ? null : {
    status: row.review_status,
    reason: row.review_reason,
    model: row.review_model,
    promptVersion: row.review_prompt,
    review: row.review,
    finalScore: Number(row.final_score),
    integrityFlags: row.integrity_flags ?? [],
  },
});

/** Scored results of one organisation, with their evidence. */
export function resultsFor(sql: Sql, orgId: string) {
  const select = (where: ReturnType<Sql>) => sql<ResultRow[]>`
    SELECT s.id AS submission_id, s.session_id, s.task_id, i.candidate_name, s.received_at, sc.result,
      f.question, f.answer, f.score AS follow_up_score, f.grading, f.answered_at,
      r.status AS review_status, r.reason AS review_reason, r.model AS review_model, r.prompt_version AS review_prompt,
      r.review, r.final_score, r.integrity_flags
    FROM submissions s
    JOIN scores sc ON sc.submission_id = s.id
    LEFT JOIN follow_ups f ON f.submission_id = s.id
    LEFT JOIN reviews r ON r.submission_id = s.id
    JOIN interview_sessions se ON se.id = s.session_id
    JOIN invites i ON i.id = se.invite_id
    WHERE s.org_id = ${orgId} ${where}
    ORDER BY s.received_at`;

  return {
    async submission(id: string): Promise<SubmissionResult | null> {
      const [row] = await select(sql`AND s.id = ${id}`);
      return row ? toResult(row) : null;
    },

    async session(id: string): Promise<SessionResults | null> {
      const [session] = await sql<{ state: string; candidate_name: string }[]>`
        SELECT se.state, i.candidate_name FROM interview_sessions se JOIN invites i ON i.id = se.invite_id
        WHERE se.id = ${id} AND se.org_id = ${orgId}`;
      if (!session) return null;
      const rows = await select(sql`AND s.session_id = ${id}`);
      const submissions = rows.map(toResult);
      const tasks = await sql<{ id: string; skill: string; title: string }[]>`
        SELECT id, skill, spec->>'title' AS title FROM tasks WHERE id IN ${sql(submissions.length ? submissions.map((s) => s.taskId) : [''])}`;
      const taskOf = (taskId: string) => tasks.find((t) => t.id === taskId) as { skill: TaskSpec['skill']; title: string } | undefined;
      return { sessionId: id, candidateName: session.candidate_name, state: session.state, submissions, summary: summarise(submissions, taskOf) };
    },
  };
}
