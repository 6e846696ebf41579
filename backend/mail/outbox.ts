import type { Queryable, Sql } from '../db/client';
import type { ComposedMail } from './messages';
import type { MailTransport } from './transport';

export type MailKind = 'invitation' | 'reminder' | 'set_password' | 'reset_password';

/** Tries before a message that keeps failing is given up as bounced. */
export const MAIL_ATTEMPTS = 6;
/** The pause after try 1, 2, …: a passing fault passes, a server down for hours is still reached the same day. */
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
/** A message claimed this long without an outcome is taken to have lost its sender (a crash): tried again. */
const LEASE_MS = 2 * 60_000;
/** Messages one round sends at most; the next round takes the next ones. */
const BATCH = 25;

/**
 * Queues a message in the caller's transaction: it is sent after commit (by the request, in the
 * background, and by the sweep), so sending never blocks or fails what caused it, and nothing is sent for
 * work that rolled back.
 */
export async function queueMail(
  tx: Queryable,
  entry: { orgId: string; kind: MailKind; inviteId?: string; userId?: string; mail: ComposedMail },
): Promise<void> {
  // Due at once, to the millisecond: the database keeps microseconds, a JavaScript Date only milliseconds, so a
  // send right after commit (its clock read in the same millisecond) would otherwise find the message not yet due.
  await tx`
    INSERT INTO mail_outbox (org_id, kind, invite_id, user_id, to_address, subject, text_body, html_body, next_at)
    VALUES (${entry.orgId}, ${entry.kind}, ${entry.inviteId ?? null}, ${entry.userId ?? null}, ${entry.mail.to},
      ${entry.mail.subject}, ${entry.mail.text}, ${entry.mail.html}, date_trunc('milliseconds', now()))`;
}

interface DueMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/**
 * Sends what is due, oldest first; returns how many left. Each message is claimed with a lease (SKIP
 * LOCKED, so several instances share the work without sending one twice), tried once, and its outcome
 * recorded with the attempt: sent, retrying after a backoff, or bounced (refused for good, or out of tries).
 */
export async function sendDueMail(sql: Sql, transport: MailTransport, now: Date): Promise<number> {
  const due = await sql<DueMail[]>`
    UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1, lease_until = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE (state IN ('queued', 'retrying') AND next_at <= ${now}) OR (state = 'sending' AND lease_until <= ${now})
      ORDER BY next_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, text_body, html_body, attempts`;
  let sent = 0;
  for (const mail of due) {
    const outcome = await transport.send({ to: mail.to_address, subject: mail.subject, text: mail.text_body, html: mail.html_body });
    if (outcome.ok) {
      const state = transport.kind === 'outbox' ? 'kept' : 'sent';
      await record(sql, mail.id, { state, at: now, detail: outcome.detail, sentAt: now });
      sent++;
    } else if (outcome.permanent || mail.attempts >= MAIL_ATTEMPTS) {
      const reason = outcome.permanent ? outcome.reason : `gave up after ${mail.attempts} tries: ${outcome.reason}`;
      await record(sql, mail.id, { state: 'bounced', at: now, detail: reason });
    } else {
      const next = new Date(now.getTime() + BACKOFF_MS[Math.min(mail.attempts, BACKOFF_MS.length) - 1]!);
      await record(sql, mail.id, { state: 'retrying', at: now, detail: outcome.reason, nextAt: next });
    }
  }
  return sent;
}

async function record(
  sql: Sql,
  id: string,
  o: { state: 'sent' | 'kept' | 'retrying' | 'bounced'; at: Date; detail: string; sentAt?: Date; nextAt?: Date },
): Promise<void> {
  await sql`
    WITH updated AS (
      UPDATE mail_outbox SET state = ${o.state}, lease_until = NULL, sent_at = ${o.sentAt ?? null},
        next_at = ${o.nextAt ?? o.at}, last_error = ${o.state === 'retrying' || o.state === 'bounced' ? o.detail : null}
      WHERE id = ${id} RETURNING id)
    INSERT INTO mail_attempts (mail_id, at, outcome, detail)
    SELECT id, ${o.at}, ${o.state === 'kept' ? 'kept' : o.state}, ${o.detail} FROM updated`;
}
