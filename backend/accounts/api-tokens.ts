import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import type { Recruiter } from './recruiter';
import type { ApiToken } from '../../shared/api/accounts';
import { hashToken, newToken, TOKEN_PREFIX } from '../crypto/tokens';

interface TokenRow {
  id: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
}

const toApiToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/**
 * API tokens of one organisation, for integrations. A token made here belongs to no user, so it acts as a
 * recruiter (never as an admin) and outlives the person who made it.
 */
export function apiTokensFor(sql: Sql, who: Recruiter) {
  const { orgId, userId } = who;
  return {
    async list(): Promise<ApiToken[]> {
      return (
        await sql<
          TokenRow[]
        >`SELECT id, name, created_at, revoked_at FROM api_tokens WHERE org_id = ${orgId} ORDER BY created_at DESC LIMIT 500`
      ).map(toApiToken);
    },

    async create(name: string): Promise<{ apiToken: ApiToken; token: string }> {
      const token = newToken(TOKEN_PREFIX.apiToken);
      const tokenHash = await hashToken(token);
      return inTransaction(sql, async (tx) => {
        const [row] = await tx<TokenRow[]>`
          INSERT INTO api_tokens (org_id, name, token_hash) VALUES (${orgId}, ${name}, ${tokenHash})
          RETURNING id, name, created_at, revoked_at`;
        await audit(tx, { orgId, userId, action: 'api_token.create', targetId: row!.id, details: { name } });
        return { apiToken: toApiToken(row!), token };
      });
    },

    /** Revokes once; revoking again changes nothing. Null when the token is not this organisation's. */
    async revoke(id: string, now: Date): Promise<ApiToken | null> {
      return inTransaction(sql, async (tx) => {
        const [row] = await tx<TokenRow[]>`
          UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ${now}) WHERE id = ${id} AND org_id = ${orgId}
          RETURNING id, name, created_at, revoked_at`;
        if (row) await audit(tx, { orgId, userId, action: 'api_token.revoke', targetId: row.id });
        return row ? toApiToken(row) : null;
      });
    },
  };
}

/** The organisation and maker of a live API token, or null when it is unknown or revoked. */
export async function findApiToken(sql: Sql, token: string): Promise<{ orgId: string; userId: string | null } | null> {
  const [row] = await sql<{ org_id: string; user_id: string | null }[]>`
    SELECT org_id, user_id FROM api_tokens WHERE token_hash = ${await hashToken(token)} AND revoked_at IS NULL`;
  return row ? { orgId: row.org_id, userId: row.user_id } : null;
}
