import { randomUUID } from 'node:crypto';
import type { TaskSpec } from '../shared/task';
import { asHandedOut } from './helpers/interviews';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

/** What a hand-in costs the database, statement by statement: the hot path of the whole product. */
describe.each(engines())('what a hand-in costs the database, on $name', (engine) => {
  let db: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    db = await engine.open({ onQuery: (statement) => statements.push(statement.replace(/\s+/g, ' ').trim()) });
  });
  afterAll(() => db.close());

  /** The statements `work` sends (its background work included, once drained). */
  async function sentBy(app: ReturnType<typeof testApp>, work: () => unknown): Promise<string[]> {
    const from = statements.length;
    await work();
    await app.drain();
    return statements.slice(from);
  }

  /** Redeemed and started, as the pane leaves a candidate when they press Start. */
  async function aCandidateOnTheirFirstTask(app: ReturnType<typeof testApp>) {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      task: { id: string; starter: TaskSpec['starter'] };
    };
    await app.request('/api/v1/session/start', jsonRequest('POST', undefined, redeemed.sessionToken));
    const body = { submissionId: randomUUID(), taskId: redeemed.task.id, snapshot: solvedSnapshot(asHandedOut(redeemed.task)) };
    return { token: redeemed.sessionToken, body };
  }

  const handIn = (app: ReturnType<typeof testApp>, token: string, body: unknown, prefer?: string) =>
    app.request('/api/v1/session/submissions', {
      ...jsonRequest('POST', body, token),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(prefer ? { prefer } : {}) },
    });

  it('acknowledges a hand-in with two statements: the candidate token and the insert', async () => {
    const app = testApp(db.sql);
    const { token, body } = await aCandidateOnTheirFirstTask(app);
    const from = statements.length;
    const res = await handIn(app, token, body, 'respond-async');
    // Scoring starts in the background before the answer leaves; its claim is not the request's cost.
    const answering = statements.slice(from).filter((s) => !s.startsWith("UPDATE submissions SET scoring_state = 'scoring'"));
    expect(res.status).toBe(202);
    expect(answering.map((s) => s.slice(0, 30))).toEqual(['SELECT se.id, se.org_id, se.as', 'INSERT INTO submissions (id, o']);
    await app.drain();
  });

  it('stores and scores a hand-in of a correct answer in 13 statements, the review included', async () => {
    const app = testApp(db.sql);
    const { token, body } = await aCandidateOnTheirFirstTask(app);
    const sent = await sentBy(app, () => handIn(app, token, body, 'respond-async'));
    // token, insert; claim, earlier scores; BEGIN, score, hand-in, interview, events, follow-up, overall, COMMIT; review.
    expect(sent).toHaveLength(13);
  });

  it('scores the hand-in it was given without reading back the workbook or loading the interview again', async () => {
    const app = testApp(db.sql);
    const { token, body } = await aCandidateOnTheirFirstTask(app);
    const sent = await sentBy(app, () => handIn(app, token, body, 'respond-async'));
    expect(sent.filter((s) => /\bsnapshot\b/.test(s) && !s.startsWith('INSERT INTO submissions'))).toEqual([]);
    expect(sent.filter((s) => s.includes('FROM interviews se JOIN invites'))).toHaveLength(1);
    expect(sent.filter((s) => s.startsWith('SELECT updated_at::text AS version'))).toEqual([]);
  });

  it('answers a hand-in that waits for its score from what scoring wrote, reading only the next task', async () => {
    const app = testApp(db.sql);
    const { token, body } = await aCandidateOnTheirFirstTask(app);
    const sent = await sentBy(app, async () => expect((await handIn(app, token, body)).status).toBe(201));
    expect(sent.filter((s) => s.includes('FROM interviews se JOIN invites'))).toHaveLength(1);
    expect(sent.filter((s) => s.includes('JOIN scores sc'))).toHaveLength(1);
    expect(sent.filter((s) => s.startsWith('SELECT updated_at::text AS version'))).toHaveLength(1);
  });
});
