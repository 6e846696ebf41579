import type { WorkbookSnapshot } from '../../shared/snapshot';
import { audit } from '../accounts/audit';
import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { refreshFinalScore } from '../interview/final-score';
import type { Scorer } from '../scoring/score-workbook';
import { loadIssuedTask, withIssuedDataFlags } from '../interview/issued-task';

/**
 * A recruiter asks the grader to score a hand-in again: for one that could not be scored in full (over the
 * grader's budget under load, a grader fault since fixed). The new result replaces the grader's score, kept
 * in the audit log with the one before; overrides and reviews stay as they are and still come first.
 * False when the submission is not this organisation's or was never scored.
 */
export async function rescoreHandIn(
  sql: Sql,
  scorer: Scorer,
  who: { orgId: string; userId: string | null },
  submissionId: string,
): Promise<boolean> {
  const [stored] = await sql<
    { snapshot: WorkbookSnapshot; task_id: string; score: string; data_seed: number | null; session_id: string }[]
  >`
    SELECT s.snapshot, s.task_id, sc.score, se.data_seed, s.session_id FROM submissions s JOIN scores sc ON sc.submission_id = s.id
      JOIN interviews se ON se.id = s.session_id
    WHERE s.id = ${submissionId} AND s.org_id = ${who.orgId}`;
  // Scored again against the data the candidate was given.
  const task = stored ? await loadIssuedTask(sql, { orgId: who.orgId, dataSeed: stored.data_seed }, stored.task_id) : null;
  if (!stored || !task) return false;
  const interview = { id: stored.session_id, dataSeed: stored.data_seed };
  const result = withIssuedDataFlags(await scorer(stored.snapshot, task), stored.snapshot, task, interview);
  await inTransaction(sql, async (tx) => {
    await tx`UPDATE scores SET score = ${result.score}, points = ${result.points}, max_points = ${result.maxPoints},
      scorer_version = ${result.scorerVersion}, result = ${tx.json(result)} WHERE submission_id = ${submissionId}`;
    await tx`UPDATE submissions SET scoring_state = ${result.limitation ? 'failed' : 'scored'}, scoring_error = ${result.limitation?.message ?? null}
      WHERE id = ${submissionId}`;
    await audit(tx, {
      ...who,
      action: 'score.rescore',
      targetId: submissionId,
      details: { score: result.score, previousScore: Number(stored.score), limitation: result.limitation?.reason ?? null },
    });
    await refreshFinalScore(tx, submissionId);
  });
  return true;
}
