import type { Queryable, Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import type {
  BulkInviteRequest,
  CreateInviteRequest,
  Invite,
  InviteActionRequest,
  InviteActionResponse,
  InviteListQuery,
  InvitePage,
} from '../../shared/api/invites';
import type { MailState } from '../../shared/api/mail';
import type { Links } from '../../shared/links';
import { newInviteCode } from '../crypto/tokens';
import { audit, auditMany } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';
import { invitationMail, type MailOrganisation } from '../mail/messages';
import { containsPattern, decodeCursor, encodeCursor } from './list-cursor';
import { queueMail } from '../mail/outbox';

const DEFAULT_EXPIRY_HOURS = 24 * 7;

/** Where the links in what candidates receive point: the deployment's public address. */
export type CandidateLinks = Pick<Links, 'join'>;

interface InviteRow {
  id: string;
  assessment_id: string;
  candidate_name: string;
  candidate_email: string;
  code: string;
  expires_at: Date;
  redeemed_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
  mail_kind: 'invitation' | 'reminder' | null;
  mail_state: MailState | null;
  mail_detail: string | null;
  mail_at: Date | null;
}

function statusOf(row: InviteRow, now: Date): Invite['status'] {
  if (row.redeemed_at) return 'redeemed';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'open';
}

const toInvite = (row: InviteRow, now: Date, links: CandidateLinks): Invite => ({
  id: row.id,
  assessmentId: row.assessment_id,
  candidateName: row.candidate_name,
  candidateEmail: row.candidate_email,
  code: row.code,
  expiresAt: row.expires_at.toISOString(),
  redeemedAt: row.redeemed_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
  status: statusOf(row, now),
  createdAt: row.created_at.toISOString(),
  joinUrl: links.join(row.code),
  mail:
    row.mail_kind && row.mail_state && row.mail_at
      ? { kind: row.mail_kind, state: row.mail_state, detail: row.mail_detail, at: row.mail_at.toISOString() }
      : null,
});

/** The newest invitation or reminder of each invite, with what its last try said. */
const newestMail = (sql: Queryable) => sql`
  LEFT JOIN LATERAL (
    SELECT m.kind AS mail_kind, m.state AS mail_state, COALESCE(m.sent_at, m.created_at) AS mail_at,
      (SELECT a.detail FROM mail_attempts a WHERE a.mail_id = m.id ORDER BY a.at DESC, a.id DESC LIMIT 1) AS mail_detail
    FROM mail_outbox m WHERE m.invite_id = i.id ORDER BY m.created_at DESC LIMIT 1) mail ON true`;

export type CreateInvitesOutcome =
  | { ok: true; invites: Invite[]; mailQueued: number }
  | { ok: false; reason: 'assessment_not_found' | 'assessment_archived' }
  /** Candidates (by their place in the request) who already have an invite to this assessment that was not withdrawn. */
  | { ok: false; reason: 'duplicate'; duplicates: { index: number; email: string }[] };
export type RevokeOutcome = { ok: true; invite: Invite } | { ok: false; reason: 'not_found' | 'already_redeemed' };

/** What an invitation says on the organisation's behalf, read in the transaction that sends it. */
async function invitationContext(tx: Queryable, orgId: string, assessmentId: string) {
  const [row] = await tx<
    { name: string; time_zone: string; candidate_message: string | null; assessment_name: string; archived: boolean }[]
  >`
    SELECT o.name, o.time_zone, o.candidate_message, a.name AS assessment_name, a.archived_at IS NOT NULL AS archived
    FROM assessments a JOIN organisations o ON o.id = a.org_id WHERE a.id = ${assessmentId} AND a.org_id = ${orgId}`;
  if (!row) return null;
  const organisation: MailOrganisation = { name: row.name, timeZone: row.time_zone, candidateMessage: row.candidate_message };
  return { organisation, assessmentName: row.assessment_name, archived: row.archived };
}

/** Invites of one organisation, and the e-mail that takes each to its candidate. */
export function invitesFor(sql: Sql, who: Recruiter, links: CandidateLinks) {
  const { orgId, userId } = who;
  return {
    /**
     * One invite per candidate, all or none, and (unless `sendEmail` is false) an invitation for each
     * queued in the same transaction; the assessment must be this organisation's.
     */
    async createMany(input: BulkInviteRequest, now: Date): Promise<CreateInvitesOutcome> {
      const expiresAt = new Date(now.getTime() + (input.expiresInHours ?? DEFAULT_EXPIRY_HOURS) * 3_600_000);
      const send = input.sendEmail ?? true;
      return inTransaction(sql, async (tx) => {
        const context = await invitationContext(tx, orgId, input.assessmentId);
        if (!context) return { ok: false, reason: 'assessment_not_found' } as const;
        if (context.archived) return { ok: false, reason: 'assessment_archived' } as const;
        if (!input.allowDuplicates) {
          const invited = await tx<{ email: string }[]>`
            SELECT DISTINCT lower(candidate_email) AS email FROM invites
            WHERE org_id = ${orgId} AND assessment_id = ${input.assessmentId} AND revoked_at IS NULL
              AND lower(candidate_email) IN ${tx(input.candidates.map((c) => c.email.toLowerCase()))}`;
          const known = new Set(invited.map((r) => r.email));
          const duplicates = input.candidates.flatMap((c, index) => (known.has(c.email.toLowerCase()) ? [{ index, email: c.email }] : []));
          if (duplicates.length) return { ok: false, reason: 'duplicate', duplicates } as const;
        }
        const rows = await tx<InviteRow[]>`
          INSERT INTO invites ${tx(
            input.candidates.map((c) => ({
              org_id: orgId,
              assessment_id: input.assessmentId,
              code: newInviteCode(),
              candidate_name: c.name,
              candidate_email: c.email,
              expires_at: expiresAt,
              created_by: userId,
            })),
          )}
          RETURNING *, NULL AS mail_kind, NULL AS mail_state, NULL AS mail_detail, NULL AS mail_at`;
        if (send) {
          for (const row of rows) {
            const mail = invitationMail({
              ...context,
              candidateName: row.candidate_name,
              candidateEmail: row.candidate_email,
              code: row.code,
              expiresAt: row.expires_at,
              joinUrl: links.join(row.code),
            });
            await queueMail(tx, { orgId, kind: 'invitation', inviteId: row.id, mail });
          }
        }
        return { ok: true, invites: rows.map((r) => toInvite(r, now, links)), mailQueued: send ? rows.length : 0 } as const;
      });
    },

    async create(input: CreateInviteRequest, now: Date): Promise<CreateInvitesOutcome> {
      const { candidateName: name, candidateEmail: email, ...rest } = input;
      return this.createMany({ ...rest, candidates: [{ name, email }] }, now);
    },

    /** One page of invites, newest first, from a cursor; null when the cursor is not one this list gave out. */
    async list(query: InviteListQuery, now: Date): Promise<InvitePage | null> {
      const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, 'newest');
      if (query.cursor !== undefined && !cursor) return null;
      const like = query.q ? containsPattern(query.q.toLowerCase()) : null;
      const rows = await sql<(InviteRow & { sort_key: string })[]>`
        SELECT i.*, i.created_at::text AS sort_key, mail.* FROM invites i ${newestMail(sql)}
        WHERE i.org_id = ${orgId} ${query.assessmentId ? sql`AND i.assessment_id = ${query.assessmentId}` : sql``}
          ${like ? sql`AND (lower(i.candidate_name) || ' ' || lower(i.candidate_email)) LIKE ${like}` : sql``}
          ${cursor ? sql`AND (i.created_at, i.id) < (${cursor.key}::text::timestamptz, ${cursor.id}::uuid)` : sql``}
        ORDER BY i.created_at DESC, i.id DESC LIMIT ${query.limit + 1}`;
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        invites: page.map((r) => toInvite(r, now, links)),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ sort: 'newest', key: last.sort_key, id: last.id }) : null,
      };
    },

    /**
     * One action on many invites, each audited: `resend` queues the invitation again for those still open;
     * `revoke` withdraws those not used yet. Invites it cannot apply to are listed with why; none is another organisation's.
     */
    async act(input: InviteActionRequest, now: Date): Promise<InviteActionResponse | null> {
      return inTransaction(sql, async (tx) => {
        const rows = await tx<InviteRow[]>`
          SELECT i.*, NULL AS mail_kind, NULL AS mail_state, NULL AS mail_detail, NULL AS mail_at
          FROM invites i WHERE i.org_id = ${orgId} AND i.id IN ${tx(input.inviteIds)} FOR UPDATE`;
        if (rows.length !== new Set(input.inviteIds).size) return null;
        const skipped: InviteActionResponse['skipped'] = [];
        const open = rows.filter((r) => {
          const status = statusOf(r, now);
          if (status === 'open') return true;
          skipped.push({ inviteId: r.id, reason: status === 'redeemed' ? 'already used' : status === 'revoked' ? 'withdrawn' : 'expired' });
          return false;
        });
        if (input.action === 'revoke') {
          if (open.length) await tx`UPDATE invites SET revoked_at = ${now} WHERE id IN ${tx(open.map((r) => r.id))}`;
          await auditMany(
            tx,
            who,
            'invite.revoke',
            open.map((r) => ({ targetId: r.id, details: { bulk: true } })),
          );
          return { done: open.length, skipped, mailQueued: 0 };
        }
        for (const row of open) {
          const context = (await invitationContext(tx, orgId, row.assessment_id))!;
          const mail = invitationMail({
            ...context,
            candidateName: row.candidate_name,
            candidateEmail: row.candidate_email,
            code: row.code,
            expiresAt: row.expires_at,
            joinUrl: links.join(row.code),
          });
          await queueMail(tx, { orgId, kind: 'invitation', inviteId: row.id, mail });
        }
        await auditMany(
          tx,
          who,
          'invite.resend',
          open.map((r) => ({ targetId: r.id, details: {} })),
        );
        return { done: open.length, skipped, mailQueued: open.length };
      });
    },

    /** Withdraws an unused invite; its code stops working at once. Revoking twice changes nothing. */
    async revoke(id: string, now: Date): Promise<RevokeOutcome> {
      const revoked = await inTransaction(sql, async (tx) => {
        const [row] = await tx<{ id: string }[]>`
          UPDATE invites SET revoked_at = COALESCE(revoked_at, ${now})
          WHERE id = ${id} AND org_id = ${orgId} AND redeemed_at IS NULL RETURNING id`;
        if (row) await audit(tx, { orgId, userId, action: 'invite.revoke', targetId: row.id });
        return row;
      });
      if (revoked) {
        const [row] = await sql<InviteRow[]>`SELECT i.*, mail.* FROM invites i ${newestMail(sql)} WHERE i.id = ${id}`;
        return { ok: true, invite: toInvite(row!, now, links) };
      }
      const [exists] = await sql`SELECT 1 FROM invites WHERE id = ${id} AND org_id = ${orgId}`;
      return { ok: false, reason: exists ? 'already_redeemed' : 'not_found' };
    },
  };
}

/**
 * Queues a reminder for every open invite that was sent by e-mail, is not reminded yet, and expires
 * within its organisation's reminder window (`reminder_hours`, 0 for none). Run by the sweep; each invite is
 * marked reminded in the same statement that picks it, so two sweeps never remind one candidate twice.
 */
export async function queueInviteReminders(sql: Sql, links: CandidateLinks, now: Date): Promise<number> {
  return inTransaction(sql, async (tx) => {
    const due = await tx<
      (InviteRow & { org_id: string; name: string; time_zone: string; candidate_message: string | null; assessment_name: string })[]
    >`
      UPDATE invites i SET reminded_at = ${now}
      FROM organisations o, assessments a
      WHERE o.id = i.org_id AND a.id = i.assessment_id AND o.reminder_hours > 0
        AND i.redeemed_at IS NULL AND i.revoked_at IS NULL AND i.reminded_at IS NULL AND i.expires_at > ${now}
        AND i.expires_at - make_interval(hours => o.reminder_hours) <= ${now}
        AND EXISTS (SELECT 1 FROM mail_outbox m WHERE m.invite_id = i.id AND m.kind = 'invitation')
      RETURNING i.*, o.name, o.time_zone, o.candidate_message, a.name AS assessment_name`;
    for (const row of due) {
      const mail = invitationMail(
        {
          organisation: { name: row.name, timeZone: row.time_zone, candidateMessage: row.candidate_message },
          assessmentName: row.assessment_name,
          candidateName: row.candidate_name,
          candidateEmail: row.candidate_email,
          code: row.code,
          expiresAt: row.expires_at,
          joinUrl: links.join(row.code),
        },
        true,
      );
      await queueMail(tx, { orgId: row.org_id, kind: 'reminder', inviteId: row.id, mail });
    }
    return due.length;
  });
}
