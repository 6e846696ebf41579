import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from '../accounts/audit';
import type { Recruiter } from '../accounts/recruiter';
import { hashToken, newToken } from '../crypto/tokens';
import type { CreatedShareLink, SharedResult, ShareLink } from '../../shared/api/pipeline';
import { resultsFor } from './results';

const SHARE_PREFIX = 'eish_';

interface LinkRow {
  id: string;
  created_at: Date;
  created_by: string | null;
  expires_at: Date;
  revoked_at: Date | null;
  opens: number;
  last_opened_at: Date | null;
}

const toLink = (r: LinkRow): ShareLink => ({
  id: r.id,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
  expiresAt: r.expires_at.toISOString(),
  revokedAt: r.revoked_at?.toISOString() ?? null,
  opens: r.opens,
  lastOpenedAt: r.last_opened_at?.toISOString() ?? null,
});

/** Links of one organisation, by one interview or one id, newest first. */
async function linksWhere(sql: Sql, orgId: string, by: { sessionId: string } | { id: string }): Promise<ShareLink[]> {
  const rows = await sql<LinkRow[]>`
    SELECT l.id, l.created_at, u.name AS created_by, l.expires_at, l.revoked_at, l.opens, l.last_opened_at
    FROM share_links l LEFT JOIN users u ON u.id = l.created_by
    WHERE l.org_id = ${orgId} AND ${'id' in by ? sql`l.id = ${by.id}` : sql`l.session_id = ${by.sessionId}`}
    ORDER BY l.created_at DESC`;
  return rows.map(toLink);
}

/** Read-only links to one organisation's results: made, listed and revoked by its people, each step audited. */
export function shareLinksFor(sql: Sql, who: Recruiter, url: (token: string) => string) {
  const { orgId, userId } = who;
  return {
    /** A new link; the address is returned this once (only its hash is kept). Null when the interview is not this organisation's. */
    async create(sessionId: string, expiresInDays: number, now: Date): Promise<CreatedShareLink | null> {
      const token = newToken(SHARE_PREFIX);
      const expiresAt = new Date(now.getTime() + expiresInDays * 86_400_000);
      const tokenHash = await hashToken(token);
      const id = await inTransaction(sql, async (tx) => {
        const [row] = await tx<{ id: string }[]>`
          INSERT INTO share_links (org_id, session_id, token_hash, created_by, created_at, expires_at)
          SELECT ${orgId}, id, ${tokenHash}, ${userId}, ${now}, ${expiresAt} FROM interviews WHERE id = ${sessionId} AND org_id = ${orgId}
          RETURNING id`;
        if (row) await audit(tx, { orgId, userId, action: 'share.create', targetId: sessionId, details: { linkId: row.id, expiresAt } });
        return row?.id ?? null;
      });
      if (!id) return null;
      const [link] = await linksWhere(sql, orgId, { id });
      return { link: link!, url: url(token) };
    },

    list: (sessionId: string) => linksWhere(sql, orgId, { sessionId }),

    /** Stops a link at once; revoking twice keeps the first time. Null when it is not this organisation's. */
    async revoke(id: string, now: Date): Promise<ShareLink | null> {
      const revoked = await inTransaction(sql, async (tx) => {
        const [row] = await tx<{ session_id: string }[]>`
          UPDATE share_links SET revoked_at = COALESCE(revoked_at, ${now}) WHERE id = ${id} AND org_id = ${orgId} RETURNING session_id`;
        if (row) await audit(tx, { orgId, userId, action: 'share.revoke', targetId: row.session_id, details: { linkId: id } });
        return row !== undefined;
      });
      return revoked ? ((await linksWhere(sql, orgId, { id }))[0] ?? null) : null;
    },
  };
}

export type OpenShareOutcome = { ok: true; shared: SharedResult } | { ok: false; reason: 'not_found' | 'expired' | 'revoked' };

/**
 * Opens a share link, as a hiring manager without an account does: the result, read-only, while the link is
 * neither expired nor revoked. Every opening is counted and written to the organisation's audit log.
 */
export async function openShareLink(sql: Sql, token: string, now: Date): Promise<OpenShareOutcome> {
  if (!token.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'not_found' };
  const [link] = await sql<
    { id: string; org_id: string; session_id: string; expires_at: Date; revoked_at: Date | null; org_name: string; time_zone: string }[]
  >`
    SELECT l.id, l.org_id, l.session_id, l.expires_at, l.revoked_at, o.name AS org_name, o.time_zone
    FROM share_links l JOIN organisations o ON o.id = l.org_id WHERE l.token_hash = ${await hashToken(token)}`;
  if (!link) return { ok: false, reason: 'not_found' };
  if (link.revoked_at) return { ok: false, reason: 'revoked' };
  if (link.expires_at <= now) return { ok: false, reason: 'expired' };
  const results = await resultsFor(sql, link.org_id).session(link.session_id);
  if (!results) return { ok: false, reason: 'not_found' };
  await inTransaction(sql, async (tx) => {
    await tx`UPDATE share_links SET opens = opens + 1, last_opened_at = ${now} WHERE id = ${link.id}`;
    await audit(tx, { orgId: link.org_id, userId: null, action: 'share.open', targetId: link.session_id, details: { linkId: link.id } });
  });
  return {
    ok: true,
    shared: { organisation: { name: link.org_name, timeZone: link.time_zone }, expiresAt: link.expires_at.toISOString(), results },
  };
}
