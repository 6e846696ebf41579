import type { Sql } from './client';
import { inTransaction } from './transaction';

/** Tables in the order rows can be inserted (parents first). */
const TABLES = [
  'organisations',
  'users',
  'api_tokens',
  'tasks',
  'task_drafts',
  'author_links',
  'assessments',
  'assessment_tasks',
  'invites',
  'interviews',
  'submissions',
  'scores',
  'follow_ups',
  'reviews',
  'events',
  'score_overrides',
  'grading_labels',
  'audit_log',
  'webhook_deliveries',
  'task_day_stats',
  'mail_outbox',
  'mail_attempts',
] as const;

/** How a table's rows belong to the organisation `$1`: by its own id, through its assessment, or by org_id. */
function ownedBy(table: (typeof TABLES)[number]): string {
  if (table === 'organisations') return 'id = $1';
  if (table === 'assessment_tasks') return 'assessment_id IN (SELECT id FROM assessments WHERE org_id = $1)';
  if (table === 'mail_attempts') return 'mail_id IN (SELECT id FROM mail_outbox WHERE org_id = $1)';
  return 'org_id = $1';
}

/** One organisation's data, every row as PostgreSQL renders it to JSON, so types survive the round trip. */
export interface OrgArchive {
  format: 'excel-interviewer-org-archive';
  version: 1;
  schemaVersion: number;
  orgId: string;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

/** Reads an organisation's rows, table by table, in one repeatable-read transaction (a consistent copy). */
export async function exportOrganisation(sql: Sql, orgId: string, now: Date): Promise<OrgArchive | null> {
  return inTransaction(
    sql,
    async (tx) => {
      const [org] = await tx`SELECT 1 FROM organisations WHERE id = ${orgId}`;
      if (!org) return null;
      const [schema] = await tx<{ v: number }[]>`SELECT max(version) AS v FROM schema_migrations`;
      const tables: Record<string, unknown[]> = {};
      for (const table of TABLES) {
        const [row] = await tx.unsafe<{ rows: unknown[] | null }[]>(`SELECT json_agg(t) AS rows FROM ${table} t WHERE ${ownedBy(table)}`, [
          orgId,
        ]);
        tables[table] = row?.rows ?? [];
      }
      return {
        format: 'excel-interviewer-org-archive',
        version: 1,
        schemaVersion: schema!.v,
        orgId,
        exportedAt: now.toISOString(),
        tables,
      };
    },
    { isolation: 'repeatable read' },
  );
}

export type ImportOutcome = { ok: true; rows: number } | { ok: false; reason: string };

/**
 * Restores an archive into a database that does not have the organisation yet, all or nothing. Rows go
 * back through `jsonb_populate_recordset`, so PostgreSQL itself turns the JSON into each column's type.
 */
export async function importOrganisation(sql: Sql, archive: OrgArchive): Promise<ImportOutcome> {
  if (archive.format !== 'excel-interviewer-org-archive' || archive.version !== 1)
    return { ok: false, reason: 'This file is not an organisation archive.' };
  const [schema] = await sql<{ v: number }[]>`SELECT max(version) AS v FROM schema_migrations`;
  if (schema!.v !== archive.schemaVersion)
    return { ok: false, reason: `The archive is from schema ${archive.schemaVersion}; this database is at ${schema!.v}.` };
  const [exists] = await sql`SELECT 1 FROM organisations WHERE id = ${archive.orgId}`;
  if (exists) return { ok: false, reason: 'This organisation is already in the database.' };
  let rows = 0;
  await inTransaction(sql, async (tx) => {
    for (const table of TABLES) {
      const list = archive.tables[table] ?? [];
      if (!list.length) continue;
      await tx.unsafe(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1)`, [tx.json(list as never) as never]);
      rows += list.length;
    }
    // Event ids came along; the sequence must move past them or the next event would collide.
    await tx`SELECT setval(pg_get_serial_sequence('events', 'id'), GREATEST((SELECT max(id) FROM events), 1))`;
  });
  return { ok: true, rows };
}
