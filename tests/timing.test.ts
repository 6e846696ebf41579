import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CurrentSessionSchema } from '../shared/api/sessions';
import { SessionResultsSchema, SubmitResponseSchema } from '../shared/api/submissions';
import { closeOverdueSessions, NEVER_STARTED_MS } from '../backend/interview/close-overdue';
import { builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation, TEST_TASK_IDS } from './helpers/world';

describe.each(engines())('time in an interview, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(() => db.close());

  type Rules = Parameters<typeof anAssessment>[3];

  /** A candidate who redeemed their code (and pressed Start unless told not to), with the app and the recruiter's token. */
  async function aCandidate(rules: Rules = {}, options: { start?: boolean; scoresShown?: boolean } = {}) {
    const app = testApp(db.sql);
    const org = await anOrganisation(db.sql, { scoresShown: options.scoresShown ?? true });
    // Hand-ins are built from the library's shared data here: time is what is tested.
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId, TEST_TASK_IDS, { personalData: false, ...rules }));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string; startedAt: string | null; expiresAt: string | null };
      task: { id: string };
    };
    const token = redeemed.sessionToken;
    const id = redeemed.session.id;
    const start = async () =>
      CurrentSessionSchema.parse(await (await app.request('/api/v1/session/start', jsonRequest('POST', undefined, token))).json());
    if (options.start ?? true) await start();
    const handIn = async (taskId = redeemed.task.id) => {
      const res = await app.request(
        '/api/v1/session/submissions',
        jsonRequest('POST', { submissionId: randomUUID(), taskId, snapshot: solvedSnapshot(builtInTask(taskId)!) }, token),
      );
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const results = async () =>
      SessionResultsSchema.parse(
        await (await app.request(`/api/v1/sessions/${id}/results`, jsonRequest('GET', undefined, org.token))).json(),
      );
    /** Moves the interview's clock back, as if it started `seconds` ago. */
    const startedAgo = (seconds: number, limitSeconds = 60) =>
      db.sql`UPDATE interviews SET started_at = now() - ${seconds} * interval '1 second', task_started_at = now() - ${seconds} * interval '1 second',
        expires_at = now() - ${seconds - limitSeconds} * interval '1 second' WHERE id = ${id}`;
    return { app, org, id, redeemed, start, handIn, results, startedAgo };
  }

  it('starts the clock when the candidate presses Start, not when the code is redeemed', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 600 }, { start: false });
    expect(candidate.redeemed.session).toMatchObject({ startedAt: null, expiresAt: null });
    const before = Date.now();
    const { session } = await candidate.start();
    expect(Date.parse(session.startedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(session.expiresAt!) - Date.parse(session.startedAt!)).toBe(600_000);
    expect(session.taskStartedAt).toBe(session.startedAt);
  });

  it('keeps the first start when Start is pressed again', async () => {
    const candidate = await aCandidate({}, { start: false });
    const first = await candidate.start();
    const again = await candidate.start();
    expect(again.session.startedAt).toBe(first.session.startedAt);
    const [row] = await db.sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM events WHERE session_id = ${candidate.id} AND type = 'session_started'`;
    expect(row!.n).toBe(1);
  });

  it('takes a hand-in within the grace as on time, and ends the interview: the network’s delay is not the candidate’s', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 60, graceSeconds: 30 });
    await candidate.startedAgo(70);
    const { status, body } = await candidate.handIn();
    expect(status).toBe(201);
    expect(SubmitResponseSchema.parse(body)).toMatchObject({ late: false, score: 1, nextTask: null, session: { state: 'expired' } });
    const results = await candidate.results();
    expect(results.submissions[0]).toMatchObject({ late: false, counts: true });
    expect(results.summary).toMatchObject({ overallScore: 0.5, notAttempted: 1 });
  });

  it('stores a hand-in past the limit and its grace, marks it late, ends the interview and counts it 0', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 60, graceSeconds: 30 });
    await candidate.startedAgo(100);
    const { status, body } = await candidate.handIn();
    expect(status).toBe(201);
    expect(SubmitResponseSchema.parse(body)).toMatchObject({ late: true, nextTask: null, followUp: null, session: { state: 'expired' } });
    const results = await candidate.results();
    expect(results.submissions[0]).toMatchObject({ late: true, counts: false, finalScore: 1 });
    expect(results.summary).toMatchObject({ overallScore: 0, notAttempted: 1, final: true });
    const events = await db.sql<{ type: string }[]>`SELECT type FROM events WHERE session_id = ${candidate.id} ORDER BY id`;
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['session_expired', 'task_handed_in_late']));
    const [row] = await db.sql<{ overall_score: string }[]>`SELECT overall_score FROM interviews WHERE id = ${candidate.id}`;
    expect(Number(row!.overall_score)).toBe(0);
  });

  it('counts late work when the assessment says late work counts', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 60, graceSeconds: 0, lateCounts: true });
    await candidate.startedAgo(61);
    await candidate.handIn();
    const results = await candidate.results();
    expect(results.submissions[0]).toMatchObject({ late: true, counts: true });
    expect(results.summary.overallScore).toBe(0.5);
  });

  it('still takes the work of the task the candidate was on after the sweep closed the interview', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 60, graceSeconds: 30 });
    await candidate.startedAgo(600);
    await closeOverdueSessions(db.sql, new Date());
    const { status, body } = await candidate.handIn();
    expect(status).toBe(201);
    expect(SubmitResponseSchema.parse(body)).toMatchObject({ late: true, session: { state: 'expired' } });
  });

  it('refuses a second late hand-in: the time is up for every other task', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 60, graceSeconds: 0 });
    await candidate.startedAgo(120);
    await candidate.handIn();
    expect((await candidate.handIn(TEST_TASK_IDS[1])).status).toBe(409);
  });

  it('scores an unfinished interview out of the whole assessment, "so far" while it is in progress', async () => {
    const candidate = await aCandidate();
    await candidate.handIn();
    const results = await candidate.results();
    expect(results.summary).toMatchObject({ overallScore: 0.5, taskCount: 2, notAttempted: 1, final: false });
    const [row] = await db.sql<{ overall_score: string }[]>`SELECT overall_score FROM interviews WHERE id = ${candidate.id}`;
    expect(Number(row!.overall_score)).toBe(0.5);
  });

  it('closes an interview only once its assessment’s grace has passed too', async () => {
    const candidate = await aCandidate({ timeLimitSeconds: 60, graceSeconds: 120 });
    await candidate.startedAgo(60 + 60);
    await closeOverdueSessions(db.sql, new Date());
    expect((await candidate.results()).state).toBe('in_progress');
    await candidate.startedAgo(60 + 121);
    await closeOverdueSessions(db.sql, new Date());
    expect((await candidate.results()).state).toBe('abandoned');
  });

  it('gives up an interview never started a day after its code was redeemed', async () => {
    const candidate = await aCandidate({}, { start: false });
    await closeOverdueSessions(db.sql, new Date());
    expect((await candidate.results()).state).toBe('in_progress');
    await closeOverdueSessions(db.sql, new Date(Date.now() + NEVER_STARTED_MS + 60_000));
    expect((await candidate.results()).state).toBe('abandoned');
  });

  it('tells the candidate only "handed in" unless their organisation shows scores', async () => {
    const hidden = await aCandidate({}, { scoresShown: false });
    expect(SubmitResponseSchema.parse((await hidden.handIn()).body)).toMatchObject({ score: null, points: null, maxPoints: null });
    const shown = await aCandidate({}, { scoresShown: true });
    expect(SubmitResponseSchema.parse((await shown.handIn()).body)).toMatchObject({ score: 1 });
  });

  it('tells the candidate what happens next in the organisation’s own words, or that it will be in touch', async () => {
    const candidate = await aCandidate();
    const before = await candidate.start();
    expect(before.session.closingMessage).toMatch(/has your work and will be in touch about what happens next\.$/);
    await db.sql`UPDATE organisations SET closing_message = 'We reply to everyone within a week.' WHERE id = ${candidate.org.orgId}`;
    expect((await candidate.start()).session.closingMessage).toBe('We reply to everyone within a week.');
  });
});
