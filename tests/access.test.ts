import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TASKS, builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot, starterSnapshot } from './helpers/snapshots';
import { aSignedInUser, anAssessment, anIntegrationToken, anInvite, anOrganisation } from './helpers/world';

type Principal = 'anonymous' | 'candidate' | 'otherCandidate' | 'recruiter' | 'admin' | 'apiToken' | 'otherRecruiter' | 'otherAdmin';
const PRINCIPALS: Principal[] = [
  'anonymous',
  'candidate',
  'otherCandidate',
  'recruiter',
  'admin',
  'apiToken',
  'otherRecruiter',
  'otherAdmin',
];
type Expectation = Record<Principal, number>;

const NO_STAFF = { recruiter: 403, admin: 403, apiToken: 403, otherRecruiter: 403, otherAdmin: 403 } as const;
/** A candidate route: only session tokens pass; `other` is what the other organisation's candidate gets. */
const candidateRoute = (ok: number, other: number): Expectation => ({ anonymous: 401, candidate: ok, otherCandidate: other, ...NO_STAFF });
/** A recruiter route: every recruiter of the owning organisation; `other` for the other organisation's staff (404 for an id that is not theirs). */
const recruiterRoute = (ok: number, other = ok): Expectation => ({
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  recruiter: ok,
  admin: ok,
  apiToken: ok,
  otherRecruiter: other,
  otherAdmin: other,
});
/** An admin route: only admins; recruiters and integration tokens are refused. */
const adminRoute = (ok: number, otherAdmin = ok): Expectation => ({
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  recruiter: 403,
  admin: ok,
  apiToken: 403,
  otherRecruiter: 403,
  otherAdmin,
});

describe.each(engines())('who may call what, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  const world = {} as {
    credentials: Record<Principal, Record<string, string>>;
    orgId: string;
    assessmentId: string;
    sessionId: string;
    submissionId: string;
    followUpId: string;
  };

  /**
   * Two organisations. The first has a signed-in recruiter and admin, an integration token and a candidate
   * who has handed in one task; the second has a signed-in recruiter, an admin and a candidate of its own.
   */
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql);
    const [a, b] = [await anOrganisation(db.sql), await anOrganisation(db.sql)];
    world.orgId = a.orgId;
    world.assessmentId = await anAssessment(db.sql, a.orgId);
    const redeem = async (orgId: string, assessmentId: string) =>
      (await (
        await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code: await anInvite(db.sql, orgId, assessmentId) }))
      ).json()) as { sessionToken: string; session: { id: string }; task: { id: string } };
    const candidate = await redeem(a.orgId, world.assessmentId);
    const other = await redeem(b.orgId, await anAssessment(db.sql, b.orgId));
    world.sessionId = candidate.session.id;
    world.submissionId = randomUUID();
    const task = builtInTask(candidate.task.id)!;
    const submitted = (await (
      await app.request(
        '/api/v1/session/submissions',
        jsonRequest('POST', { submissionId: world.submissionId, taskId: task.id, snapshot: solvedSnapshot(task) }, candidate.sessionToken),
      )
    ).json()) as { followUp: { id: string } };
    world.followUpId = submitted.followUp.id;
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    world.credentials = {
      anonymous: {},
      candidate: bearer(candidate.sessionToken),
      otherCandidate: bearer(other.sessionToken),
      recruiter: (await aSignedInUser(db.sql, a.orgId, 'recruiter')).headers,
      admin: (await aSignedInUser(db.sql, a.orgId, 'admin')).headers,
      apiToken: bearer(await anIntegrationToken(db.sql, a.orgId)),
      otherRecruiter: (await aSignedInUser(db.sql, b.orgId, 'recruiter')).headers,
      otherAdmin: (await aSignedInUser(db.sql, b.orgId, 'admin')).headers,
    };
  });
  afterAll(() => db.close());

  /** A resource of the first organisation made for one case, so cases that change state stay independent. */
  const freshInvite = async () => {
    await anInvite(db.sql, world.orgId, world.assessmentId);
    const [row] = await db.sql<
      { id: string }[]
    >`SELECT id FROM invites WHERE org_id = ${world.orgId} AND redeemed_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`;
    return row!.id;
  };
  const freshToken = async () => {
    const [row] = await db.sql<
      { id: string }[]
    >`INSERT INTO api_tokens (org_id, name, token_hash) VALUES (${world.orgId}, 'case', ${randomUUID()}) RETURNING id`;
    return row!.id;
  };

  const activity = { events: [{ kind: 'edit', sheet: 'Orders', range: 'A1', cells: 1, at: '2026-11-25T10:00:00.000Z' }] };
  const routes: { name: string; method: string; path: () => string | Promise<string>; body?: () => unknown; expect: Expectation }[] = [
    { name: 'list assessments', method: 'GET', path: () => '/api/v1/assessments', expect: recruiterRoute(200) },
    {
      name: 'read this assessment',
      method: 'GET',
      path: () => `/api/v1/assessments/${world.assessmentId}`,
      expect: recruiterRoute(200, 404),
    },
    {
      name: 'create an assessment',
      method: 'POST',
      path: () => '/api/v1/assessments',
      body: () => ({ name: 'x', taskIds: ['price-lookup-vlookup'] }),
      expect: recruiterRoute(201),
    },
    { name: 'list the task library', method: 'GET', path: () => '/api/v1/tasks?skill=lookups', expect: recruiterRoute(200) },
    { name: 'preview a task', method: 'GET', path: () => '/api/v1/tasks/price-lookup-vlookup', expect: recruiterRoute(200) },
    {
      name: 'invite to this assessment',
      method: 'POST',
      path: () => '/api/v1/invites',
      body: () => ({ assessmentId: world.assessmentId, candidateName: 'N', candidateEmail: `${randomUUID()}@example.com` }),
      expect: recruiterRoute(201, 404),
    },
    {
      name: 'invite many to this assessment',
      method: 'POST',
      path: () => '/api/v1/invites/bulk',
      body: () => ({ assessmentId: world.assessmentId, candidates: [{ name: 'N', email: `${randomUUID()}@example.com` }] }),
      expect: recruiterRoute(201, 404),
    },
    { name: 'list invites', method: 'GET', path: () => `/api/v1/invites?assessmentId=${world.assessmentId}`, expect: recruiterRoute(200) },
    {
      name: 'revoke this invite',
      method: 'POST',
      path: async () => `/api/v1/invites/${await freshInvite()}/revoke`,
      expect: recruiterRoute(200, 404),
    },
    { name: 'list interviews', method: 'GET', path: () => '/api/v1/interviews', expect: recruiterRoute(200) },
    { name: 'watch interviews live', method: 'GET', path: () => '/api/v1/interviews/live', expect: recruiterRoute(200) },
    { name: 'export interviews as CSV', method: 'GET', path: () => '/api/v1/interviews/export.csv', expect: recruiterRoute(200) },
    { name: 'read analytics', method: 'GET', path: () => '/api/v1/analytics', expect: recruiterRoute(200) },
    {
      name: 'read this submission',
      method: 'GET',
      path: () => `/api/v1/submissions/${world.submissionId}`,
      expect: recruiterRoute(200, 404),
    },
    {
      name: 'override this submission',
      method: 'POST',
      path: () => `/api/v1/submissions/${world.submissionId}/override`,
      body: () => ({ score: 0.9, reason: 'checked by hand' }),
      expect: recruiterRoute(200, 404),
    },
    {
      name: "read this session's results",
      method: 'GET',
      path: () => `/api/v1/sessions/${world.sessionId}/results`,
      expect: recruiterRoute(200, 404),
    },
    { name: 'list people', method: 'GET', path: () => '/api/v1/users', expect: adminRoute(200) },
    {
      name: 'invite a colleague',
      method: 'POST',
      path: () => '/api/v1/users',
      body: () => ({ email: `${randomUUID()}@test.example`, name: 'Colleague' }),
      expect: adminRoute(201),
    },
    { name: 'list API tokens', method: 'GET', path: () => '/api/v1/api-tokens', expect: adminRoute(200) },
    { name: 'make an API token', method: 'POST', path: () => '/api/v1/api-tokens', body: () => ({ name: 'ATS' }), expect: adminRoute(201) },
    {
      name: 'revoke this API token',
      method: 'POST',
      path: async () => `/api/v1/api-tokens/${await freshToken()}/revoke`,
      expect: adminRoute(200, 404),
    },
    { name: 'read settings', method: 'GET', path: () => '/api/v1/settings', expect: adminRoute(200) },
    { name: 'change settings', method: 'PUT', path: () => '/api/v1/settings', body: () => ({ webhookUrl: null }), expect: adminRoute(200) },
    { name: 'read the webhook log', method: 'GET', path: () => '/api/v1/webhooks/deliveries', expect: adminRoute(200) },
    { name: 'ask who is signed in', method: 'GET', path: () => '/api/v1/auth/me', expect: { ...recruiterRoute(200), apiToken: 403 } },
    { name: 'read the current session', method: 'GET', path: () => '/api/v1/session', expect: candidateRoute(200, 200) },
    {
      name: 'record activity',
      method: 'POST',
      path: () => '/api/v1/session/activity',
      body: () => activity,
      expect: candidateRoute(202, 202),
    },
    {
      name: 'answer this follow-up',
      method: 'POST',
      path: () => `/api/v1/session/follow-ups/${world.followUpId}/answer`,
      body: () => ({ answer: 'exact match' }),
      expect: candidateRoute(200, 404),
    },
    {
      name: 'hand in',
      method: 'POST',
      path: () => '/api/v1/session/submissions',
      body: () => ({
        submissionId: randomUUID(),
        taskId: 'regional-sales-sumifs',
        snapshot: solvedSnapshot(builtInTask('regional-sales-sumifs')!),
      }),
      expect: candidateRoute(201, 409),
    },
  ];

  const cases = routes.flatMap((route) => PRINCIPALS.map((principal) => ({ label: `${route.name} as ${principal}`, route, principal })));
  it.each(cases)('$label', async ({ route, principal }) => {
    const body = route.body?.();
    const res = await app.request(await route.path(), {
      method: route.method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...world.credentials[principal] },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.status).toBe(route.expect[principal]);
  });

  it("never lists another organisation's assessments, invites or interviews", async () => {
    for (const path of ['/api/v1/assessments', '/api/v1/invites', '/api/v1/interviews', '/api/v1/interviews/export.csv']) {
      const res = await app.request(path, { headers: world.credentials.otherAdmin });
      const text = await res.text();
      expect(text).not.toContain(world.assessmentId);
      expect(text).not.toContain(world.sessionId);
    }
  });
});

describe.each(engines())('what a candidate can see, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
  });
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
    const redeemed = (await call('POST', '/api/v1/invites/redeem', { code })) as unknown as {
      sessionToken: string;
      task: { id: string } | null;
    };
    let task = redeemed.task;
    while (task) {
      await call('GET', '/api/v1/session', undefined, redeemed.sessionToken);
      // Untouched workbooks: follow-up questions quote the candidate's own formulas, so a correct hand-in
      // would legitimately echo text equal to the reference; an empty one leaves nothing to echo.
      const submitted = (await call(
        'POST',
        '/api/v1/session/submissions',
        { submissionId: randomUUID(), taskId: task.id, snapshot: starterSnapshot(builtInTask(task.id)!) },
        redeemed.sessionToken,
      )) as unknown as { followUp: { id: string } | null; nextTask: { id: string } | null };
      if (submitted.followUp)
        await call('POST', `/api/v1/session/follow-ups/${submitted.followUp.id}/answer`, { answer: 'because' }, redeemed.sessionToken);
      task = submitted.nextTask;
    }
    const everything = bodies.join('\n');
    for (const key of ['"private"', '"solution"', '"checks"', '"hiddenData"', '"rubric"', '"followUps"', '"expected"', '"evidence"'])
      expect(everything).not.toContain(key);
    for (const t of BUILT_IN_TASKS) {
      for (const f of t.private.solution.formulas) expect(everything).not.toContain(JSON.stringify(f.formula).slice(1, -1));
      for (const q of t.private.followUps) for (const r of q.rubric) expect(everything).not.toContain(r.point);
    }
  });
});
