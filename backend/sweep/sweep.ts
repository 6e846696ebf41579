import type { Sql } from '../db/client';
import type { HandInScoring } from '../interview/hand-in-scoring';
import { closeOverdueSessions } from '../interview/close-overdue';
import type { LlmClient } from '../llm/client';
import { foldAllTaskStats } from '../recruiting/task-stats';
import { deliverDueWebhooks } from '../webhooks/deliveries';

export interface SweepDeps {
  send: typeof fetch;
  scoring: HandInScoring;
  llm: LlmClient | null;
}

/**
 * The periodic work both runtimes run (a timer on Node, the cron trigger on Workers): score hand-ins a
 * crash left unscored, close interviews whose time ran out, send webhooks that are due (retries
 * included), fold new hand-ins into the per-task figures, and forget expired dashboard sign-ins.
 * Each part runs even when another fails; the first failure is rethrown for the caller to log.
 */
export async function sweep(sql: Sql, deps: SweepDeps, now: Date): Promise<void> {
  const outcomes = await Promise.allSettled([
    deps.scoring.scoreDue(sql, deps.llm, now),
    closeOverdueSessions(sql, now),
    deliverDueWebhooks(sql, deps.send, now),
    foldAllTaskStats(sql),
    sql`DELETE FROM sign_ins WHERE expires_at < ${now}`,
  ]);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
