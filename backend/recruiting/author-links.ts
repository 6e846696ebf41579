import type { WorkbookSnapshot } from '../../shared/snapshot';
import { normaliseInviteCode } from '../../shared/invite-code';
import type { Sql } from '../db/client';
import type { Recruiter } from '../accounts/recruiter';
import { hashToken, newInviteCode, newToken, TOKEN_PREFIX } from '../crypto/tokens';
import { tooManyCells } from './task-drafts';

/** How long a code shown in the dashboard may be typed into the pane, and how long the pane may capture then. */
export const AUTHOR_CODE_MINUTES = 15;
export const AUTHOR_TOKEN_HOURS = 4;

export interface AuthorLink {
  id: string;
  orgId: string;
  userId: string | null;
  starterAt: string | null;
  solvedAt: string | null;
}

interface LinkRow {
  id: string;
  org_id: string;
  user_id: string | null;
  starter_at: string | null;
  solved_at: string | null;
}
const toLink = (r: LinkRow): AuthorLink => ({
  id: r.id,
  orgId: r.org_id,
  userId: r.user_id,
  starterAt: r.starter_at,
  solvedAt: r.solved_at,
});
const COLUMNS = `id, org_id, user_id, starter->>'capturedAt' AS starter_at, solved->>'capturedAt' AS solved_at`;

/** A one-time code for the task pane's author mode; only its hash is kept. */
export async function newAuthorCode(sql: Sql, who: Recruiter, now: Date): Promise<{ code: string; expiresAt: string }> {
  const code = newInviteCode();
  const expiresAt = new Date(now.getTime() + AUTHOR_CODE_MINUTES * 60_000);
  await sql`INSERT INTO author_links (org_id, user_id, code_hash, code_expires_at)
    VALUES (${who.orgId}, ${who.userId}, ${await hashToken(code)}, ${expiresAt})`;
  return { code, expiresAt: expiresAt.toISOString() };
}

/**
 * Exchanges a code for the pane's token, once: a code already used, expired or never made gives null (the
 * same answer for each, so a guess learns nothing).
 */
export async function connectAuthor(
  sql: Sql,
  typed: string,
  now: Date,
): Promise<{ token: string; expiresAt: string; organisation: string } | null> {
  const code = normaliseInviteCode(typed);
  if (!code) return null;
  const token = newToken(TOKEN_PREFIX.author);
  const expiresAt = new Date(now.getTime() + AUTHOR_TOKEN_HOURS * 3_600_000);
  const [row] = await sql<{ organisation: string }[]>`
    UPDATE author_links l SET token_hash = ${await hashToken(token)}, token_expires_at = ${expiresAt}
    FROM organisations o
    WHERE l.code_hash = ${await hashToken(code)} AND l.token_hash IS NULL AND l.code_expires_at > ${now} AND o.id = l.org_id
    RETURNING o.name AS organisation`;
  return row ? { token, expiresAt: expiresAt.toISOString(), organisation: row.organisation } : null;
}

/** The link a pane's token belongs to, while it is valid (any other kind of token finds nothing). */
export async function findAuthorLink(sql: Sql, token: string, now: Date): Promise<AuthorLink | null> {
  if (!token.startsWith(TOKEN_PREFIX.author)) return null;
  const [row] = await sql<LinkRow[]>`SELECT ${sql.unsafe(COLUMNS)} FROM author_links
    WHERE token_hash = ${await hashToken(token)} AND token_expires_at > ${now}`;
  return row ? toLink(row) : null;
}

/**
 * Keeps the open workbook as the task's starter or its solved version (a later capture replaces an earlier one);
 * a workbook larger than an authored task may be is refused with a sentence.
 */
export async function captureWorkbook(
  sql: Sql,
  link: AuthorLink,
  kind: 'starter' | 'solved',
  snapshot: WorkbookSnapshot,
): Promise<{ ok: true; link: AuthorLink } | { ok: false; message: string }> {
  const tooMany = tooManyCells(snapshot);
  if (tooMany) return { ok: false, message: `The workbook ${tooMany}` };
  const [row] = await sql<LinkRow[]>`UPDATE author_links SET ${sql(kind)} = ${sql.json(snapshot)}
    WHERE id = ${link.id} RETURNING ${sql.unsafe(COLUMNS)}`;
  return { ok: true, link: toLink(row!) };
}

/** Both captures, when both were made. */
export async function capturedPair(sql: Sql, link: AuthorLink): Promise<{ starter: WorkbookSnapshot; solved: WorkbookSnapshot } | null> {
  const [row] = await sql<{ starter: WorkbookSnapshot | null; solved: WorkbookSnapshot | null }[]>`
    SELECT starter, solved FROM author_links WHERE id = ${link.id}`;
  return row?.starter && row.solved ? { starter: row.starter, solved: row.solved } : null;
}
