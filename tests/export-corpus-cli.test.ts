import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreWorkbook } from '../backend/scoring/score-workbook';
import { builtInTask } from '../backend/tasks/library';
import { personalise } from '../backend/scoring/evaluator/personal-data';
import { WorkbookSnapshotSchema } from '../shared/snapshot';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { pastedValuesSnapshot, solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

// The command opens its own connection: on PostgreSQL, a database of this file's own (PGlite serves one client).
const postgres = engines().find((e) => e.name === 'PostgreSQL');
const TASK = 'price-lookup-vlookup';

describe.skipIf(!postgres)('npm run export-corpus, on PostgreSQL', () => {
  let db: TestDatabase;
  const exportCorpus = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'backend/cli/export-corpus.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: db.url },
    });

  beforeAll(async () => {
    db = await postgres!.open({ ownDatabase: true });
    const app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
    const org = await anOrganisation(db.sql);
    const assessmentId = await anAssessment(db.sql, org.orgId, [TASK]);
    const solved = await playInterview(app, await anInvite(db.sql, org.orgId, assessmentId), solvedSnapshot);
    const pasted = await playInterview(app, await anInvite(db.sql, org.orgId, assessmentId), pastedValuesSnapshot);
    const decide = (id: string, body: unknown) => app.request(`/api/v1/review-queue/${id}`, jsonRequest('POST', body, org.token));
    await decide(solved.submissionIds[0]!, { verdict: 'confirm' });
    await decide(pasted.submissionIds[0]!, { verdict: 'correct', score: 0, note: 'typed-in values earn nothing here' });
  }, 120_000);
  afterAll(() => db.close());

  it('writes each decision on the task as a corpus case the grader can be tested against', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ei-corpus-'));
    const run = exportCorpus('--task', TASK, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`2 labelled cases (1 corrected) written to ${out}`);
    const cases = readdirSync(out).map(
      (f) =>
        JSON.parse(readFileSync(path.join(out, f), 'utf8')) as {
          taskId: string;
          band: [number, number];
          hiddenData: string;
          dataSeed: number;
          snapshot: unknown;
          label: { verdict: string };
        },
    );
    const confirmed = cases.find((c) => c.label.verdict === 'confirmed')!;
    const corrected = cases.find((c) => c.label.verdict === 'corrected')!;
    expect(confirmed).toMatchObject({ taskId: TASK, band: [0.95, 1], hiddenData: 'pass' });
    expect(corrected).toMatchObject({ taskId: TASK, band: [0, 0.05], hiddenData: 'fail' });
    // As tests/corpus.test.ts reads a case: the grader reproduces the confirmed verdict and misses the correction.
    // The candidates had their own data: each case carries the seed it is scored with.
    const score = (c: { snapshot: unknown; dataSeed: number }) =>
      scoreWorkbook(WorkbookSnapshotSchema.parse(c.snapshot), personalise(builtInTask(TASK)!, c.dataSeed)).score;
    expect(score(confirmed)).toBeGreaterThanOrEqual(confirmed.band[0]);
    expect(score(corrected)).toBeGreaterThan(corrected.band[1]);
  });

  it('says so and writes nothing for a task without decisions, and refuses a task that does not exist', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ei-corpus-')), 'none');
    const none = exportCorpus('--task', 'regional-sales-sumifs', '--out', out);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('No review-queue decisions on regional-sales-sumifs yet');
    const unknown = exportCorpus('--task', 'no-such-task');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('No task has the id no-such-task.');
    expect(exportCorpus().stderr).toContain('Say which task');
  });
});
