import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handInScoring, scoreInThisThread, STALE_AFTER_MS } from '../backend/interview/hand-in-scoring';
import { scoringPool } from '../backend/interview/scoring-pool';
import { scoreSubmission } from '../backend/scoring/score-submission';
import { builtInTask } from '../backend/tasks/library';
import type { Scorer } from '../backend/interview/submit';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';


describe.each(engines())('hand-ins are stored before they are scored, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => { db = await engine.open(); });
  afterAll(() => db.close());

  /** A candidate on their first task, with the app the test wants (its scorer). */
  async function aCandidate(app: ReturnType<typeof testApp>) {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as { sessionToken: string; session: { id: string }; task: { id: string } };
    const handIn = (submissionId = randomUUID()) => ({ submissionId, taskId: redeemed.task.id, snapshot: solvedSnapshot(builtInTask(redeemed.task.id)!) });
    return { token: redeemed.sessionToken, sessionId: redeemed.session.id, handIn };
  }
  const stored = async (id: string) => (await db.sql<{ scored: boolean }[]>`SELECT scored_at IS NOT NULL AS scored FROM submissions WHERE id = ${id}`)[0];

  it('answers 202 at once with Prefer: respond-async, and the score when asked again', async () => {
    const app = testApp(db.sql);
    const { token, handIn } = await aCandidate(app);
    const body = handIn();
    const res = await app.request('/api/v1/session/submissions', { ...jsonRequest('POST', body, token), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' } });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toMatchObject({ submissionId: body.submissionId, status: 'scoring' });
    await app.drain();
    const scored = await app.request(`/api/v1/session/submissions/${body.submissionId}`, jsonRequest('GET', undefined, token));
    expect(scored.status).toBe(200);
    expect(await scored.json()).toMatchObject({ submissionId: body.submissionId, score: 1, nextTask: { id: 'regional-sales-sumifs' } });
  });

  it('keeps a hand-in whose scoring failed, and scores it when it is sent again', async () => {
    let broken = true;
    const flaky: Scorer = async (snapshot, task) => { if (broken) throw new Error('scorer crashed'); return scoreSubmission(snapshot, task); };
    const app = testApp(db.sql, { scoring: handInScoring(flaky) });
    const { token, handIn } = await aCandidate(app);
    const body = handIn();
    expect((await app.request('/api/v1/session/submissions', jsonRequest('POST', body, token))).status).toBe(500);
    expect(await stored(body.submissionId)).toEqual({ scored: false });
    broken = false;
    const again = await app.request('/api/v1/session/submissions', jsonRequest('POST', body, token));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ score: 1 });
  });

  it('scores in the sweep what a crash left unscored, once it is stale', async () => {
    const never: Scorer = () => new Promise(() => {});
    const app = testApp(db.sql, { scoring: handInScoring(never) });
    const { token, handIn, sessionId } = await aCandidate(app);
    const body = handIn();
    const res = await app.request('/api/v1/session/submissions', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' }, body: JSON.stringify(body) });
    expect(res.status).toBe(202);
    const sweeper = handInScoring(scoreInThisThread);
    expect(await sweeper.scoreStale(db.sql, null, new Date())).toBe(0);
    expect(await sweeper.scoreStale(db.sql, null, new Date(Date.now() + STALE_AFTER_MS + 1000))).toBeGreaterThanOrEqual(1);
    expect(await stored(body.submissionId)).toEqual({ scored: true });
    const [session] = await db.sql<{ task_number: number }[]>`SELECT task_number FROM interview_sessions WHERE id = ${sessionId}`;
    expect(session!.task_number).toBe(1);
  });

  it('scores no more hand-ins at once than its concurrency allows, and every one in the end', async () => {
    let running = 0;
    let most = 0;
    const counting: Scorer = async (snapshot, task) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return scoreSubmission(snapshot, task);
    };
    const app = testApp(db.sql, { scoring: handInScoring(counting, undefined, { concurrency: 2 }) });
    const candidates = await Promise.all(Array.from({ length: 6 }, () => aCandidate(app)));
    const bodies = candidates.map((c) => c.handIn());
    const statuses = await Promise.all(candidates.map(async (c, i) => (await app.request('/api/v1/session/submissions', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}`, prefer: 'respond-async' }, body: JSON.stringify(bodies[i]),
    })).status));
    expect(statuses).toEqual(Array(6).fill(202));
    await app.drain();
    expect(most).toBe(2);
    for (const body of bodies) expect(await stored(body.submissionId)).toEqual({ scored: true });
  });

  it('refuses a second, different hand-in for a task already handed in, and stores one', async () => {
    const app = testApp(db.sql);
    const { token, handIn, sessionId } = await aCandidate(app);
    const [first, second] = [handIn(), handIn()];
    const asyncly = (body: unknown) => app.request('/api/v1/session/submissions', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, prefer: 'respond-async' }, body: JSON.stringify(body) });
    const statuses = (await Promise.all([asyncly(first), asyncly(second)])).map((r) => r.status).sort();
    expect(statuses).toEqual([202, 409]);
    await app.drain();
    const rows = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions WHERE session_id = ${sessionId}`;
    expect(rows[0]!.n).toBe(1);
  });

  it('answers 404 for a hand-in of another interview', async () => {
    const app = testApp(db.sql);
    const a = await aCandidate(app);
    const b = await aCandidate(app);
    const body = a.handIn();
    await app.request('/api/v1/session/submissions', jsonRequest('POST', body, a.token));
    expect((await app.request(`/api/v1/session/submissions/${body.submissionId}`, jsonRequest('GET', undefined, b.token))).status).toBe(404);
  });
});

describe('the scoring pool', () => {
  it('scores in worker threads exactly as in the request thread', async () => {
    const pool = scoringPool(1);
    try {
      const task = builtInTask('regional-sales-sumifs')!;
      const snapshot = solvedSnapshot(task);
      expect(await pool.scorer(snapshot, task)).toEqual(scoreSubmission(snapshot, task));
    } finally {
      await pool.close();
    }
  });
});
