import type { Sql } from '../db/client';
import type { WebhookDelivery } from '../../shared/api/accounts';

interface DeliveryRow {
  id: string;
  event: string;
  session_id: string | null;
  url: string;
  status: WebhookDelivery['status'];
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: Date;
  created_at: Date;
  delivered_at: Date | null;
}

/** The organisation's latest deliveries, for the admin page. */
export async function webhookDeliveriesFor(sql: Sql, orgId: string): Promise<WebhookDelivery[]> {
  const rows = await sql<DeliveryRow[]>`
    SELECT id, event, session_id, url, status, attempts, last_status, last_error, next_attempt_at, created_at, delivered_at
    FROM webhook_deliveries WHERE org_id = ${orgId} ORDER BY created_at DESC LIMIT 200`;
  return rows.map((r) => ({
    id: r.id,
    event: r.event,
    sessionId: r.session_id,
    url: r.url,
    status: r.status,
    attempts: r.attempts,
    lastStatus: r.last_status,
    lastError: r.last_error,
    nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
  }));
}
