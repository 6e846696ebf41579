import type { Queryable, Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import { audit } from './audit';
import type { Recruiter } from './recruiter';
import type { Settings, UpdateSettingsRequest } from '../../shared/api/accounts';

/** What the dashboard may know about the model: never the key. */
export interface LlmDescription {
  model: string;
  endpoint: string;
}

/** How this deployment sends mail, for the admin page: never a password or a key. */
export interface MailDescription {
  transport: 'smtp' | 'http' | 'outbox';
  from: string | null;
}

interface SettingsRow {
  name: string;
  time_zone: string;
  candidate_message: string | null;
  closing_message: string | null;
  candidates_see_scores: boolean;
  retention_days: number | null;
  reminder_hours: number;
  stages: string[];
  webhook_url: string | null;
  secret_set: boolean;
}

/** Settings fields and the columns that keep them. */
const COLUMNS = {
  name: 'name',
  timeZone: 'time_zone',
  candidateMessage: 'candidate_message',
  closingMessage: 'closing_message',
  candidatesSeeScores: 'candidates_see_scores',
  retentionDays: 'retention_days',
  reminderHours: 'reminder_hours',
  stages: 'stages',
  webhookUrl: 'webhook_url',
  webhookSecret: 'webhook_secret',
} as const satisfies Record<keyof UpdateSettingsRequest, string>;

/**
 * Sets the pipeline's stages (arrays go as json: the pool does not look up array types); an interview in a
 * stage that is gone moves to the first stage, so none is left in a stage nobody can pick.
 */
async function replaceStages(tx: Queryable, orgId: string, stages: string[]): Promise<void> {
  await tx`UPDATE organisations SET stages = ARRAY(SELECT jsonb_array_elements_text(${tx.json(stages)})) WHERE id = ${orgId}`;
  await tx`UPDATE interviews SET stage = ${stages[0]!} WHERE org_id = ${orgId} AND NOT (stage = ANY (SELECT jsonb_array_elements_text(${tx.json(stages)})))`;
}

/** An organisation's settings, as its admins read and change them; every change is in the audit log. */
export function settingsFor(sql: Sql, who: Recruiter, llm: LlmDescription | null, mail: MailDescription) {
  const { orgId, userId } = who;
  const read = async (): Promise<Settings> => {
    const [row] = await sql<SettingsRow[]>`
      SELECT name, time_zone, candidate_message, closing_message, candidates_see_scores, retention_days, reminder_hours, webhook_url,
        array_to_json(stages) AS stages, webhook_secret IS NOT NULL AS secret_set
      FROM organisations WHERE id = ${orgId}`;
    return {
      name: row!.name,
      timeZone: row!.time_zone,
      candidateMessage: row!.candidate_message,
      closingMessage: row!.closing_message,
      candidatesSeeScores: row!.candidates_see_scores,
      retentionDays: row!.retention_days,
      reminderHours: row!.reminder_hours,
      stages: row!.stages,
      webhookUrl: row!.webhook_url,
      webhookSecretSet: row!.secret_set,
      llm: { configured: llm !== null, model: llm?.model ?? null, endpoint: llm?.endpoint ?? null },
      mail,
    };
  };
  return {
    read,
    async update(input: UpdateSettingsRequest): Promise<Settings> {
      const values = Object.fromEntries(
        (Object.keys(COLUMNS) as (keyof UpdateSettingsRequest)[])
          .filter((k) => input[k] !== undefined && k !== 'stages')
          .map((k) => [COLUMNS[k], input[k]]),
      );
      if (Object.keys(values).length === 0 && !input.stages) return read();
      await inTransaction(sql, async (tx) => {
        if (Object.keys(values).length > 0) await tx`UPDATE organisations SET ${tx(values)} WHERE id = ${orgId}`;
        if (input.stages) await replaceStages(tx, orgId, input.stages);
        // The secret is never written to the log, only that it changed.
        const { webhookSecret, ...shown } = input;
        await audit(tx, { orgId, userId, action: 'settings.update', details: { ...shown, secretChanged: webhookSecret !== undefined } });
      });
      return read();
    },
  };
}
