import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded } from '../shared/random';
import { refitCalibration, refitCalibrationWhenDue } from '../backend/recruiting/calibration';
import type { TaskSpec } from '../shared/task';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { solvedSnapshot, starterSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

/** Two skills, three authored levels each. */
const POOL = [
  'price-lookup-vlookup',
  'employee-department-index-match',
  'inventory-xlookup-not-found',
  'regional-sales-sumifs',
  'sales-by-rep-and-region',
  'average-deal-averageifs',
];
const MIN_HAND_INS = 5;

/**
 * A candidate of a given skill solves a task with the Rasch chance of one logit per authored level (else
 * leaves it untouched), drawn from a seeded generator so every run plays the same interviews.
 */
const rng = seeded(2026);
const random = () => rng.next();
const candidateOfLevel = (level: number) => (task: TaskSpec) =>
  random() < 1 / (1 + Math.exp(task.difficulty - level)) ? solvedSnapshot(task) : starterSnapshot(task);

describe.each(engines())('difficulty learned from interviews on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let orgId: string;
  let token: string;
  let assessmentId: string;
  const reasonsOf = async (sessionId: string) =>
    (
      await db.sql<{ reason: string }[]>`
        SELECT payload->>'reason' AS reason FROM events WHERE session_id = ${sessionId} AND type = 'task_chosen' ORDER BY id`
    ).map((r) => r.reason);

  beforeAll(async () => {
    // Calibrations are global (every organisation's hand-ins): a database of its own, so no other file sees them.
    db = await engine.open({ ownDatabase: true });
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
    ({ orgId, token } = await anOrganisation(db.sql));
    assessmentId = await anAssessment(db.sql, orgId, POOL, { adaptive: true, level: 2, length: 3 });
    // A population of candidates of every level, through the API, as the adaptive order chose their tasks.
    for (let k = 0; k < 40; k++) await playInterview(app, await anInvite(db.sql, orgId, assessmentId), candidateOfLevel(0.5 + (k % 4)));
  }, 240_000);
  afterAll(() => db.close());

  it('uses the authored levels, and says so, before anything is calibrated', async () => {
    const { sessionId } = await playInterview(app, await anInvite(db.sql, orgId, assessmentId), candidateOfLevel(2.5), 1);
    expect((await reasonsOf(sessionId))[0]).toContain('levels as authored');
  });

  it('stores every played task’s learned difficulty, trusting those with enough hand-ins', async () => {
    const fit = await refitCalibration(db.sql, { minHandIns: MIN_HAND_INS, now: new Date() });
    expect(fit!.handIns).toBeGreaterThanOrEqual(120);
    const stored = await db.sql<{ task_id: string; hand_ins: number; in_use: boolean; level: number }[]>`
      SELECT task_id, hand_ins, in_use, level FROM task_calibrations`;
    expect(stored.length).toBe(fit!.tasks.length);
    for (const row of stored) expect(row.in_use).toBe(row.hand_ins >= MIN_HAND_INS);
    expect(stored.some((r) => r.in_use)).toBe(true);
    // The candidates' chances followed the authored levels, so the learned levels of the trusted tasks do too.
    const trusted = stored.filter((r) => r.in_use);
    const authored = (id: string) => POOL.indexOf(id) % 3;
    for (const a of trusted)
      for (const b of trusted) if (authored(a.task_id) + 1 < authored(b.task_id)) expect(a.level).toBeLessThan(b.level);
  });

  it('then chooses by learned difficulty and the candidate’s ability, and records which it used', async () => {
    const { sessionId } = await playInterview(app, await anInvite(db.sql, orgId, assessmentId), candidateOfLevel(3.5));
    const reasons = await reasonsOf(sessionId);
    expect(reasons[0]).toMatch(/^Starting at the assessment's level 2; the nearest unused task is level /);
    expect(reasons[1]).toMatch(/^Ability so far level \d\.\d, likely between \d\.\d and \d\.\d, from 1 hand-in;/);
    expect(reasons.join(' ')).toMatch(/by its learned difficulty \(\d+ hand-ins\)/);

    const results = (await (await app.request(`/api/v1/sessions/${sessionId}/results`, jsonRequest('GET', undefined, token))).json()) as {
      ability: { level: number; low: number; high: number; words: string; handIns: number; learned: number };
    };
    expect(results.ability.handIns).toBe(3);
    expect(results.ability.learned).toBeGreaterThan(0);
    expect(results.ability.low).toBeLessThan(results.ability.level);
    expect(results.ability.words).toMatch(/^level \d\.\d, likely between \d\.\d and \d\.\d$/);
  });

  it('is refitted by the sweep once a day, not on every run', async () => {
    const now = new Date(Date.now() + 60_000);
    const before = await db.sql<{ id: string }[]>`SELECT id FROM calibration_fits`;
    expect(await refitCalibrationWhenDue(db.sql, { minHandIns: MIN_HAND_INS, now })).toBe(false);
    const tomorrow = new Date(now.getTime() + 24 * 3_600_000);
    expect(await refitCalibrationWhenDue(db.sql, { minHandIns: MIN_HAND_INS, now: tomorrow })).toBe(true);
    const after = await db.sql<{ id: string; fitted_at: Date }[]>`SELECT id, fitted_at FROM calibration_fits`;
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(after[0]!.fitted_at.getTime()).toBe(tomorrow.getTime());
  });
});
