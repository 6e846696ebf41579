import type { Sql } from '../db/client';
import type { RedeemInviteResponse } from '../../shared/api/invites';
import { normaliseInviteCode } from '../../shared/invite-code';
import { hashToken, newToken, TOKEN_PREFIX } from '../crypto/tokens';
import { publicPartOf } from '../tasks/public-part';
import { dataSeedFor, loadIssuedTask } from './issued-task';
import { taskPoolOf } from './task-pool';
import { chooseNextTask, type PoolTask } from './next-task';
import { currentTaskId, loadInterview, interviewView } from './interview-record';
import { inTransaction } from '../db/transaction';

export type RedeemOutcome =
  { ok: true; response: RedeemInviteResponse } | { ok: false; reason: 'not_found' | 'expired' | 'already_used' | 'revoked' };

interface InviteRow {
  id: string;
  org_id: string;
  assessment_id: string;
  expires_at: Date;
  redeemed_at: Date | null;
  revoked_at: Date | null;
  level: number;
  length: number | null;
  adaptive: boolean;
  personal_data: boolean;
  pool: PoolTask[] | null;
}

/**
 * Turns a single-use invite code into an interview session and its bearer token. A code that does not
 * exist and a code that is malformed read the same, so codes cannot be probed by shape. The clock does
 * not start here: reading the consent screen costs the candidate nothing (see `startInterview`).
 */
export async function redeemInvite(sql: Sql, rawCode: string, now: Date): Promise<RedeemOutcome> {
  const code = normaliseInviteCode(rawCode);
  if (!code) return { ok: false, reason: 'not_found' };
  const [invite] = await sql<InviteRow[]>`
    SELECT i.id, i.org_id, i.assessment_id, i.expires_at, i.redeemed_at, i.revoked_at, a.level, a.length, a.adaptive, a.personal_data,
      ${taskPoolOf(sql, 'a.id')} AS pool
    FROM invites i JOIN assessments a ON a.id = i.assessment_id WHERE i.code = ${code}`;
  if (!invite) return { ok: false, reason: 'not_found' };
  if (invite.revoked_at) return { ok: false, reason: 'revoked' };
  if (invite.redeemed_at) return { ok: false, reason: 'already_used' };
  if (invite.expires_at <= now) return { ok: false, reason: 'expired' };

  const pool = invite.pool ?? [];
  const first = chooseNextTask({ pool, history: [], level: invite.level, length: invite.length ?? pool.length, adaptive: invite.adaptive });
  const given = first.done ? [] : [first.taskId];
  const token = newToken(TOKEN_PREFIX.session);
  const tokenHash = await hashToken(token);
  const sessionId = await inTransaction(sql, async (tx) => {
    // The guard on redeemed_at makes two simultaneous redemptions produce one session, not two.
    const [claimed] = await tx`UPDATE invites SET redeemed_at = ${now} WHERE id = ${invite.id} AND redeemed_at IS NULL RETURNING id`;
    if (!claimed) return null;
    const [session] = await tx<{ id: string }[]>`
      INSERT INTO interviews (org_id, assessment_id, invite_id, token_hash, state, given_task_ids, data_seed)
      VALUES (${invite.org_id}, ${invite.assessment_id}, ${invite.id}, ${tokenHash}, 'in_progress', ${tx.json(given)}, ${invite.personal_data ? dataSeedFor(invite.id) : null})
      RETURNING id`;
    await tx`INSERT INTO events ${tx([
      {
        org_id: invite.org_id,
        session_id: session!.id,
        type: 'code_redeemed',
        payload: tx.json({ from: 'invited', to: 'in_progress' }),
        at: now,
      },
      ...(first.done
        ? []
        : [
            {
              org_id: invite.org_id,
              session_id: session!.id,
              type: 'task_chosen',
              payload: tx.json({ taskId: first.taskId, reason: first.reason }),
              at: now,
            },
          ]),
    ])}`;
    return session!.id;
  });
  if (!sessionId) return { ok: false, reason: 'already_used' };

  const session = (await loadInterview(sql, { id: sessionId }))!;
  const taskId = currentTaskId(session);
  const task = taskId ? await loadIssuedTask(sql, session, taskId) : null;
  return {
    ok: true,
    response: { sessionToken: token, session: interviewView(session, now), task: task ? publicPartOf(task) : null },
  };
}
