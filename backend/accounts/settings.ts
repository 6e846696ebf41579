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
  webhookUrl: 'webhook_url',
  webhookSecret: 'webhook_secret',
} as const satisfies Record<keyof UpdateSettingsRequest, string>;

/** An organisation's settings, as its admins read and change them; every change is in the audit log. */
export function settingsFor(sql: Sql, who: Recruiter, llm: LlmDescription | null, mail: MailDescription) {
  const { orgId, userId } = who;
  const read = async (): Promise<Settings> => {
    const [row] = await sql<SettingsRow[]>`
      SELECT name, time_zone, candidate_message, closing_message, candidates_see_scores, retention_days, reminder_hours, webhook_url,
        webhook_secret IS NOT NULL AS secret_set
      FROM organisations WHERE id = ${orgId}`;
    return {
      name: row!.name,
      timeZone: row!.time_zone,
      candidateMessage: row!.candidate_message,
      closingMessage: row!.closing_message,
      candidatesSeeScores: row!.candidates_see_scores,
      retentionDays: row!.retention_days,
      reminderHours: row!.reminder_hours,
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
        (Object.keys(COLUMNS) as (keyof UpdateSettingsRequest)[]).filter((k) => input[k] !== undefined).map((k) => [COLUMNS[k], input[k]]),
      );
      if (Object.keys(values).length === 0) return read();
      await inTransaction(sql, async (tx) => {
        await tx`UPDATE organisations SET ${tx(values)} WHERE id = ${orgId}`;
        // The secret is never written to the log, only that it changed.
        const { webhookSecret, ...shown } = input;
        await audit(tx, { orgId, userId, action: 'settings.update', details: { ...shown, secretChanged: webhookSecret !== undefined } });
      });
      return read();
    },
  };
}
