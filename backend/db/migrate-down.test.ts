import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { connect, type Sql } from './client';
import { startEmbeddedDatabase } from './embedded';
import { loadMigrations, migrate, rollback } from './migrate';

/** An empty database of its own, never migrated: rolling back must not touch the run's shared one. */
interface Blank {
  name: string;
  open(): Promise<{ sql: Sql; close(): Promise<void> }>;
}

const blanks: Blank[] = [
  {
    name: 'PGlite',
    async open() {
      const embedded = await startEmbeddedDatabase('memory://');
      const sql = connect(embedded.url, { max: 1 });
      return {
        sql,
        close: async () => {
          await sql.end();
          await embedded.stop();
        },
      };
    },
  },
];
const shared = inject('postgresUrl');
if (shared) {
  blanks.push({
    name: 'PostgreSQL',
    async open() {
      const name = `ei_down_${randomUUID().slice(0, 8)}`;
      const admin = connect(shared, { max: 1 });
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      const url = new URL(shared);
      url.pathname = `/${name}`;
      const sql = connect(url.toString(), { max: 1 });
      return {
        sql,
        close: async () => {
          await sql.end();
          await admin.unsafe(`DROP DATABASE "${name}" WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  });
}

/** Every table's columns, every index and constraint: what must be the same after down and up again. */
async function schema(sql: Sql): Promise<string[]> {
  const columns = await sql<{ s: string }[]>`
    SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS s
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`;
  const indexes = await sql<
    { s: string }[]
  >`SELECT indexdef AS s FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`;
  const constraints = await sql<{ s: string }[]>`
    SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) AS s FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations'`;
  return [...columns, ...indexes, ...constraints].map((r) => r.s).sort();
}

describe.each(blanks)('migrations rolled back on $name', (blank) => {
  let db: { sql: Sql; close(): Promise<void> };
  beforeAll(async () => {
    db = await blank.open();
  });
  afterAll(() => db.close());

  it('go up, all the way down one step at a time, and up again to the same schema', async () => {
    const all = await loadMigrations();
    expect(all.filter((m) => !m.down).map((m) => m.name)).toEqual([]);
    await migrate(db.sql);
    const up = await schema(db.sql);
    const undone: number[] = [];
    for (let v = await rollback(db.sql); v !== null; v = await rollback(db.sql)) undone.push(v);
    expect(undone).toEqual(all.map((m) => m.version).reverse());
    expect(await schema(db.sql)).toEqual([]);
    await migrate(db.sql);
    expect(await schema(db.sql)).toEqual(up);
  });

  it('refuses to roll back a migration without a down part, and changes nothing', async () => {
    const extra = { version: 9001, name: '9001_no_down', sql: 'CREATE TABLE one_way (id int)' };
    await migrate(db.sql, [...(await loadMigrations()), extra]);
    await expect(rollback(db.sql, [...(await loadMigrations()), extra])).rejects.toThrow(/has no down part/);
    const [row] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM schema_migrations WHERE version = 9001`;
    expect(row!.n).toBe(1);
  });
});
