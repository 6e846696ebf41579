import type { Sql } from '../db/client';
import type { ApiToken } from '../../shared/api/accounts';
import { hashToken, newToken, TOKEN_PREFIX } from '../auth/tokens';

interface TokenRow { id: string; name: string; created_at: Date; revoked_at: Date | null }

const toApiToken = (row: TokenRow): ApiToken => ({
  id: row.id, name: row.name, createdAt: row.created_at.toISOString(), revokedAt: row.revoked_at?.toISOString() ?? null,
});

/**
 * API tokens of one organisation, for integrations. A token made here belongs to no user, so it acts as a
 * recruiter (never as an admin) and outlives the person who made it.
 */
export function apiTokensFor(sql: Sql, orgId: string) {
  return {
    async list(): Promise<ApiToken[]> {
      return (await sql<TokenRow[]>`SELECT id, name, created_at, revoked_at FROM api_tokens WHERE org_id = ${orgId} ORDER BY created_at DESC LIMIT 500`).map(toApiToken);
    },

    async create(name: string): Promise<{ apiToken: ApiToken; token: string }> {
      const token = newToken(TOKEN_PREFIX.apiToken);
      const [row] = await sql<TokenRow[]>`
        INSERT INTO api_tokens (org_id, name, token_hash) VALUES (${orgId}, ${name}, ${await hashToken(token)})
        RETURNING id, name, created_at, revoked_at`;
      return { apiToken: toApiToken(row!), token };
    },

    /** Revokes once; revoking again changes nothing. Null when the token is not this organisation's. */
    async revoke(id: string, now: Date): Promise<ApiToken | null> {
      const [row] = await sql<TokenRow[]>`
        UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ${now}) WHERE id = ${id} AND org_id = ${orgId}
        RETURNING id, name, created_at, revoked_at`;
      return row ? toApiToken(row) : null;
    },
  };
}
