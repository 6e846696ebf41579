import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engines, type TestDatabase } from '../../tests/helpers/databases';
import { inTransaction } from './transaction';

describe.each(engines())('transactions on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
    await db.sql`CREATE TABLE IF NOT EXISTS transaction_probe (id int, tag text)`;
  });
  afterAll(() => db.close());

  it('commits what the work wrote when it returns, and hands back its result', async () => {
    const result = await inTransaction(db.sql, async (tx) => {
      await tx`INSERT INTO transaction_probe VALUES (1, 'committed')`;
      return 'done';
    });
    expect(result).toBe('done');
    expect(await db.sql`SELECT id FROM transaction_probe WHERE tag = 'committed'`).toEqual([{ id: 1 }]);
  });

  it('rolls back everything when the work throws, and throws its error', async () => {
    await expect(
      inTransaction(db.sql, async (tx) => {
        await tx`INSERT INTO transaction_probe VALUES (2, 'rolled back')`;
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await db.sql`SELECT id FROM transaction_probe WHERE tag = 'rolled back'`).toEqual([]);
  });

  it('runs with the isolation level asked for', async () => {
    const [row] = await inTransaction(db.sql, (tx) => tx<{ level: string }[]>`SELECT current_setting('transaction_isolation') AS level`, {
      isolation: 'repeatable read',
    });
    expect(row!.level).toBe('repeatable read');
  });
});

const postgresUrl = inject('postgresUrl');

describe.skipIf(!postgresUrl)('transactions under a saturated pool, on PostgreSQL', () => {
  let sql: postgres.Sql;
  beforeAll(async () => {
    // A pool that pipelines nothing: there postgres.js's own sql.begin sends BEGIN without reserving the
    // connection every time (porsager/postgres#1210), as it does under load at the pipeline's limit.
    sql = postgres(postgresUrl!, { max: 3, max_pipeline: 0, fetch_types: false, onnotice: () => {} } as postgres.Options<
      Record<string, postgres.PostgresType>
    >);
    await sql`CREATE TABLE IF NOT EXISTS transaction_probe (id int, tag text)`;
  });
  afterAll(() => sql.end());

  it('keeps every transaction on its own connection and every other statement out of it', async () => {
    const outside: boolean[] = [];
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 60; i++) {
      if (i % 6 === 5) {
        work.push(
          inTransaction(sql, async (tx) => {
            await tx`INSERT INTO transaction_probe VALUES (${i}, 'saturated')`;
            await new Promise((resolve) => setTimeout(resolve, 5));
          }),
        );
      } else {
        // A statement that lands inside someone's open transaction sees that transaction's id.
        work.push(
          sql<{ alone: boolean }[]>`SELECT pg_current_xact_id_if_assigned() IS NULL AS alone`.then(([row]) => outside.push(row!.alone)),
        );
      }
    }
    await Promise.all(work);
    expect(outside.every(Boolean)).toBe(true);
    expect(await sql`SELECT count(*)::int AS n FROM transaction_probe WHERE tag = 'saturated'`).toEqual([{ n: 10 }]);
  });
});
