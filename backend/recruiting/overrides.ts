import type { Queryable, Sql } from '../db/client';
import type { OverrideRequest } from '../../shared/api/dashboard';
import { audit } from '../accounts/audit';
import { refreshFinalScore } from '../interview/final-score';
import { inTransaction } from '../db/transaction';
import { queueWebhook } from '../webhooks/deliveries';

/**
 * A recruiter's score for a task, with the reason. Appended, never replacing an earlier override, and
 * written with its audit line and the recomputed interview score in one transaction. False when the
 * submission is not this organisation's.
 */
export function overrideScore(
  sql: Sql,
  who: { orgId: string; userId: string | null },
  submissionId: string,
  input: OverrideRequest,
): Promise<boolean> {
  return inTransaction(sql, (tx) => recordOverride(tx, who, submissionId, input));
}

/** The same inside a transaction the caller holds (a review-queue correction writes its label with it). */
export async function recordOverride(
  tx: Queryable,
  who: { orgId: string; userId: string | null },
  submissionId: string,
  input: OverrideRequest,
): Promise<boolean> {
  const [current] = await tx<{ final_score: string; session_id: string }[]>`
    SELECT final_score, session_id FROM submissions WHERE id = ${submissionId} AND org_id = ${who.orgId} FOR UPDATE`;
  if (!current) return false;
  await tx`INSERT INTO score_overrides (org_id, submission_id, score, previous_score, reason, user_id)
    VALUES (${who.orgId}, ${submissionId}, ${input.score}, ${current.final_score}, ${input.reason}, ${who.userId})`;
  await audit(tx, {
    ...who,
    action: 'score.override',
    targetId: submissionId,
    details: { score: input.score, previousScore: Number(current.final_score), reason: input.reason },
  });
  await refreshFinalScore(tx, submissionId);
  const details = { submissionId, score: input.score, previousScore: Number(current.final_score), reason: input.reason };
  await queueWebhook(tx, who.orgId, 'interview.score_overridden', [{ sessionId: current.session_id, details }], new Date());
  return true;
}
