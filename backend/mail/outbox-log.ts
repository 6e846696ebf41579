import type { Sql } from '../db/client';
import type { MailMessage } from '../../shared/api/mail';

interface MailRow {
  id: string;
  kind: MailMessage['kind'];
  to_address: string;
  subject: string;
  text_body: string;
  state: MailMessage['state'];
  attempts: number;
  invite_id: string | null;
  created_at: Date;
  sent_at: Date | null;
  log: { at: string; outcome: MailMessage['log'][number]['outcome']; detail: string | null }[] | null;
}

/** An organisation's outbox, newest first, each message with every try; or one invite's messages. */
export async function listMail(sql: Sql, orgId: string, filter: { inviteId?: string | undefined }): Promise<MailMessage[]> {
  const rows = await sql<MailRow[]>`
    SELECT m.id, m.kind, m.to_address, m.subject, m.text_body, m.state, m.attempts, m.invite_id, m.created_at, m.sent_at,
      (SELECT json_agg(json_build_object('at', a.at, 'outcome', a.outcome, 'detail', a.detail) ORDER BY a.at, a.id)
         FROM mail_attempts a WHERE a.mail_id = m.id) AS log
    FROM mail_outbox m
    WHERE m.org_id = ${orgId} ${filter.inviteId ? sql`AND m.invite_id = ${filter.inviteId}` : sql``}
    ORDER BY m.created_at DESC LIMIT 200`;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    state: r.state,
    attempts: r.attempts,
    inviteId: r.invite_id,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
    log: (r.log ?? []).map((a) => ({ at: new Date(a.at).toISOString(), outcome: a.outcome, detail: a.detail })),
  }));
}
