import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engines, type TestDatabase } from '../../tests/helpers/databases';
import { connect } from './client';
import { loadMigrations, migrate } from './migrate';
import { EXPECTED_SCHEMA_VERSION } from './schema-version';

describe.each(engines())('migrations on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(() => db.close());

  it('are numbered files applied in order, and recorded', async () => {
    const files = await loadMigrations();
    expect(files.map((m) => m.version)).toEqual([...files.map((m) => m.version)].sort((a, b) => a - b));
    const rows = await db.sql<{ version: number }[]>`SELECT version FROM schema_migrations ORDER BY version`;
    expect(rows.map((r) => r.version)).toEqual(files.map((m) => m.version));
  });

  it('end at the version this build expects, so /api/ready can tell a migrated database', async () => {
    expect((await loadMigrations()).at(-1)!.version).toBe(EXPECTED_SCHEMA_VERSION);
  });

  it('apply nothing the second time', async () => {
    expect(await migrate(db.sql)).toEqual([]);
  });

  it('create every table of the design', async () => {
    const rows = await db.sql<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'api_tokens',
        'assessment_tasks',
        'assessments',
        'events',
        'interviews',
        'invites',
        'organisations',
        'schema_migrations',
        'scores',
        'submissions',
        'tasks',
        'users',
      ]),
    );
  });

  it('index the organisation-scoped lists the API reads', async () => {
    const rows = await db.sql<{ indexname: string }[]>`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`;
    expect(rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining([
        'submissions_session_idx',
        'submissions_org_received_idx',
        'invites_org_created_idx',
        'interview_sessions_org_state_idx',
        'events_session_idx',
        'assessments_org_created_idx',
      ]),
    );
  });
});

const postgresUrl = inject('postgresUrl');

describe.skipIf(!postgresUrl)('migrations started together on an empty PostgreSQL database', () => {
  it('are applied once, by one of the processes, and none of them fails', async () => {
    const admin = connect(postgresUrl!, { max: 1 });
    const own = new URL(postgresUrl!);
    own.pathname = `/${own.pathname.slice(1)}_migrate_${process.pid}`;
    await admin.unsafe(`CREATE DATABASE "${own.pathname.slice(1)}"`);
    // Six servers starting at once, each on a connection of its own, as `npm start` twice (or a rollout) does.
    const starts = Array.from({ length: 6 }, () => connect(own.toString(), { max: 1 }));
    try {
      const applied = await Promise.all(starts.map((sql) => migrate(sql)));
      const everyVersion = (await loadMigrations()).map((m) => m.version);
      expect(applied.flat().sort((a, b) => a - b)).toEqual(everyVersion);
    } finally {
      await Promise.all(starts.map((sql) => sql.end()));
      await admin.unsafe(`DROP DATABASE IF EXISTS "${own.pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
