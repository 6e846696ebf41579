import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';
import type { BulkInviteRequest, CreateInviteRequest, Invite } from '../../shared/api/invites';
import { newInviteCode } from '../crypto/tokens';

const DEFAULT_EXPIRY_HOURS = 24 * 7;

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
}

function statusOf(row: InviteRow, now: Date): Invite['status'] {
  if (row.redeemed_at) return 'redeemed';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now ? 'expired' : 'open';
}

const toInvite = (row: InviteRow, now: Date): Invite => ({
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
});

export type CreateInvitesOutcome = { ok: true; invites: Invite[] } | { ok: false; reason: 'assessment_not_found' };
export type RevokeOutcome = { ok: true; invite: Invite } | { ok: false; reason: 'not_found' | 'already_redeemed' };

/** Invites of one organisation. */
export function invitesFor(sql: Sql, who: Recruiter) {
  const { orgId, userId } = who;
  return {
    /** One invite per candidate, all or none; the assessment must be this organisation's. */
    async createMany(input: BulkInviteRequest, now: Date): Promise<CreateInvitesOutcome> {
      const expiresAt = new Date(now.getTime() + (input.expiresInHours ?? DEFAULT_EXPIRY_HOURS) * 3_600_000);
      const [assessment] = await sql`SELECT 1 FROM assessments WHERE id = ${input.assessmentId} AND org_id = ${orgId}`;
      if (!assessment) return { ok: false, reason: 'assessment_not_found' };
      const rows = await sql<InviteRow[]>`
        INSERT INTO invites ${sql(
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
        RETURNING *`;
      return { ok: true, invites: rows.map((r) => toInvite(r, now)) };
    },

    async create(input: CreateInviteRequest, now: Date): Promise<CreateInvitesOutcome> {
      const { candidateName: name, candidateEmail: email, ...rest } = input;
      return this.createMany({ ...rest, candidates: [{ name, email }] }, now);
    },

    async list(filter: { assessmentId?: string | undefined }, now: Date): Promise<Invite[]> {
      const rows = await sql<InviteRow[]>`
        SELECT * FROM invites WHERE org_id = ${orgId} ${filter.assessmentId ? sql`AND assessment_id = ${filter.assessmentId}` : sql``}
        ORDER BY created_at DESC, candidate_name LIMIT 1000`;
      return rows.map((r) => toInvite(r, now));
    },

    /** Withdraws an unused invite; its code stops working at once. Revoking twice changes nothing. */
    async revoke(id: string, now: Date): Promise<RevokeOutcome> {
      const revoked = await inTransaction(sql, async (tx) => {
        const [row] = await tx<InviteRow[]>`
          UPDATE invites SET revoked_at = COALESCE(revoked_at, ${now})
          WHERE id = ${id} AND org_id = ${orgId} AND redeemed_at IS NULL RETURNING *`;
        if (row) await audit(tx, { orgId, userId, action: 'invite.revoke', targetId: row.id });
        return row;
      });
      if (revoked) return { ok: true, invite: toInvite(revoked, now) };
      const [exists] = await sql`SELECT 1 FROM invites WHERE id = ${id} AND org_id = ${orgId}`;
      return { ok: false, reason: exists ? 'already_redeemed' : 'not_found' };
    },
  };
}
