import type { Sql } from './client';
import { reserveWithin } from './transaction';

/**
 * A statement on a reserved connection within `timeoutMs`: the path every transaction takes, so a pool that
 * cannot reserve shows as not answering.
 */
export async function poolAnswers(sql: Sql, timeoutMs: number): Promise<boolean> {
  const reserved = await reserveWithin(sql, timeoutMs);
  try {
    await reserved`SELECT 1`;
    return true;
  } finally {
    reserved.release();
  }
}

/** The newest migration applied, or null when the database cannot say (unreachable, not migrated). */
export async function appliedSchemaVersion(sql: Sql): Promise<number | null> {
  return sql<{ v: number | null }[]>`SELECT max(version) AS v FROM schema_migrations`.then(
    ([row]) => row?.v ?? null,
    () => null,
  );
}
