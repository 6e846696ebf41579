import type { Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import type { Recruiter } from './recruiter';
import type { Settings, UpdateSettingsRequest } from '../../shared/api/accounts';

/** What the dashboard may know about the model: never the key. */
export interface LlmDescription {
  model: string;
  endpoint: string;
}

export function settingsFor(sql: Sql, who: Recruiter, llm: LlmDescription | null) {
  const { orgId, userId } = who;
  const read = async (): Promise<Settings> => {
    const [row] = await sql<{ webhook_url: string | null; secret_set: boolean }[]>`
      SELECT webhook_url, webhook_secret IS NOT NULL AS secret_set FROM organisations WHERE id = ${orgId}`;
    return {
      webhookUrl: row?.webhook_url ?? null,
      webhookSecretSet: row?.secret_set ?? false,
      llm: { configured: llm !== null, model: llm?.model ?? null, endpoint: llm?.endpoint ?? null },
    };
  };
  return {
    read,
    async update(input: UpdateSettingsRequest): Promise<Settings> {
      await inTransaction(sql, async (tx) => {
        await tx`UPDATE organisations SET webhook_url = ${input.webhookUrl},
          webhook_secret = ${input.webhookSecret === undefined ? tx`webhook_secret` : input.webhookSecret}
          WHERE id = ${orgId}`;
        await audit(tx, {
          orgId,
          userId,
          action: 'settings.update',
          details: { webhookUrl: input.webhookUrl, secretChanged: input.webhookSecret !== undefined },
        });
      });
      return read();
    },
  };
}
