import type { Sql } from '../db/client';
import type { Role, User } from '../../shared/api/accounts';
import { hashPassword, verifyPassword } from '../crypto/password';
import { hashToken, newToken } from '../crypto/tokens';

/** A sign-in lasts a working day; after that the recruiter signs in again. */
export const SIGN_IN_HOURS = 12;
export const SESSION_COOKIE = 'ei_session';

export interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: Date;
  removed_at: Date | null;
}

/** The organisation a sign-in belongs to, as every page shows it: its name, and the time zone of its dates. */
export interface SignedInOrganisation {
  id: string;
  name: string;
  timeZone: string;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  active: row.password_hash !== null,
  createdAt: row.created_at.toISOString(),
});

/** Compared against when the email is unknown, so a wrong email costs the same time as a wrong password. */
let decoyHash: Promise<string> | null = null;

export type SignInOutcome = ({ ok: true; user: UserRow } & OpenedSignIn) | { ok: false };

/**
 * Checks an email and password and opens a browser session; the cookie's token is returned once. An email
 * may have an account in several organisations, each with its own password: the password says which
 * (the oldest account, when one password opens two).
 */
export async function signIn(sql: Sql, email: string, password: string, now: Date): Promise<SignInOutcome> {
  const accounts = await sql<UserRow[]>`
    SELECT * FROM users WHERE lower(email) = lower(${email}) AND password_hash IS NOT NULL AND removed_at IS NULL ORDER BY created_at, id`;
  decoyHash ??= hashPassword('decoy password, never valid');
  if (accounts.length === 0) {
    await verifyPassword(password, await decoyHash);
    return { ok: false };
  }
  for (const user of accounts) {
    if (await verifyPassword(password, user.password_hash!)) return { ok: true, ...(await openSignIn(sql, user, now)), user };
  }
  return { ok: false };
}

/** A new sign-in: the cookie's token (shown once), its CSRF token, and the organisation for the page. */
export interface OpenedSignIn {
  token: string;
  csrfToken: string;
  organisation: SignedInOrganisation;
}

export async function openSignIn(sql: Sql, user: Pick<UserRow, 'id' | 'org_id'>, now: Date): Promise<OpenedSignIn> {
  const token = newToken('eiw_');
  const csrfToken = newToken('');
  const [row] = await sql<{ name: string; time_zone: string }[]>`
    WITH opened AS (
      INSERT INTO sign_ins (token_hash, org_id, user_id, csrf_token, expires_at)
      VALUES (${await hashToken(token)}, ${user.org_id}, ${user.id}, ${csrfToken}, ${new Date(now.getTime() + SIGN_IN_HOURS * 3_600_000)})
      RETURNING org_id)
    SELECT o.name, o.time_zone FROM opened JOIN organisations o ON o.id = opened.org_id`;
  return { token, csrfToken, organisation: { id: user.org_id, name: row!.name, timeZone: row!.time_zone } };
}

export interface SignedIn {
  user: UserRow;
  organisation: SignedInOrganisation;
  csrfToken: string;
  tokenHash: string;
}

/** The signed-in user behind a cookie's token, or null when it is unknown, expired, or the colleague was removed. */
export async function findSignIn(sql: Sql, token: string, now: Date): Promise<SignedIn | null> {
  const tokenHash = await hashToken(token);
  const [row] = await sql<(UserRow & { csrf_token: string; organisation_name: string; time_zone: string })[]>`
    SELECT u.*, s.csrf_token, o.name AS organisation_name, o.time_zone
    FROM sign_ins s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = s.org_id
    WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now} AND u.removed_at IS NULL`;
  if (!row) return null;
  const { csrf_token, organisation_name, time_zone, ...user } = row;
  return { user, organisation: { id: user.org_id, name: organisation_name, timeZone: time_zone }, csrfToken: csrf_token, tokenHash };
}

export async function closeSignIn(sql: Sql, tokenHash: string): Promise<void> {
  await sql`DELETE FROM sign_ins WHERE token_hash = ${tokenHash}`;
}
