import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { queueWebhook } from '../webhooks/deliveries';
import { loadInterview, type InterviewRecord } from './interview-record';

/**
 * The candidate pressed Start after consent: the overall clock and the first task's clock start now, by
 * the server's time. Starting twice (a resend, a second pane) keeps the first start; a hand-in that comes
 * before any Start (an older pane) starts the clock itself, so its work is never refused for it.
 */
export async function startInterview(sql: Sql, interview: InterviewRecord, now: Date): Promise<InterviewRecord> {
  if (interview.startedAt || interview.state !== 'in_progress') return interview;
  const expiresAt = new Date(now.getTime() + interview.timeLimitSeconds * 1000);
  const started = await inTransaction(sql, async (tx) => {
    const [row] = await tx`
      UPDATE interviews SET started_at = ${now}, task_started_at = ${now}, expires_at = ${expiresAt}
      WHERE id = ${interview.id} AND started_at IS NULL AND state = 'in_progress' RETURNING id`;
    if (!row) return false;
    await tx`
      INSERT INTO events (org_id, session_id, type, payload, at)
      VALUES (${interview.orgId}, ${interview.id}, 'session_started', ${tx.json({ timeLimitSeconds: interview.timeLimitSeconds })}, ${now})`;
    await queueWebhook(tx, interview.orgId, 'interview.started', [{ sessionId: interview.id }], now);
    return true;
  });
  return started
    ? { ...interview, startedAt: now, taskStartedAt: now, expiresAt }
    : ((await loadInterview(sql, { id: interview.id })) ?? interview);
}
