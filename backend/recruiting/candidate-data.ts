import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';

export type EraseOutcome = { ok: true; inviteId: string } | { ok: false; reason: 'not_found' | 'in_progress' };

/**
 * Deletes one candidate's data on their request: the invite and everything that hangs off it (the
 * interview, hand-ins, scores, reviews, follow-ups, events, overrides, webhook deliveries, e-mails). The
 * audit log records who deleted it and when, never who the candidate was. Refused while the interview runs.
 */
export async function eraseCandidate(sql: Sql, who: Recruiter, by: { inviteId: string } | { interviewId: string }): Promise<EraseOutcome> {
  return inTransaction(sql, async (tx) => {
    const where = 'inviteId' in by ? tx`i.id = ${by.inviteId}` : tx`s.id = ${by.interviewId}`;
    const [found] = await tx<{ invite_id: string; interview_id: string | null; state: string | null }[]>`
      SELECT i.id AS invite_id, s.id AS interview_id, s.state FROM invites i LEFT JOIN interviews s ON s.invite_id = i.id
      WHERE ${where} AND i.org_id = ${who.orgId} FOR UPDATE OF i`;
    if (!found) return { ok: false, reason: 'not_found' } as const;
    if (found.state === 'in_progress') return { ok: false, reason: 'in_progress' } as const;
    await tx`DELETE FROM invites WHERE id = ${found.invite_id}`;
    await audit(tx, {
      orgId: who.orgId,
      userId: who.userId,
      action: 'candidate.delete',
      targetId: found.invite_id,
      details: { reason: 'on request', interviewId: found.interview_id },
    });
    return { ok: true, inviteId: found.invite_id } as const;
  });
}

/**
 * The retention job (run by the sweep): for each organisation that keeps candidate data for a number of
 * days, deletes every candidate whose interview ended (or whose invite lapsed unused) longer ago than that,
 * with one audit line per organisation saying how many. Interviews in progress are never touched.
 */
export async function eraseExpiredCandidates(sql: Sql, now: Date): Promise<number> {
  return inTransaction(sql, async (tx) => {
    const erased = await tx<{ org_id: string }[]>`
      DELETE FROM invites i USING organisations o
      WHERE o.id = i.org_id AND o.retention_days IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM interviews s WHERE s.invite_id = i.id AND s.state = 'in_progress')
        AND COALESCE(
          (SELECT COALESCE(s.completed_at, s.expires_at, s.started_at) FROM interviews s WHERE s.invite_id = i.id),
          GREATEST(i.expires_at, COALESCE(i.revoked_at, i.expires_at))
        ) < ${now}::timestamptz - make_interval(days => o.retention_days)
      RETURNING i.org_id`;
    const perOrg = new Map<string, number>();
    for (const row of erased) perOrg.set(row.org_id, (perOrg.get(row.org_id) ?? 0) + 1);
    for (const [orgId, count] of perOrg) {
      await audit(tx, { orgId, userId: null, action: 'candidate.delete', details: { reason: 'retention', candidates: count } });
    }
    return erased.length;
  });
}
