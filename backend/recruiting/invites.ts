import type { Sql } from '../db/client';
import type { CreateInviteRequest, Invite } from '../../shared/api/invites';
import { newInviteCode } from '../auth/tokens';

const DEFAULT_EXPIRY_HOURS = 24 * 7;

interface InviteRow {
  id: string; assessment_id: string; candidate_name: string; candidate_email: string; code: string;
  expires_at: Date; redeemed_at: Date | null; created_at: Date;
}

const toInvite = (row: InviteRow): Invite => ({
  id: row.id,
  assessmentId: row.assessment_id,
  candidateName: row.candidate_name,
  candidateEmail: row.candidate_email,
  code: row.code,
  expiresAt: row.expires_at.toISOString(),
  redeemedAt: row.redeemed_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
});

export type CreateInviteOutcome = { ok: true; invite: Invite } | { ok: false; reason: 'assessment_not_found' };

/** Invites of one organisation. */
export function invitesFor(sql: Sql, orgId: string) {
  return {
    async create(input: CreateInviteRequest, createdBy: string | null, now: Date): Promise<CreateInviteOutcome> {
      const expiresAt = new Date(now.getTime() + (input.expiresInHours ?? DEFAULT_EXPIRY_HOURS) * 3_600_000);
      // The assessment must be this organisation's; the INSERT … SELECT makes that one statement.
      const [row] = await sql<InviteRow[]>`
        INSERT INTO invites (org_id, assessment_id, code, candidate_name, candidate_email, expires_at, created_by)
        SELECT ${orgId}, a.id, ${newInviteCode()}, ${input.candidateName}, ${input.candidateEmail}, ${expiresAt}, ${createdBy}
        FROM assessments a WHERE a.id = ${input.assessmentId} AND a.org_id = ${orgId}
        RETURNING *`;
      return row ? { ok: true, invite: toInvite(row) } : { ok: false, reason: 'assessment_not_found' };
    },
  };
}
