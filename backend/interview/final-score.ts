import type { Queryable } from '../db/client';

/**
 * Keeps the denormalised scores analytics read in step: a task's final score (the newest override, else
 * the bounded review, else the grader's) and the interview's overall score, the mean of its tasks'.
 * Called wherever one of those inputs changes, inside that change's transaction when there is one; the
 * per-task figures pick the change up at their next fold.
 */
export async function refreshFinalScore(sql: Queryable, submissionId: string): Promise<void> {
  const [row] = await sql<{ session_id: string }[]>`
    UPDATE submissions s SET final_score = COALESCE(
      (SELECT o.score FROM score_overrides o WHERE o.submission_id = s.id ORDER BY o.id DESC LIMIT 1),
      (SELECT r.final_score FROM reviews r WHERE r.submission_id = s.id),
      (SELECT sc.score FROM scores sc WHERE sc.submission_id = s.id)),
      fold_pending = true
    WHERE s.id = ${submissionId} RETURNING s.session_id`;
  if (row) await refreshOverallScore(sql, row.session_id);
}

export async function refreshOverallScore(sql: Queryable, sessionId: string): Promise<void> {
  await sql`
    UPDATE interviews SET overall_score = (SELECT avg(final_score) FROM submissions WHERE session_id = ${sessionId})
    WHERE id = ${sessionId}`;
}
