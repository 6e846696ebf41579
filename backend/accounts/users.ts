import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import type { Recruiter } from './recruiter';
import type { InviteUserRequest, User } from '../../shared/api/accounts';
import { hashPassword } from '../crypto/password';
import { hashToken, newToken } from '../crypto/tokens';
import { toUser, type UserRow } from './sign-ins';

const SET_PASSWORD_DAYS = 7;

export type InviteUserOutcome = { ok: true; user: User; token: string; expiresAt: Date } | { ok: false; reason: 'email_taken' };

/** Colleagues of one organisation. */
export function usersFor(sql: Sql, who: Recruiter) {
  const { orgId, userId } = who;
  return {
    async list(): Promise<User[]> {
      const rows = await sql<UserRow[]>`SELECT * FROM users WHERE org_id = ${orgId} ORDER BY created_at LIMIT 1000`;
      return rows.map(toUser);
    },

    /** Adds a colleague without a password and returns the single-use token with which they set one. */
    async invite(input: InviteUserRequest, now: Date): Promise<InviteUserOutcome> {
      const token = newToken('eiu_');
      const expiresAt = new Date(now.getTime() + SET_PASSWORD_DAYS * 86_400_000);
      const tokenHash = await hashToken(token);
      return inTransaction(sql, async (tx) => {
        const [row] = await tx<UserRow[]>`
          INSERT INTO users (org_id, email, name, role, invite_token_hash, invite_expires_at)
          VALUES (${orgId}, ${input.email}, ${input.name}, ${input.role}, ${tokenHash}, ${expiresAt})
          ON CONFLICT (org_id, lower(email)) DO NOTHING RETURNING *`;
        if (!row) return { ok: false, reason: 'email_taken' } as const;
        await audit(tx, { orgId, userId, action: 'user.invite', targetId: row.id, details: { email: row.email, role: row.role } });
        return { ok: true, user: toUser(row), token, expiresAt } as const;
      });
    },
  };
}

/** Sets the invited colleague's password and spends the token; null when the token is unknown, used or expired. */
export async function acceptUserInvite(sql: Sql, token: string, password: string, now: Date): Promise<UserRow | null> {
  const passwordHash = await hashPassword(password);
  const tokenHash = await hashToken(token);
  return inTransaction(sql, async (tx) => {
    const [row] = await tx<UserRow[]>`
      UPDATE users SET password_hash = ${passwordHash}, invite_token_hash = NULL, invite_expires_at = NULL
      WHERE invite_token_hash = ${tokenHash} AND invite_expires_at > ${now} RETURNING *`;
    if (row) await audit(tx, { orgId: row.org_id, userId: row.id, action: 'user.activate', targetId: row.id });
    return row ?? null;
  });
}
