import type { Sql } from '../db/client';
import type { RedeemInviteResponse } from '../../shared/api/invites';
import { hashToken, newToken, normaliseInviteCode, TOKEN_PREFIX } from '../auth/tokens';
import { loadTask } from '../tasks/store';
import { publicPartOf } from '../tasks/public-part';
import { currentTaskId, loadSession, sessionView } from './session-record';

export type RedeemOutcome =
  | { ok: true; response: RedeemInviteResponse }
  | { ok: false; reason: 'not_found' | 'expired' | 'already_used' | 'revoked' };

interface InviteRow { id: string; org_id: string; assessment_id: string; expires_at: Date; redeemed_at: Date | null; revoked_at: Date | null }

/**
 * Turns a single-use invite code into an interview session and its bearer token. A code that does not
 * exist and a code that is malformed read the same, so codes cannot be probed by shape.
 */
export async function redeemInvite(sql: Sql, rawCode: string, now: Date): Promise<RedeemOutcome> {
  const code = normaliseInviteCode(rawCode);
  if (!code) return { ok: false, reason: 'not_found' };
  const [invite] = await sql<InviteRow[]>`
    SELECT id, org_id, assessment_id, expires_at, redeemed_at, revoked_at FROM invites WHERE code = ${code}`;
  if (!invite) return { ok: false, reason: 'not_found' };
  if (invite.revoked_at) return { ok: false, reason: 'revoked' };
  if (invite.redeemed_at) return { ok: false, reason: 'already_used' };
  if (invite.expires_at <= now) return { ok: false, reason: 'expired' };

  const token = newToken(TOKEN_PREFIX.session);
  const tokenHash = await hashToken(token);
  const sessionId = await sql.begin(async (tx) => {
    // The guard on redeemed_at makes two simultaneous redemptions produce one session, not two.
    const [claimed] = await tx`UPDATE invites SET redeemed_at = ${now} WHERE id = ${invite.id} AND redeemed_at IS NULL RETURNING id`;
    if (!claimed) return null;
    const [session] = await tx<{ id: string }[]>`
      INSERT INTO interview_sessions (org_id, assessment_id, invite_id, token_hash, state, started_at)
      VALUES (${invite.org_id}, ${invite.assessment_id}, ${invite.id}, ${tokenHash}, 'in_progress', ${now})
      RETURNING id`;
    await tx`INSERT INTO events (org_id, session_id, type, payload, at) VALUES
      (${invite.org_id}, ${session!.id}, 'session_started', ${tx.json({ from: 'invited', to: 'in_progress' })}, ${now})`;
    return session!.id;
  });
  if (!sessionId) return { ok: false, reason: 'already_used' };

  const session = (await loadSession(sql, { id: sessionId }))!;
  const taskId = currentTaskId(session);
  const task = taskId ? await loadTask(sql, session.orgId, taskId) : null;
  return {
    ok: true,
    response: { sessionToken: token, session: sessionView(session, now), task: task ? publicPartOf(task) : null },
  };
}
