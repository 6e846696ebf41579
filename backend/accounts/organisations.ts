import type { Queryable, Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import type { Links } from '../../shared/links';
import { hashPassword } from '../crypto/password';
import { hashToken, newToken } from '../crypto/tokens';
import { passwordLinkMail } from '../mail/messages';
import { queueMail } from '../mail/outbox';
import { audit } from './audit';
import type { UserRow } from './sign-ins';

/** An admin's first set-password link stays valid for a week, as a colleague's does. */
const FIRST_ADMIN_LINK_DAYS = 7;
/** The first-run setup token is good for a day; a new one is printed at the next start (or asked for). */
const SETUP_TOKEN_HOURS = 24;

export interface NewOrganisation {
  name: string;
  adminEmail: string;
  adminName: string;
  timeZone: string;
}

/** Whether the database has no organisation yet: a fresh install, waiting for its first-run setup. */
export async function noOrganisationYet(sql: Queryable): Promise<boolean> {
  const [row] = await sql`SELECT 1 FROM organisations LIMIT 1`;
  return !row;
}

async function insertOrganisation(tx: Queryable, input: NewOrganisation, passwordHash: string | null) {
  const [org] = await tx<{ id: string }[]>`
    INSERT INTO organisations (name, time_zone) VALUES (${input.name}, ${input.timeZone}) RETURNING id`;
  const [admin] = await tx<UserRow[]>`
    INSERT INTO users (org_id, email, name, role, password_hash)
    VALUES (${org!.id}, ${input.adminEmail}, ${input.adminName}, 'admin', ${passwordHash}) RETURNING *`;
  await audit(tx, { orgId: org!.id, userId: admin!.id, action: 'organisation.create', targetId: org!.id, details: { name: input.name } });
  return { orgId: org!.id, admin: admin! };
}

/**
 * A new organisation and its first admin, who has no password yet: the single-use link to set one is
 * returned (`npm run create-org` prints it) and e-mailed through the outbox.
 */
export async function createOrganisation(
  sql: Sql,
  input: NewOrganisation,
  now: Date,
  links: Links,
): Promise<{ orgId: string; adminId: string; setPasswordLink: string; expiresAt: Date }> {
  const token = newToken('eiu_');
  const expiresAt = new Date(now.getTime() + FIRST_ADMIN_LINK_DAYS * 86_400_000);
  const tokenHash = await hashToken(token);
  return inTransaction(sql, async (tx) => {
    const { orgId, admin } = await insertOrganisation(tx, input, null);
    await tx`UPDATE users SET invite_token_hash = ${tokenHash}, invite_expires_at = ${expiresAt} WHERE id = ${admin.id}`;
    const link = links.setPassword(token);
    const mail = passwordLinkMail({
      organisationName: input.name,
      timeZone: input.timeZone,
      name: input.adminName,
      email: input.adminEmail,
      link,
      expiresAt,
      purpose: 'set',
    });
    await queueMail(tx, { orgId, kind: 'set_password', userId: admin.id, mail });
    return { orgId, adminId: admin.id, setPasswordLink: link, expiresAt };
  });
}

/**
 * While no organisation exists: a fresh one-time setup token (older ones are dropped), for the server to
 * print in its log. Null once an organisation exists, so the setup page is closed for good.
 */
export async function issueSetupToken(sql: Sql, now: Date): Promise<string | null> {
  const token = newToken('setup_');
  const tokenHash = await hashToken(token);
  return inTransaction(sql, async (tx) => {
    await tx`LOCK TABLE organisations IN EXCLUSIVE MODE`;
    if (!(await noOrganisationYet(tx))) return null;
    await tx`DELETE FROM setup_tokens`;
    await tx`INSERT INTO setup_tokens (token_hash, expires_at) VALUES (${tokenHash}, ${new Date(now.getTime() + SETUP_TOKEN_HOURS * 3_600_000)})`;
    return token;
  });
}

/** Whether a setup token is waiting to be used (so a Worker does not print a new one at every look). */
export async function setupTokenWaiting(sql: Sql, now: Date): Promise<boolean> {
  const [row] = await sql`SELECT 1 FROM setup_tokens WHERE expires_at > ${now} LIMIT 1`;
  return !!row;
}

export type SetupOutcome = { ok: true; admin: UserRow } | { ok: false; reason: 'already_set_up' | 'bad_token' };

/**
 * The first-run setup: with the token from the server's log, creates the first organisation and its admin
 * (who chooses their password here) and spends every setup token. Once an organisation exists it is refused.
 */
export async function completeSetup(
  sql: Sql,
  token: string,
  input: NewOrganisation & { password: string },
  now: Date,
): Promise<SetupOutcome> {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = await hashToken(token);
  return inTransaction(sql, async (tx) => {
    // Serialises two setups (and a demo seed) against one database: only one organisation can be the first.
    await tx`LOCK TABLE organisations IN EXCLUSIVE MODE`;
    if (!(await noOrganisationYet(tx))) return { ok: false, reason: 'already_set_up' } as const;
    const [valid] = await tx`SELECT 1 FROM setup_tokens WHERE token_hash = ${tokenHash} AND expires_at > ${now}`;
    if (!valid) return { ok: false, reason: 'bad_token' } as const;
    await tx`DELETE FROM setup_tokens`;
    const { admin } = await insertOrganisation(tx, input, passwordHash);
    return { ok: true, admin } as const;
  });
}
