import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Sql } from './client';
import { inTransaction } from './transaction';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any fixed number works; it only has to be the same for every process that migrates this database. */
const MIGRATION_LOCK_KEY = 727_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** What undoes it: the part of the file after a line `-- down`. */
  down?: string;
}

/** A line that ends a migration's "up" part and starts its "down" part. */
const DOWN_MARKER = /^-- down$/m;

/** Reads the numbered `NNNN_name.sql` files, in order, each split into its up and down parts. */
export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const [up, down] = (await readFile(path.join(dir, file), 'utf8')).split(DOWN_MARKER) as [string, string?];
      return { version: Number(file.slice(0, 4)), name: file.replace(/\.sql$/, ''), sql: up, ...(down?.trim() ? { down } : {}) };
    }),
  );
}

/**
 * The table that records which migrations a database has, made under the migration lock: two
 * `CREATE TABLE IF NOT EXISTS` at once on an empty database can both pass the check, and the second
 * then fails on PostgreSQL's catalogue ("duplicate key … pg_type_typname_nsp_index").
 */
const recordTable = (sql: Sql) =>
  inTransaction(sql, async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;
  });

/**
 * Applies the migrations this database has not seen, each in its own transaction, under an advisory
 * lock so two processes starting together cannot both apply one. Returns the versions applied.
 */
export async function migrate(sql: Sql, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  await recordTable(sql);
  const applied: number[] = [];
  for (const migration of all) {
    const didApply = await inTransaction(sql, async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
      const [seen] = await tx`SELECT 1 FROM schema_migrations WHERE version = ${migration.version}`;
      if (seen) return false;
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, ${migration.name})`;
      return true;
    });
    if (didApply) applied.push(migration.version);
  }
  return applied;
}

/**
 * Undoes the newest applied migration, in one transaction under the same lock, and returns its version
 * (null when none is applied). A migration without a down part is refused, and nothing changes.
 */
export async function rollback(sql: Sql, migrations?: Migration[]): Promise<number | null> {
  const all = migrations ?? (await loadMigrations());
  await recordTable(sql);
  return inTransaction(sql, async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
    const [newest] = await tx<{ version: number }[]>`SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 1`;
    if (!newest) return null;
    const migration = all.find((m) => m.version === newest.version);
    if (!migration?.down) throw new Error(`migration ${newest.version} has no down part: it cannot be rolled back`);
    await tx.unsafe(migration.down);
    await tx`DELETE FROM schema_migrations WHERE version = ${newest.version}`;
    return newest.version;
  });
}
