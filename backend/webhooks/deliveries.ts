import type { Queryable, Sql } from '../db/client';
import type { WebhookEvent } from '../../shared/api/webhooks';
import { SIGNATURE_HEADER, signBody } from './sign';

/** Attempts before a delivery is given up as failed; with the backoff below that spans about 17 hours. */
export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_SECONDS = 30;
const TIMEOUT_MS = 10_000;

/** 30 s, 1 min, 2 min, … doubling: a receiver that is down for a while still gets the event. */
export function retryDelaySeconds(attempts: number): number {
  return FIRST_RETRY_SECONDS * 2 ** Math.max(0, attempts - 1);
}

/**
 * Queues an event about one or more interviews for an organisation with a webhook, inside the transaction
 * that made the change (an outbox: the event cannot be lost between the commit and the send). `details` are
 * per interview, merged into its payload.
 */
export async function queueWebhook(
  tx: Queryable,
  orgId: string,
  event: WebhookEvent,
  items: { sessionId: string; details?: Record<string, unknown> }[],
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  const rows = items.map((i) => ({ session_id: i.sessionId, details: i.details ?? {} }));
  await tx`
    INSERT INTO webhook_deliveries (org_id, session_id, event, url, payload, next_attempt_at)
    SELECT o.id, e.session_id, ${event}, o.webhook_url,
      jsonb_build_object('event', ${event}::text, 'sessionId', e.session_id, 'occurredAt', ${now.toISOString()}::text) || e.details, ${now}
    FROM organisations o, jsonb_to_recordset(${tx.json(rows as never)}) AS e(session_id uuid, details jsonb)
    WHERE o.id = ${orgId} AND o.webhook_url IS NOT NULL`;
}

/** `interview.completed`, in the transaction that completes the interview. */
export const queueCompletion = (tx: Queryable, orgId: string, sessionId: string, now: Date) =>
  queueWebhook(tx, orgId, 'interview.completed', [{ sessionId }], now);

/**
 * A delivery sent again, as a new delivery with the same event and the interview as it is now; the
 * original stays in the log as it ended. Null when the delivery is not this organisation's.
 */
export async function replayDelivery(sql: Sql, orgId: string, id: string, now: Date): Promise<string | null> {
  const [row] = await sql<{ id: string }[]>`
    INSERT INTO webhook_deliveries (org_id, session_id, event, url, payload, next_attempt_at)
    SELECT d.org_id, d.session_id, d.event, COALESCE(o.webhook_url, d.url), d.payload || jsonb_build_object('replayOf', d.id), ${now}
    FROM webhook_deliveries d JOIN organisations o ON o.id = d.org_id
    WHERE d.id = ${id} AND d.org_id = ${orgId} RETURNING id`;
  return row?.id ?? null;
}

interface DueRow {
  id: string;
  org_id: string;
  session_id: string | null;
  url: string;
  payload: Record<string, unknown>;
  attempts: number;
  secret: string | null;
}

/** The body sent: the queued event, with the interview's scores as they are at sending time. */
async function bodyOf(sql: Sql, row: DueRow): Promise<string> {
  const [session] = row.session_id
    ? await sql<
        {
          state: string;
          overall_score: string | null;
          candidate_name: string;
          candidate_email: string;
          assessment_id: string;
          completed_at: Date | null;
          stage: string;
        }[]
      >`
    SELECT se.state, se.overall_score, i.candidate_name, i.candidate_email, se.assessment_id, se.completed_at, se.stage
    FROM interviews se JOIN invites i ON i.id = se.invite_id WHERE se.id = ${row.session_id}`
    : [];
  return JSON.stringify({
    id: row.id,
    ...row.payload,
    interview: session
      ? {
          state: session.state,
          assessmentId: session.assessment_id,
          candidateName: session.candidate_name,
          candidateEmail: session.candidate_email,
          overallScore: session.overall_score === null ? null : Number(session.overall_score),
          completedAt: session.completed_at?.toISOString() ?? null,
          stage: session.stage,
        }
      : null,
  });
}

async function attempt(sql: Sql, row: DueRow, send: typeof fetch, now: Date): Promise<void> {
  const body = await bodyOf(sql, row);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const response = await send(row.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'ExcelInterviewer-Webhook/1',
        'x-excel-interviewer-delivery': row.id,
        'x-excel-interviewer-event': String(row.payload.event),
        ...(row.secret ? { [SIGNATURE_HEADER]: await signBody(row.secret, body) } : {}),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    });
    status = response.status;
    await response.body?.cancel();
    if (status < 200 || status >= 300) error = `The receiver answered HTTP ${status}.`;
  } catch (cause) {
    error =
      cause instanceof Error && cause.name === 'TimeoutError'
        ? `No answer within ${TIMEOUT_MS / 1000} s.`
        : `Could not connect: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
  const attempts = row.attempts + 1;
  const outcome = error === null ? 'delivered' : attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
  await sql`
    UPDATE webhook_deliveries SET attempts = ${attempts}, last_status = ${status}, last_error = ${error}, status = ${outcome},
      delivered_at = ${outcome === 'delivered' ? now : null},
      next_attempt_at = ${new Date(now.getTime() + retryDelaySeconds(attempts) * 1000)}
    WHERE id = ${row.id}`;
}

/**
 * Sends the deliveries that are due, each claimed with SKIP LOCKED so two sweepers never send one twice at
 * once. Returns how many were attempted. Run after a completion and on every sweep.
 */
export async function deliverDueWebhooks(sql: Sql, send: typeof fetch, now: Date, limit = 20): Promise<number> {
  const due = await sql<DueRow[]>`
    UPDATE webhook_deliveries d SET next_attempt_at = ${new Date(now.getTime() + TIMEOUT_MS * 3)}
    FROM organisations o
    WHERE d.id IN (SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ${now}
                   ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      AND o.id = d.org_id
    RETURNING d.id, d.org_id, d.session_id, d.url, d.payload, d.attempts, o.webhook_secret AS secret`;
  for (const row of due) await attempt(sql, row, send, now);
  return due.length;
}
