import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { pastedValuesSnapshot, solvedSnapshot, starterSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

// The command opens its own connection: on PostgreSQL, a database of this file's own (PGlite serves one client).
const postgres = engines().find((e) => e.name === 'PostgreSQL');

describe.skipIf(!postgres)('npm run calibrate, on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await postgres!.open({ ownDatabase: true });
    const app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
    const org = await anOrganisation(db.sql);
    const assessmentId = await anAssessment(db.sql, org.orgId);
    // Strong, middling and empty hand-ins: the lookup task is solved more often than the summary.
    for (const snapshotFor of [solvedSnapshot, solvedSnapshot, pastedValuesSnapshot, starterSnapshot]) {
      await playInterview(app, await anInvite(db.sql, org.orgId, assessmentId), snapshotFor);
    }
    const code = await anInvite(db.sql, org.orgId, assessmentId);
    await playInterview(app, code, (task) => (task.id === 'price-lookup-vlookup' ? solvedSnapshot(task) : starterSnapshot(task)));
  }, 120_000);
  afterAll(() => db.close());

  it('prints one line per task with its learned difficulty beside the authored level, centred on zero', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'backend/cli/calibrate.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: db.url, CALIBRATION_MIN_HAND_INS: '5' },
    });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { task: string; authoredLevel: number; difficulty: number; handIns: number; inUse: boolean });
    expect(lines.map((l) => l.task)).toEqual(['price-lookup-vlookup', 'regional-sales-sumifs']);
    expect(lines.map((l) => l.handIns)).toEqual([5, 5]);
    expect(lines[0]!.difficulty).toBeLessThan(lines[1]!.difficulty);
    expect(lines[0]!.difficulty + lines[1]!.difficulty).toBeCloseTo(0, 2);
    expect(run.stderr).toContain('2 tasks, 5 interviews, 10 hand-ins');
  });

  it('makes the fit the one in use, trusting tasks with the configured number of hand-ins', async () => {
    const stored = await db.sql<{ task_id: string; in_use: boolean }[]>`SELECT task_id, in_use FROM task_calibrations ORDER BY task_id`;
    expect(stored).toEqual([
      { task_id: 'price-lookup-vlookup', in_use: true },
      { task_id: 'regional-sales-sumifs', in_use: true },
    ]);
  });
});
