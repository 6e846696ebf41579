import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { queueWebhook } from '../webhooks/deliveries';

/** A code redeemed and never started is given up this long after (the candidate read the consent and left). */
export const NEVER_STARTED_MS = 24 * 60 * 60_000;

/**
 * Closes sessions whose overall time ran out, past their assessment's grace: `expired` when the candidate
 * handed something in, `abandoned` when they never did; and sessions never started a day after their code
 * was redeemed. One statement, with a recorded transition for each session; run every few minutes (a timer
 * on Node, a cron trigger on Workers) and safe to run twice. Late work may still arrive afterwards: it is
 * stored and marked (see `receiveHandIn`).
 */
export async function closeOverdueSessions(sql: Sql, now: Date): Promise<number> {
  return inTransaction(sql, async (tx) => {
    const closed = await tx<{ id: string; org_id: string; state: string }[]>`
      UPDATE interviews se SET state = CASE WHEN se.task_number > 0 THEN 'expired' ELSE 'abandoned' END
      FROM assessments a
      WHERE a.id = se.assessment_id AND se.state = 'in_progress' AND (
        se.expires_at + a.grace_seconds * interval '1 second' < ${now}
        OR (se.started_at IS NULL AND se.created_at < ${new Date(now.getTime() - NEVER_STARTED_MS)}))
      RETURNING se.id, se.org_id, se.state`;
    if (closed.length) {
      await tx`INSERT INTO events ${tx(closed.map((s) => ({ org_id: s.org_id, session_id: s.id, type: `session_${s.state}`, payload: tx.json({ from: 'in_progress', to: s.state }), at: now })))}`;
      const expired = closed.filter((s) => s.state === 'expired');
      for (const orgId of new Set(expired.map((s) => s.org_id)))
        await queueWebhook(
          tx,
          orgId,
          'interview.expired',
          expired.filter((s) => s.org_id === orgId).map((s) => ({ sessionId: s.id })),
          now,
        );
    }
    return closed.length;
  });
}
