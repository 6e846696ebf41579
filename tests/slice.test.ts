import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerFollowUpResponseSchema } from '../shared/api/follow-ups';
import { RedeemInviteResponseSchema } from '../shared/api/invites';
import { SessionResultsSchema, SubmissionResultSchema, SubmitResponseSchema } from '../shared/api/submissions';
import { InviteSchema } from '../shared/api/invites';
import { builtInTask } from '../backend/tasks/library';
import { engines, type TestDatabase } from './helpers/databases';
import { jsonRequest, listen, testApp } from './helpers/app';
import { anAssessment, anOrganisation, countRows } from './helpers/world';
import { solvedSnapshot, starterSnapshot } from './helpers/snapshots';

const firstTask = builtInTask('price-lookup-vlookup')!;
const secondTask = builtInTask('regional-sales-sumifs')!;

describe.each(engines())('the interview slice over HTTP on $name', (engine) => {
  let db: TestDatabase;
  let server: Awaited<ReturnType<typeof listen>>;
  const call = async (path: string, init: RequestInit) => {
    const res = await fetch(server.url + path, init);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    db = await engine.open();
    server = await listen(testApp(db.sql));
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  async function startInterview() {
    const org = await anOrganisation(db.sql, { scoresShown: true });
    // Hand-ins are built from the library's shared data here; each candidate's own data is tests/personal-data.test.ts's.
    const assessmentId = await anAssessment(db.sql, org.orgId, undefined, { personalData: false });
    const invite = await call(
      '/api/v1/invites',
      jsonRequest('POST', { assessmentId, candidateName: 'Casey Candidate', candidateEmail: 'casey@example.com' }, org.token),
    );
    expect(invite.status).toBe(201);
    const { code } = InviteSchema.parse(invite.body);
    const redeemed = await call('/api/v1/invites/redeem', jsonRequest('POST', { code }));
    expect(redeemed.status).toBe(201);
    return { org, assessmentId, code, ...RedeemInviteResponseSchema.parse(redeemed.body) };
  }

  it('takes a candidate from invite to a scored result the recruiter can read', async () => {
    const { org, sessionToken, session, task } = await startInterview();
    expect(session).toMatchObject({ state: 'in_progress', taskNumber: 1, taskCount: 2 });
    expect(task?.id).toBe(firstTask.id);

    const submissionId = randomUUID();
    const submitted = await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId, taskId: firstTask.id, snapshot: solvedSnapshot(firstTask) }, sessionToken),
    );
    expect(submitted.status).toBe(201);
    const response = SubmitResponseSchema.parse(submitted.body);
    expect(response).toMatchObject({ score: 1, points: response.maxPoints, nextTask: { id: secondTask.id } });
    expect(response.session.taskNumber).toBe(2);

    const read = await call(`/api/v1/submissions/${submissionId}`, jsonRequest('GET', undefined, org.token));
    expect(read.status).toBe(200);
    const result = SubmissionResultSchema.parse(read.body);
    expect(result.result.checks.every((c) => c.passed)).toBe(true);
    expect(result.result.checks.map((c) => c.kind)).toContain('hidden-data');
    expect(result.candidateName).toBe('Casey Candidate');
  });

  it('completes the interview after the last task and lists every result for the recruiter', async () => {
    const { org, sessionToken, session } = await startInterview();
    await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: firstTask.id, snapshot: solvedSnapshot(firstTask) }, sessionToken),
    );
    const last = await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: secondTask.id, snapshot: starterSnapshot(secondTask) }, sessionToken),
    );
    expect(last.status).toBe(201);
    expect(SubmitResponseSchema.parse(last.body)).toMatchObject({ score: 0, nextTask: null, session: { state: 'completed' } });

    const results = SessionResultsSchema.parse(
      (await call(`/api/v1/sessions/${session.id}/results`, jsonRequest('GET', undefined, org.token))).body,
    );
    expect(results.state).toBe('completed');
    expect(results.submissions.map((s) => [s.taskId, s.result.score])).toEqual([
      [firstTask.id, 1],
      [secondTask.id, 0],
    ]);
  });

  it('treats a resent submission id as the same submission: same result, one row', async () => {
    const { org, sessionToken } = await startInterview();
    const body = { submissionId: randomUUID(), taskId: firstTask.id, snapshot: solvedSnapshot(firstTask) };
    const first = await call('/api/v1/session/submissions', jsonRequest('POST', body, sessionToken));
    const again = await call('/api/v1/session/submissions', jsonRequest('POST', body, sessionToken));
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toMatchObject({ submissionId: body.submissionId, score: first.body.score, receivedAt: first.body.receivedAt });
    expect(await countRows(db.sql, 'submissions', org.orgId)).toBe(1);
    expect(await countRows(db.sql, 'scores', org.orgId)).toBe(1);
  });

  it('refuses a second redemption of the same code', async () => {
    const { code } = await startInterview();
    const again = await call('/api/v1/invites/redeem', jsonRequest('POST', { code }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'conflict' } });
  });

  it("reads another organisation's submission as not found", async () => {
    const { sessionToken } = await startInterview();
    const submissionId = randomUUID();
    await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId, taskId: firstTask.id, snapshot: solvedSnapshot(firstTask) }, sessionToken),
    );
    const outsider = await anOrganisation(db.sql);
    const read = await call(`/api/v1/submissions/${submissionId}`, jsonRequest('GET', undefined, outsider.token));
    expect(read.status).toBe(404);
  });

  it("records the candidate's workbook activity as session events", async () => {
    const { org, sessionToken } = await startInterview();
    const events = [
      { kind: 'formula', sheet: 'Orders', range: 'D2', cells: 1, at: '2026-11-25T10:00:00.000Z' },
      { kind: 'bulk-values', sheet: 'Orders', range: 'D3:D11', cells: 9, at: '2026-11-25T10:00:05.000Z' },
    ];
    const res = await call('/api/v1/session/activity', jsonRequest('POST', { events }, sessionToken));
    expect(res).toEqual({ status: 202, body: { accepted: 2 } });
    const rows = await db.sql<
      { type: string }[]
    >`SELECT type FROM events WHERE org_id = ${org.orgId} AND type LIKE 'activity.%' ORDER BY at`;
    expect(rows.map((r) => r.type)).toEqual(['activity.formula', 'activity.bulk-values']);
  });

  it("asks a follow-up grounded in the candidate's own formula, grades the answer by the rubric, and shows both to the recruiter", async () => {
    const { org, sessionToken, session } = await startInterview();
    const submitted = SubmitResponseSchema.parse(
      (
        await call(
          '/api/v1/session/submissions',
          jsonRequest('POST', { submissionId: randomUUID(), taskId: firstTask.id, snapshot: solvedSnapshot(firstTask) }, sessionToken),
        )
      ).body,
    );
    expect(submitted.followUp!.question).toMatch(/^In Orders!D2 you wrote =VLOOKUP\(B2,Prices!\$A\$2:\$B\$9,2,FALSE\)\. /);

    const pending = await call('/api/v1/session', jsonRequest('GET', undefined, sessionToken));
    expect(pending.body.followUp).toEqual(submitted.followUp);

    const answer = 'It is an exact match (FALSE), so the order of the list does not matter.';
    const answered = await call(
      `/api/v1/session/follow-ups/${submitted.followUp!.id}/answer`,
      jsonRequest('POST', { answer }, sessionToken),
    );
    expect(answered.status).toBe(200);
    expect(answered.body.next).toBeNull();
    expect(
      (await call(`/api/v1/session/follow-ups/${submitted.followUp!.id}/answer`, jsonRequest('POST', { answer }, sessionToken))).status,
    ).toBe(200);
    expect(
      (
        await call(
          `/api/v1/session/follow-ups/${submitted.followUp!.id}/answer`,
          jsonRequest('POST', { answer: 'something else' }, sessionToken),
        )
      ).status,
    ).toBe(409);

    const results = SessionResultsSchema.parse(
      (await call(`/api/v1/sessions/${session.id}/results`, jsonRequest('GET', undefined, org.token))).body,
    );
    expect(results.submissions[0]!.followUp).toMatchObject({
      score: 0.5,
      turns: [{ answer, score: 0.5, grading: { method: 'rubric-keywords' } }],
    });
    expect((await call('/api/v1/session', jsonRequest('GET', undefined, sessionToken))).body.followUp).toBeNull();
  });

  it('after a vague first answer asks once more, grades the second turn on both answers, and counts that', async () => {
    const { org, sessionToken, session } = await startInterview();
    const { followUp } = SubmitResponseSchema.parse(
      (
        await call(
          '/api/v1/session/submissions',
          jsonRequest('POST', { submissionId: randomUUID(), taskId: firstTask.id, snapshot: solvedSnapshot(firstTask) }, sessionToken),
        )
      ).body,
    );
    const answerTo = (id: string, answer: string) =>
      call(`/api/v1/session/follow-ups/${id}/answer`, jsonRequest('POST', { answer }, sessionToken));
    const vague = 'I just went over it and it looked fine.';
    const first = AnswerFollowUpResponseSchema.parse((await answerTo(followUp!.id, vague)).body);
    expect(first.next).toMatchObject({ turn: 2, question: expect.stringMatching(/^Could you be more specific\?/) });
    // A retry of the first answer leads to the same second turn, which is now the one waiting.
    expect(AnswerFollowUpResponseSchema.parse((await answerTo(followUp!.id, vague)).body).next).toEqual(first.next);
    expect((await call('/api/v1/session', jsonRequest('GET', undefined, sessionToken))).body.followUp).toEqual(first.next);

    const specific = 'It is an exact match (FALSE), so the order of the list does not matter.';
    const second = AnswerFollowUpResponseSchema.parse((await answerTo(first.next!.id, specific)).body);
    expect(second.next).toBeNull();
    const [result] = SessionResultsSchema.parse(
      (await call(`/api/v1/sessions/${session.id}/results`, jsonRequest('GET', undefined, org.token))).body,
    ).submissions;
    expect(result!.followUp).toMatchObject({
      score: 0.5,
      turns: [
        { answer: vague, score: 0 },
        { answer: specific, score: 0.5 },
      ],
    });
    expect(result!.finalScore).toBeCloseTo(0.9 * 1 + 0.1 * 0.5, 4);
    expect((await call('/api/v1/session', jsonRequest('GET', undefined, sessionToken))).body.followUp).toBeNull();
  });

  it('creates an assessment with its interview rules, and refuses a length longer than its tasks', async () => {
    const org = await anOrganisation(db.sql);
    const body = {
      name: 'Analyst, adaptive',
      level: 2,
      taskIds: ['price-lookup-vlookup', 'regional-sales-sumifs', 'due-dates-eomonth'],
      length: 2,
      adaptive: true,
      llmShare: 0.1,
    };
    const created = await call('/api/v1/assessments', jsonRequest('POST', body, org.token));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      length: 2,
      adaptive: true,
      llmShare: 0.1,
      timeLimitSeconds: 5400,
      skills: ['lookups', 'conditional-aggregation', 'dates'],
    });
    const tooLong = await call('/api/v1/assessments', jsonRequest('POST', { ...body, length: 4 }, org.token));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ error: { details: [{ path: 'length' }] } });
  });
});
