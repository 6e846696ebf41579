import type { Queryable } from '../db/client';

/**
 * Keeps the denormalised scores analytics read in step (call it inside the transaction that changed an input): a task's final score (the newest override, else
 * the work's score — the bounded review's, else the grader's — with the follow-up's newest graded turn weighing the
 * assessment's share) and the interview's overall score. Called wherever one of those inputs changes,
 * inside that change's transaction when there is one; the per-task figures pick the change up at their next fold.
 */
export async function refreshFinalScore(sql: Queryable, submissionId: string): Promise<void> {
  // Its inputs change in separate transactions (a review, an answer, its model grading, an override): each
  // takes the row first, so the one that computes last reads what every earlier one committed. The UPDATE
  // alone would wait for the lock but still compute from the snapshot it started with.
  await sql`SELECT 1 FROM submissions WHERE id = ${submissionId} FOR UPDATE`;
  const [row] = await sql<{ session_id: string }[]>`
    UPDATE submissions s SET final_score = COALESCE(
      (SELECT o.score FROM score_overrides o WHERE o.submission_id = s.id ORDER BY o.id DESC LIMIT 1),
      (SELECT CASE WHEN f.score IS NULL THEN w.work ELSE w.work * (1 - COALESCE(a.follow_up_share, 0)) + COALESCE(a.follow_up_share, 0) * f.score END
       FROM (SELECT COALESCE(
               (SELECT r.final_score FROM reviews r WHERE r.submission_id = s.id),
               (SELECT sc.score FROM scores sc WHERE sc.submission_id = s.id)) AS work) w
       LEFT JOIN assessments a ON a.id = s.assessment_id
       LEFT JOIN LATERAL (SELECT score FROM follow_ups WHERE submission_id = s.id AND score IS NOT NULL ORDER BY turn DESC LIMIT 1) f ON true)),
      fold_pending = true
    WHERE s.id = ${submissionId} RETURNING s.session_id`;
  if (row) await refreshOverallScore(sql, row.session_id);
}

/**
 * The overall score is out of the whole assessment: the sum of the tasks' final scores over the number of
 * tasks the interview has, so a task not attempted counts 0 and one task done well is not 100%. Late work
 * counts 0 unless the assessment says it counts. Null until a hand-in is scored. The same rule as `summarise`.
 */
export async function refreshOverallScore(sql: Queryable, sessionId: string): Promise<void> {
  await sql`
    UPDATE interviews se SET overall_score = (
      SELECT CASE WHEN count(s.final_score) = 0 THEN NULL
        ELSE LEAST(1, sum(CASE WHEN s.late AND NOT a.late_counts THEN 0 ELSE s.final_score END) / GREATEST(1, LEAST(COALESCE(a.length, n.pool), n.pool))) END
      FROM submissions s WHERE s.session_id = se.id)
    FROM assessments a, LATERAL (SELECT count(*) AS pool FROM assessment_tasks WHERE assessment_id = a.id) n
    WHERE se.id = ${sessionId} AND a.id = se.assessment_id`;
}
