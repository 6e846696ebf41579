import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TASKS, builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot, starterSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

type Principal = 'anonymous' | 'candidate' | 'otherCandidate' | 'recruiter' | 'otherRecruiter';
const PRINCIPALS: Principal[] = ['anonymous', 'candidate', 'otherCandidate', 'recruiter', 'otherRecruiter'];

describe.each(engines())('who may call what, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  const world = {} as {
    tokens: Record<Principal, string | undefined>;
    assessmentId: string; sessionId: string; submissionId: string; followUpId: string;
  };

  /** Two organisations, each with a recruiter and a candidate; the first candidate has handed in one task. */
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql);
    const [a, b] = [await anOrganisation(db.sql), await anOrganisation(db.sql)];
    world.assessmentId = await anAssessment(db.sql, a.orgId);
    const redeem = async (orgId: string, assessmentId: string) =>
      (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code: await anInvite(db.sql, orgId, assessmentId) }))).json()) as { sessionToken: string; session: { id: string }; task: { id: string } };
    const candidate = await redeem(a.orgId, world.assessmentId);
    const other = await redeem(b.orgId, await anAssessment(db.sql, b.orgId));
    world.sessionId = candidate.session.id;
    world.submissionId = randomUUID();
    const task = builtInTask(candidate.task.id)!;
    const submitted = (await (await app.request('/api/v1/session/submissions', jsonRequest('POST', { submissionId: world.submissionId, taskId: task.id, snapshot: solvedSnapshot(task) }, candidate.sessionToken))).json()) as { followUp: { id: string } };
    world.followUpId = submitted.followUp.id;
    world.tokens = { anonymous: undefined, candidate: candidate.sessionToken, otherCandidate: other.sessionToken, recruiter: a.token, otherRecruiter: b.token };
  });
  afterAll(() => db.close());

  const activity = { events: [{ kind: 'edit', sheet: 'Orders', range: 'A1', cells: 1, at: '2026-11-25T10:00:00.000Z' }] };
  const routes: { name: string; method: string; path: () => string; body?: () => unknown; expect: Record<Principal, number> }[] = [
    { name: 'list assessments', method: 'GET', path: () => '/api/v1/assessments', expect: { anonymous: 401, candidate: 403, otherCandidate: 403, recruiter: 200, otherRecruiter: 200 } },
    { name: 'create an assessment', method: 'POST', path: () => '/api/v1/assessments', body: () => ({ name: 'x', taskIds: ['price-lookup-vlookup'] }), expect: { anonymous: 401, candidate: 403, otherCandidate: 403, recruiter: 201, otherRecruiter: 201 } },
    { name: 'invite to this assessment', method: 'POST', path: () => '/api/v1/invites', body: () => ({ assessmentId: world.assessmentId, candidateName: 'N', candidateEmail: 'n@example.com' }), expect: { anonymous: 401, candidate: 403, otherCandidate: 403, recruiter: 201, otherRecruiter: 404 } },
    { name: 'read the current session', method: 'GET', path: () => '/api/v1/session', expect: { anonymous: 401, candidate: 200, otherCandidate: 200, recruiter: 403, otherRecruiter: 403 } },
    { name: 'record activity', method: 'POST', path: () => '/api/v1/session/activity', body: () => activity, expect: { anonymous: 401, candidate: 202, otherCandidate: 202, recruiter: 403, otherRecruiter: 403 } },
    { name: 'answer this follow-up', method: 'POST', path: () => `/api/v1/session/follow-ups/${world.followUpId}/answer`, body: () => ({ answer: 'exact match' }), expect: { anonymous: 401, candidate: 200, otherCandidate: 404, recruiter: 403, otherRecruiter: 403 } },
    { name: 'read this submission', method: 'GET', path: () => `/api/v1/submissions/${world.submissionId}`, expect: { anonymous: 401, candidate: 403, otherCandidate: 403, recruiter: 200, otherRecruiter: 404 } },
    { name: 'read this session\'s results', method: 'GET', path: () => `/api/v1/sessions/${world.sessionId}/results`, expect: { anonymous: 401, candidate: 403, otherCandidate: 403, recruiter: 200, otherRecruiter: 404 } },
    { name: 'hand in', method: 'POST', path: () => '/api/v1/session/submissions', body: () => ({ submissionId: randomUUID(), taskId: 'regional-sales-sumifs', snapshot: solvedSnapshot(builtInTask('regional-sales-sumifs')!) }), expect: { anonymous: 401, candidate: 201, otherCandidate: 409, recruiter: 403, otherRecruiter: 403 } },
  ];

  const cases = routes.flatMap((route) => PRINCIPALS.map((principal) => ({ label: `${route.name} as ${principal}`, route, principal })));
  it.each(cases)('$label', async ({ route, principal }) => {
    const res = await app.request(route.path(), jsonRequest(route.method, route.body?.(), world.tokens[principal]));
    expect(res.status).toBe(route.expect[principal]);
  });

  it('never lists another organisation\'s assessments', async () => {
    const res = await app.request('/api/v1/assessments', jsonRequest('GET', undefined, world.tokens.otherRecruiter));
    expect(JSON.stringify(await res.json())).not.toContain(world.assessmentId);
  });
});

describe.each(engines())('what a candidate can see, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => { db = await engine.open(); });
  afterAll(() => db.close());

  it('never contains a private task field, a solution, a check or a rubric, in any response of a whole interview', async () => {
    const app = testApp(db.sql);
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const bodies: string[] = [];
    const call = async (method: string, path: string, body?: unknown, token?: string) => {
      const text = await (await app.request(path, jsonRequest(method, body, token))).text();
      bodies.push(text);
      return JSON.parse(text) as Record<string, never>;
    };
    const redeemed = await call('POST', '/api/v1/invites/redeem', { code }) as unknown as { sessionToken: string; task: { id: string } | null };
    let task = redeemed.task;
    while (task) {
      await call('GET', '/api/v1/session', undefined, redeemed.sessionToken);
      // Untouched workbooks: follow-up questions quote the candidate's own formulas, so a correct hand-in
      // would legitimately echo text equal to the reference; an empty one leaves nothing to echo.
      const submitted = await call('POST', '/api/v1/session/submissions', { submissionId: randomUUID(), taskId: task.id, snapshot: starterSnapshot(builtInTask(task.id)!) }, redeemed.sessionToken) as unknown as { followUp: { id: string } | null; nextTask: { id: string } | null };
      if (submitted.followUp) await call('POST', `/api/v1/session/follow-ups/${submitted.followUp.id}/answer`, { answer: 'because' }, redeemed.sessionToken);
      task = submitted.nextTask;
    }
    const everything = bodies.join('\n');
    for (const key of ['"private"', '"solution"', '"checks"', '"hiddenData"', '"rubric"', '"followUps"', '"expected"', '"evidence"']) expect(everything).not.toContain(key);
    for (const t of BUILT_IN_TASKS) {
      for (const f of t.private.solution.formulas) expect(everything).not.toContain(JSON.stringify(f.formula).slice(1, -1));
      for (const q of t.private.followUps) for (const r of q.rubric) expect(everything).not.toContain(r.point);
    }
  });
});
