import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../../tests/helpers/databases';
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
