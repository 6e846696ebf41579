import { randomUUID } from 'node:crypto';
import type { TaskSpec } from '../shared/task';
import { asHandedOut } from './helpers/interviews';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handInScoring, scoreInThisThread } from '../backend/interview/hand-in-scoring';
import { scoringPool } from '../backend/thread-pool/scoring-pool';
import { limitation } from '../backend/scoring/limitations';
import { scoreWorkbook } from '../backend/scoring/score-workbook';
import { builtInTask } from '../backend/tasks/library';
import { MAX_SCORING_ATTEMPTS, SCORING_LEASE_MS } from '../backend/interview/score-hand-in';
import type { Scorer } from '../backend/scoring/score-workbook';
import { connect } from '../backend/db/client';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

describe.each(engines())('hand-ins are stored before they are scored, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    // The sweep claims the oldest due hand-ins of every organisation: this file's hand-ins get a database of their own.
    db = await engine.open({ ownDatabase: true });
  });
  afterAll(() => db.close());

  /** A candidate on their first task, with the app the test wants (its scorer). */
  async function aCandidate(app: ReturnType<typeof testApp>) {
    const org = await anOrganisation(db.sql, { scoresShown: true });
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string };
      task: { id: string; starter: TaskSpec['starter'] };
    };
    const handIn = (submissionId = randomUUID()) => ({
      submissionId,
      taskId: redeemed.task.id,
      snapshot: solvedSnapshot(asHandedOut(redeemed.task)),
    });
    return { token: redeemed.sessionToken, sessionId: redeemed.session.id, handIn };
  }
  const stored = async (id: string) =>
    (await db.sql<{ scored: boolean }[]>`SELECT scored_at IS NOT NULL AS scored FROM submissions WHERE id = ${id}`)[0];

  it('answers 202 at once with Prefer: respond-async, and the score when asked again', async () => {
    const app = testApp(db.sql);
    const { token, handIn } = await aCandidate(app);
    const body = handIn();
    const res = await app.request('/api/v1/session/submissions', {
      ...jsonRequest('POST', body, token),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' },
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toMatchObject({ submissionId: body.submissionId, status: 'scoring' });
    await app.drain();
    const scored = await app.request(`/api/v1/session/submissions/${body.submissionId}`, jsonRequest('GET', undefined, token));
    expect(scored.status).toBe(200);
    expect(await scored.json()).toMatchObject({ submissionId: body.submissionId, score: 1, nextTask: { id: 'regional-sales-sumifs' } });
  });

  const job = async (id: string) =>
    (
      await db.sql<{ state: string; attempts: number; error: string | null }[]>`
    SELECT scoring_state AS state, scoring_attempts AS attempts, scoring_error AS error FROM submissions WHERE id = ${id}`
    )[0];
  const later = (ms: number) => new Date(Date.now() + ms);
  const handInAsync = (app: ReturnType<typeof testApp>, token: string, body: unknown) =>
    app.request('/api/v1/session/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' },
      body: JSON.stringify(body),
    });

  it('keeps a hand-in whose scoring failed, answers that its score follows, and scores it on the next try', async () => {
    let broken = true;
    const flaky: Scorer = async (snapshot, task) => {
      if (broken) throw new Error('scorer crashed');
      return scoreWorkbook(snapshot, task);
    };
    const scoring = handInScoring(flaky);
    const app = testApp(db.sql, { scoring });
    const { token, handIn } = await aCandidate(app);
    const body = handIn();
    expect((await app.request('/api/v1/session/submissions', jsonRequest('POST', body, token))).status).toBe(202);
    expect(await job(body.submissionId)).toEqual({ state: 'queued', attempts: 1, error: 'Error: scorer crashed' });
    broken = false;
    expect(await scoring.scoreDue(db.sql, null, later(3_000))).toBeGreaterThanOrEqual(1);
    const polled = await app.request(`/api/v1/session/submissions/${body.submissionId}`, jsonRequest('GET', undefined, token));
    expect(polled.status).toBe(200);
    expect(await polled.json()).toMatchObject({ score: 1 });
    expect(await job(body.submissionId)).toMatchObject({ state: 'scored', attempts: 2 });
  });

  it('parks a hand-in whose scorer fails every try as failed, scored without evaluating, and moves the candidate on', async () => {
    const broken: Scorer = async () => {
      throw new Error('engine exploded');
    };
    const scoring = handInScoring(broken);
    const app = testApp(db.sql, { scoring });
    const { token, handIn, sessionId } = await aCandidate(app);
    const body = handIn();
    expect((await handInAsync(app, token, body)).status).toBe(202);
    await app.drain();
    for (let attempt = 2; attempt <= MAX_SCORING_ATTEMPTS; attempt++) await scoring.scoreDue(db.sql, null, later(attempt * 20_000));
    expect(await job(body.submissionId)).toMatchObject({ state: 'failed', attempts: MAX_SCORING_ATTEMPTS });
    expect((await job(body.submissionId))!.error).toMatch(/^The grader failed on this hand-in \(Error: engine exploded\)/);
    const polled = (await (
      await app.request(`/api/v1/session/submissions/${body.submissionId}`, jsonRequest('GET', undefined, token))
    ).json()) as { nextTask: { id: string } | null };
    expect(polled.nextTask).toMatchObject({ id: 'regional-sales-sumifs' });
    const [session] = await db.sql<{ task_number: number }[]>`SELECT task_number FROM interviews WHERE id = ${sessionId}`;
    expect(session!.task_number).toBe(1);
  });

  it("scores in the sweep what a crash left unscored, once its scorer's lease has run out", async () => {
    const never: Scorer = () => new Promise(() => {});
    const app = testApp(db.sql, { scoring: handInScoring(never) });
    const { token, handIn, sessionId } = await aCandidate(app);
    const body = handIn();
    expect((await handInAsync(app, token, body)).status).toBe(202);
    const sweeper = handInScoring(scoreInThisThread);
    await sweeper.scoreDue(db.sql, null, later(1_000));
    expect(await stored(body.submissionId)).toEqual({ scored: false });
    await sweeper.scoreDue(db.sql, null, later(SCORING_LEASE_MS + 1_000));
    expect(await stored(body.submissionId)).toEqual({ scored: true });
    const [session] = await db.sql<{ task_number: number }[]>`SELECT task_number FROM interviews WHERE id = ${sessionId}`;
    expect(session!.task_number).toBe(1);
  });

  it('scores without evaluating a hand-in whose scorers were stopped more often than the tries allow', async () => {
    const never: Scorer = () => new Promise(() => {});
    const app = testApp(db.sql, { scoring: handInScoring(never) });
    const { token, handIn } = await aCandidate(app);
    const body = handIn();
    expect((await handInAsync(app, token, body)).status).toBe(202);
    // The first scorer claims the job in the background; the test takes over once it has.
    await vi.waitFor(async () => expect((await job(body.submissionId))!.state).toBe('scoring'));
    // As the platform's CPU limit leaves it: claimed try after try, never finished.
    await db.sql`UPDATE submissions SET scoring_attempts = ${MAX_SCORING_ATTEMPTS}, scoring_lease_until = now() - interval '1 second' WHERE id = ${body.submissionId}`;
    const mustNotRun: Scorer = async () => {
      throw new Error('the scorer ran again');
    };
    // Earlier tests' hand-ins share this database, and a sweep takes the oldest due first: sweep until it reaches this one.
    const sweeper = handInScoring(mustNotRun);
    for (let i = 0; i < 20 && (await job(body.submissionId))!.state === 'scoring'; i++) await sweeper.scoreDue(db.sql, null, later(1_000));
    expect(await job(body.submissionId)).toMatchObject({ state: 'failed', attempts: MAX_SCORING_ATTEMPTS + 1 });
    const [row] = await db.sql<
      { result: { limitation: { reason: string; message: string } } }[]
    >`SELECT result FROM scores WHERE submission_id = ${body.submissionId}`;
    expect(row!.result.limitation).toMatchObject({ reason: 'grader_error' });
    expect(row!.result.limitation.message).toContain(`stopped ${MAX_SCORING_ATTEMPTS} times without finishing`);
  });

  it('lets one failing hand-in never hold back the sweep from the others', async () => {
    const poisoned = new Set<string>();
    const selective: Scorer = async (snapshot, task) => {
      if (poisoned.has(snapshot.capturedAt)) throw new Error('poison');
      return scoreWorkbook(snapshot, task);
    };
    const never: Scorer = () => new Promise(() => {});
    const app = testApp(db.sql, { scoring: handInScoring(never) });
    const [a, b] = [await aCandidate(app), await aCandidate(app)];
    const [bad, good] = [a.handIn(), b.handIn()];
    bad.snapshot.capturedAt = new Date(Date.now() - 5_000).toISOString();
    poisoned.add(bad.snapshot.capturedAt);
    expect((await handInAsync(app, a.token, bad)).status).toBe(202);
    expect((await handInAsync(app, b.token, good)).status).toBe(202);
    // Other tests' left-over hand-ins on a shared database may come first: sweep until nothing is due.
    const sweeper = handInScoring(selective);
    for (let i = 0; i < 20 && !(await stored(good.submissionId))!.scored; i++)
      await sweeper.scoreDue(db.sql, null, later(SCORING_LEASE_MS + 1_000));
    expect(await stored(good.submissionId)).toEqual({ scored: true });
    // Its next try is after a backoff by the sweep's own clock, so a sweep at the same moment leaves it be.
    await sweeper.scoreDue(db.sql, null, later(SCORING_LEASE_MS + 1_000));
    expect(await job(bad.submissionId)).toMatchObject({ state: 'queued', attempts: 2, error: 'Error: poison' }); // the request's try, the sweep's
  });

  it('shares due hand-ins between two sweeps on two pools without scoring any twice', async () => {
    const second = connect(db.url, { max: 2 });
    try {
      const never: Scorer = () => new Promise(() => {});
      const app = testApp(db.sql, { scoring: handInScoring(never) });
      const candidates = await Promise.all(Array.from({ length: 6 }, () => aCandidate(app)));
      const bodies = candidates.map((c, i) => {
        const body = c.handIn();
        body.snapshot.capturedAt = new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString();
        return body;
      });
      for (const [i, c] of candidates.entries()) expect((await handInAsync(app, c.token, bodies[i])).status).toBe(202);
      const mine = new Set(bodies.map((b) => b.snapshot.capturedAt));
      const calls: string[] = [];
      const counting: Scorer = async (snapshot, task) => {
        if (mine.has(snapshot.capturedAt)) calls.push(snapshot.capturedAt);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return scoreWorkbook(snapshot, task);
      };
      const at = later(SCORING_LEASE_MS + 1_000);
      const [one, two] = [handInScoring(counting), handInScoring(counting)];
      // Other tests' left-over hand-ins on a shared database may come first: sweep until ours are done.
      const done = async () => (await Promise.all(bodies.map((b) => stored(b.submissionId)))).every((r) => r!.scored);
      for (let i = 0; i < 20 && !(await done()); i++) await Promise.all([one.scoreDue(db.sql, null, at), two.scoreDue(second, null, at)]);
      for (const body of bodies) expect(await stored(body.submissionId)).toEqual({ scored: true });
      expect(calls.sort()).toEqual([...mine].sort());
    } finally {
      await second.end();
    }
  });

  it('scores no more hand-ins at once than its concurrency allows, and every one in the end', async () => {
    let running = 0;
    let most = 0;
    // Scorers hold until every hand-in is acknowledged, so all six are waiting to be scored at once.
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const counting: Scorer = async (snapshot, task) => {
      most = Math.max(most, ++running);
      await gate;
      running--;
      return scoreWorkbook(snapshot, task);
    };
    const app = testApp(db.sql, { scoring: handInScoring(counting, undefined, { concurrency: 2 }) });
    const candidates = await Promise.all(Array.from({ length: 6 }, () => aCandidate(app)));
    const bodies = candidates.map((c) => c.handIn());
    const statuses = await Promise.all(
      candidates.map(
        async (c, i) =>
          (
            await app.request('/api/v1/session/submissions', {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}`, prefer: 'respond-async' },
              body: JSON.stringify(bodies[i]),
            })
          ).status,
      ),
    );
    expect(statuses).toEqual(Array(6).fill(202));
    await vi.waitFor(() => expect(running).toBe(2));
    open();
    await app.drain();
    expect(most).toBe(2);
    for (const body of bodies) expect(await stored(body.submissionId)).toEqual({ scored: true });
  });

  it('refuses a second, different hand-in for a task already handed in, and stores one', async () => {
    const app = testApp(db.sql);
    const { token, handIn, sessionId } = await aCandidate(app);
    const [first, second] = [handIn(), handIn()];
    const asyncly = (body: unknown) =>
      app.request('/api/v1/session/submissions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' },
        body: JSON.stringify(body),
      });
    const statuses = (await Promise.all([asyncly(first), asyncly(second)])).map((r) => r.status).sort();
    expect(statuses).toEqual([202, 409]);
    await app.drain();
    const rows = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions WHERE session_id = ${sessionId}`;
    expect(rows[0]!.n).toBe(1);
  });

  it('lets a recruiter re-score a hand-in that could not be scored in full, and logs it', async () => {
    const limited: Scorer = async (snapshot, task) => scoreWorkbook(snapshot, task, { withheld: limitation('over_time_budget', '10 s') });
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const app = testApp(db.sql, { scoring: handInScoring(limited) });
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      task: { id: string; starter: TaskSpec['starter'] };
    };
    const body = { submissionId: randomUUID(), taskId: redeemed.task.id, snapshot: solvedSnapshot(asHandedOut(redeemed.task)) };
    expect((await app.request('/api/v1/session/submissions', jsonRequest('POST', body, redeemed.sessionToken))).status).toBe(201);
    expect(await job(body.submissionId)).toMatchObject({ state: 'failed' });
    const before = (await (
      await app.request(`/api/v1/submissions/${body.submissionId}`, jsonRequest('GET', undefined, org.token))
    ).json()) as { result: { limitation?: { reason: string } } };
    expect(before.result.limitation).toMatchObject({ reason: 'over_time_budget' });

    const fixed = testApp(db.sql);
    const res = await fixed.request(`/api/v1/submissions/${body.submissionId}/rescore`, jsonRequest('POST', undefined, org.token));
    expect(res.status).toBe(200);
    const after = (await res.json()) as { finalScore: number; result: { limitation?: unknown; score: number } };
    expect(after.result.limitation).toBeUndefined();
    expect(after.finalScore).toBe(1);
    expect(await job(body.submissionId)).toMatchObject({ state: 'scored', error: null });
    const [logged] = await db.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM audit_log WHERE target_id = ${body.submissionId} AND action = 'score.rescore'`;
    expect(logged!.n).toBe(1);
  });

  it('refuses at intake, naming the cell, a formula nested deeper than Excel allows, and stores nothing', async () => {
    const app = testApp(db.sql);
    const { token, handIn, sessionId } = await aCandidate(app);
    const body = handIn();
    body.snapshot.sheets[0]!.cells.push({ address: 'Z9', value: 1, formula: `=${'ABS('.repeat(65)}1${')'.repeat(65)}` });
    const res = await app.request('/api/v1/session/submissions', jsonRequest('POST', body, token));
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { details: { path: string; message: string }[] } }).error;
    expect(error.details[0]!.message).toMatch(/!Z9 nests functions 65 levels deep; Excel allows 64$/);
    const [row] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions WHERE session_id = ${sessionId}`;
    expect(row!.n).toBe(0);
  });

  it('answers 404 for a hand-in of another interview', async () => {
    const app = testApp(db.sql);
    const a = await aCandidate(app);
    const b = await aCandidate(app);
    const body = a.handIn();
    await app.request('/api/v1/session/submissions', jsonRequest('POST', body, a.token));
    expect((await app.request(`/api/v1/session/submissions/${body.submissionId}`, jsonRequest('GET', undefined, b.token))).status).toBe(
      404,
    );
  });
});

describe('the scoring pool', () => {
  it('scores in worker threads exactly as in the request thread', async () => {
    const pool = scoringPool(1);
    try {
      const task = builtInTask('regional-sales-sumifs')!;
      const snapshot = solvedSnapshot(task);
      expect(await pool.scorer(snapshot, task)).toEqual(scoreWorkbook(snapshot, task));
    } finally {
      await pool.close();
    }
  });
});
