import type { Queryable, Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import type { Recruiter } from './recruiter';
import type { InviteUserRequest, Role, User } from '../../shared/api/accounts';
import type { Links } from '../../shared/links';
import { hashPassword, verifyPassword } from '../crypto/password';
import { hashToken, newToken } from '../crypto/tokens';
import { passwordLinkMail } from '../mail/messages';
import { queueMail } from '../mail/outbox';
import { toUser, type UserRow } from './sign-ins';

const SET_PASSWORD_DAYS = 7;
/** A reset link is short-lived: whoever reads the mailbox later should find it spent. */
const RESET_PASSWORD_HOURS = 1;

export type InviteUserOutcome = { ok: true; user: User; token: string; expiresAt: Date } | { ok: false; reason: 'email_taken' };
export type ChangeUserOutcome = { ok: true; user: User } | { ok: false; reason: 'not_found' | 'last_admin' };

/** The organisation's name and time zone, as a password mail names them. */
async function organisationOf(tx: Queryable, orgId: string) {
  const [org] = await tx<{ name: string; time_zone: string }[]>`SELECT name, time_zone FROM organisations WHERE id = ${orgId}`;
  return org!;
}

/** Queues the mail with a single-use password link; the token's hash is already on the user. */
async function queuePasswordMail(tx: Queryable, row: UserRow, token: string, expiresAt: Date, links: Links, purpose: 'set' | 'reset') {
  const org = await organisationOf(tx, row.org_id);
  const mail = passwordLinkMail({
    organisationName: org.name,
    timeZone: org.time_zone,
    name: row.name,
    email: row.email,
    link: purpose === 'set' ? links.setPassword(token) : links.resetPassword(token),
    expiresAt,
    purpose,
  });
  await queueMail(tx, { orgId: row.org_id, kind: purpose === 'set' ? 'set_password' : 'reset_password', userId: row.id, mail });
}

/**
 * Locks the organisation's admins and says whether `userId` is the last of them: the one check that keeps
 * an organisation from losing its last admin to a removal or a change of role, also when two happen at once.
 */
async function isLastAdmin(tx: Queryable, orgId: string, userId: string): Promise<boolean> {
  const admins = await tx<{ id: string }[]>`
    SELECT id FROM users WHERE org_id = ${orgId} AND role = 'admin' AND removed_at IS NULL ORDER BY id FOR UPDATE`;
  return admins.length === 1 && admins[0]!.id === userId;
}

/** Colleagues of one organisation. */
export function usersFor(sql: Sql, who: Recruiter) {
  const { orgId, userId } = who;
  return {
    async list(): Promise<User[]> {
      const rows = await sql<UserRow[]>`SELECT * FROM users WHERE org_id = ${orgId} AND removed_at IS NULL ORDER BY created_at LIMIT 1000`;
      return rows.map(toUser);
    },

    /**
     * Adds a colleague without a password, e-mails them the single-use link with which they set one, and
     * returns the token (shown once) for an admin who would rather pass it on by hand.
     */
    async invite(input: InviteUserRequest, now: Date, links: Links): Promise<InviteUserOutcome> {
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
        await queuePasswordMail(tx, row, token, expiresAt, links, 'set');
        return { ok: true, user: toUser(row), token, expiresAt } as const;
      });
    },

    /** Removes a colleague: their sign-ins end at once and they can no longer sign in. Never the last admin. */
    async remove(id: string): Promise<ChangeUserOutcome> {
      return inTransaction(sql, async (tx) => {
        if (await isLastAdmin(tx, orgId, id)) return { ok: false, reason: 'last_admin' } as const;
        const [row] = await tx<UserRow[]>`
          UPDATE users SET removed_at = now(), invite_token_hash = NULL, invite_expires_at = NULL
          WHERE id = ${id} AND org_id = ${orgId} AND removed_at IS NULL RETURNING *`;
        if (!row) return { ok: false, reason: 'not_found' } as const;
        await tx`DELETE FROM sign_ins WHERE user_id = ${id}`;
        await audit(tx, { orgId, userId, action: 'user.remove', targetId: id, details: { email: row.email } });
        return { ok: true, user: toUser(row) } as const;
      });
    },

    /** Gives a colleague another role; the last admin stays an admin. */
    async changeRole(id: string, role: Role): Promise<ChangeUserOutcome> {
      return inTransaction(sql, async (tx) => {
        if (role !== 'admin' && (await isLastAdmin(tx, orgId, id))) return { ok: false, reason: 'last_admin' } as const;
        const [row] = await tx<UserRow[]>`
          UPDATE users SET role = ${role} WHERE id = ${id} AND org_id = ${orgId} AND removed_at IS NULL RETURNING *`;
        if (!row) return { ok: false, reason: 'not_found' } as const;
        await audit(tx, { orgId, userId, action: 'user.role', targetId: id, details: { role } });
        return { ok: true, user: toUser(row) } as const;
      });
    },
  };
}

/**
 * Sets a colleague's password with a single-use link's token (a new colleague's first, or a reset) and
 * spends the token; every sign-in they had ends. Null when the token is unknown, used or expired.
 */
export async function setPasswordWithToken(sql: Sql, token: string, password: string, now: Date): Promise<UserRow | null> {
  const passwordHash = await hashPassword(password);
  const tokenHash = await hashToken(token);
  return inTransaction(sql, async (tx) => {
    const [row] = await tx<(UserRow & { first: boolean })[]>`
      UPDATE users u SET password_hash = ${passwordHash}, invite_token_hash = NULL, invite_expires_at = NULL
      FROM (SELECT id, password_hash IS NULL AS first FROM users WHERE invite_token_hash = ${tokenHash} FOR UPDATE) before
      WHERE u.id = before.id AND u.invite_expires_at > ${now} AND u.removed_at IS NULL
      RETURNING u.*, before.first`;
    if (!row) return null;
    const { first, ...user } = row;
    await tx`DELETE FROM sign_ins WHERE user_id = ${user.id}`;
    await audit(tx, { orgId: user.org_id, userId: user.id, action: first ? 'user.activate' : 'user.password_reset', targetId: user.id });
    return user;
  });
}

/**
 * A forgotten password: every active account with this email (one per organisation) gets a reset link by
 * e-mail, valid for an hour. The answer is the same whether or not the email has an account.
 */
export async function requestPasswordReset(sql: Sql, email: string, now: Date, links: Links): Promise<number> {
  const expiresAt = new Date(now.getTime() + RESET_PASSWORD_HOURS * 3_600_000);
  return inTransaction(sql, async (tx) => {
    const accounts = await tx<UserRow[]>`
      SELECT * FROM users WHERE lower(email) = lower(${email}) AND password_hash IS NOT NULL AND removed_at IS NULL FOR UPDATE`;
    for (const row of accounts) {
      const token = newToken('eiu_');
      await tx`UPDATE users SET invite_token_hash = ${await hashToken(token)}, invite_expires_at = ${expiresAt} WHERE id = ${row.id}`;
      await queuePasswordMail(tx, row, token, expiresAt, links, 'reset');
    }
    return accounts.length;
  });
}

export type ChangePasswordOutcome = { ok: true } | { ok: false; reason: 'wrong_password' };

/** A colleague changes their own password, knowing the current one; their other sign-ins end, this one stays. */
export async function changeOwnPassword(
  sql: Sql,
  user: Pick<UserRow, 'id' | 'org_id' | 'password_hash'>,
  keepSignIn: string,
  current: string,
  next: string,
): Promise<ChangePasswordOutcome> {
  if (!user.password_hash || !(await verifyPassword(current, user.password_hash))) return { ok: false, reason: 'wrong_password' };
  const passwordHash = await hashPassword(next);
  await inTransaction(sql, async (tx) => {
    await tx`UPDATE users SET password_hash = ${passwordHash} WHERE id = ${user.id}`;
    await tx`DELETE FROM sign_ins WHERE user_id = ${user.id} AND token_hash <> ${keepSignIn}`;
    await audit(tx, { orgId: user.org_id, userId: user.id, action: 'user.password_change', targetId: user.id });
  });
  return { ok: true };
}
