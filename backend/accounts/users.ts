import type { Sql } from '../db/client';
import type { InviteUserRequest, User } from '../../shared/api/accounts';
import { hashPassword } from '../auth/password';
import { hashToken, newToken } from '../auth/tokens';
import { toUser, type UserRow } from './browser-sessions';

const SET_PASSWORD_DAYS = 7;

export type InviteUserOutcome = { ok: true; user: User; token: string; expiresAt: Date } | { ok: false; reason: 'email_taken' };

/** Colleagues of one organisation. */
export function usersFor(sql: Sql, orgId: string) {
  return {
    async list(): Promise<User[]> {
      const rows = await sql<UserRow[]>`SELECT * FROM users WHERE org_id = ${orgId} ORDER BY created_at LIMIT 1000`;
      return rows.map(toUser);
    },

    /** Adds a colleague without a password and returns the single-use token with which they set one. */
    async invite(input: InviteUserRequest, now: Date): Promise<InviteUserOutcome> {
      const token = newToken('eiu_');
      const expiresAt = new Date(now.getTime() + SET_PASSWORD_DAYS * 86_400_000);
      const [row] = await sql<UserRow[]>`
        INSERT INTO users (org_id, email, name, role, invite_token_hash, invite_expires_at)
        VALUES (${orgId}, ${input.email}, ${input.name}, ${input.role}, ${await hashToken(token)}, ${expiresAt})
        ON CONFLICT (org_id, lower(email)) DO NOTHING RETURNING *`;
      return row ? { ok: true, user: toUser(row), token, expiresAt } : { ok: false, reason: 'email_taken' };
    },
  };
}

/** Sets the invited colleague's password and spends the token; null when the token is unknown, used or expired. */
export async function acceptUserInvite(sql: Sql, token: string, password: string, now: Date): Promise<UserRow | null> {
  const passwordHash = await hashPassword(password);
  const [row] = await sql<UserRow[]>`
    UPDATE users SET password_hash = ${passwordHash}, invite_token_hash = NULL, invite_expires_at = NULL
    WHERE invite_token_hash = ${await hashToken(token)} AND invite_expires_at > ${now} RETURNING *`;
  return row ?? null;
}
