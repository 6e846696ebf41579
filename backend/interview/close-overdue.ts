import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';

/** Hand-ins this long after the overall deadline still count (a client may have been offline). */
export const OVERALL_GRACE_MS = 10 * 60_000;

/**
 * Closes sessions whose overall time ran out: `expired` when the candidate handed something in,
 * `abandoned` when they never did. One statement, with a recorded transition for each session; run every
 * few minutes (a timer on Node, a cron trigger on Workers) and safe to run twice.
 */
export async function closeOverdueSessions(sql: Sql, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - OVERALL_GRACE_MS);
  return inTransaction(sql, async (tx) => {
    const closed = await tx<{ id: string; org_id: string; state: string }[]>`
      UPDATE interviews SET state = CASE WHEN task_number > 0 THEN 'expired' ELSE 'abandoned' END
      WHERE state = 'in_progress' AND expires_at < ${cutoff}
      RETURNING id, org_id, state`;
    if (closed.length) {
      await tx`INSERT INTO events ${tx(closed.map((s) => ({ org_id: s.org_id, session_id: s.id, type: `session_${s.state}`, payload: tx.json({ from: 'in_progress', to: s.state }), at: now })))}`;
    }
    return closed.length;
  });
}
