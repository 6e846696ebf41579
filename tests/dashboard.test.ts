import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../backend/crypto/password';
import type { Analytics } from '../shared/api/dashboard';
import type { Me } from '../shared/api/accounts';
import type { SessionResults } from '../shared/api/submissions';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { solvedSnapshot, starterSnapshot } from './helpers/snapshots';
import { aSignedInUser, anAssessment, anInvite, anOrganisation, type SignedIn } from './helpers/world';

/** The cookie a response set, as a browser would send it back. */
const cookieFrom = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;

describe.each(engines())('the dashboard API, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let orgId: string;
  let admin: SignedIn;
  const as = (who: SignedIn, method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { ...who.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql);
    orgId = (await anOrganisation(db.sql)).orgId;
    admin = await aSignedInUser(db.sql, orgId, 'admin');
  });
  afterAll(() => db.close());

  describe('signing in', () => {
    const email = `sign-in-${Date.now()}@test.example`;
    beforeAll(async () => {
      await db.sql`INSERT INTO users (org_id, email, name, role, password_hash) VALUES (${orgId}, ${email}, 'Rosa', 'recruiter', ${await hashPassword('a long password')})`;
    });

    it('sets an HttpOnly, Secure, SameSite=Strict cookie and answers with the CSRF token', async () => {
      const res = await app.request(
        '/api/v1/auth/sign-in',
        jsonRequest('POST', { email: email.toUpperCase(), password: 'a long password' }),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/^ei_session=eiw_[\w-]+; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
      const me = (await res.json()) as Me;
      expect(me).toMatchObject({ user: { email, role: 'recruiter', active: true }, organisation: { id: orgId } });
      const again = await app.request('/api/v1/auth/me', { headers: { cookie: cookieFrom(res) } });
      expect(((await again.json()) as Me).csrfToken).toBe(me.csrfToken);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const wrong = await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'not it' }));
      const unknown = await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email: 'nobody@test.example', password: 'not it' }));
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(((await wrong.json()) as { error: { message: string } }).error.message).toBe(
        ((await unknown.json()) as { error: { message: string } }).error.message,
      );
      expect(wrong.headers.get('set-cookie')).toBeNull();
    });

    it('slows guessing: the eleventh try for one email in 15 minutes is refused with 429 and Retry-After', async () => {
      const target = `guess-${Date.now()}@test.example`;
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email: target, password: `guess ${i}` }))).status);
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      const last = await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email: target, password: 'guess' }));
      expect(last.status).toBe(429);
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('ends the sign-in on sign-out: the cookie stops working', async () => {
      const signedIn = await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'a long password' }));
      const cookie = cookieFrom(signedIn);
      const { csrfToken } = (await signedIn.json()) as Me;
      expect((await app.request('/api/v1/auth/sign-out', { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } })).status).toBe(
        200,
      );
      expect((await app.request('/api/v1/auth/me', { headers: { cookie } })).status).toBe(401);
    });
  });

  describe('cross-site request forgery', () => {
    it('refuses a state change that carries the cookie without the CSRF header, and changes nothing', async () => {
      const tokens = async () => (await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM api_tokens WHERE org_id = ${orgId}`)[0]!.n;
      const before = await tokens();
      const res = await app.request('/api/v1/api-tokens', {
        method: 'POST',
        headers: { cookie: admin.headers.cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'forged' }),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('X-CSRF-Token');
      expect(await tokens()).toBe(before);
    });

    it('refuses a CSRF token from another sign-in', async () => {
      const other = await aSignedInUser(db.sql, orgId, 'admin');
      const res = await app.request('/api/v1/api-tokens', {
        method: 'POST',
        headers: { cookie: admin.headers.cookie, 'x-csrf-token': other.headers['x-csrf-token'], 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'forged' }),
      });
      expect(res.status).toBe(403);
    });
  });

  describe('people and tokens', () => {
    it('lets an invited colleague set a password once with the link, then sign in', async () => {
      const email = `colleague-${Date.now()}@test.example`;
      const invited = (await (await as(admin, 'POST', '/api/v1/users', { email, name: 'Cole League', role: 'recruiter' })).json()) as {
        setPasswordToken: string;
        user: { active: boolean };
      };
      expect(invited.user.active).toBe(false);
      const accepted = await app.request(
        '/api/v1/auth/accept-invite',
        jsonRequest('POST', { token: invited.setPasswordToken, password: 'my own password' }),
      );
      expect(accepted.status).toBe(200);
      expect(accepted.headers.get('set-cookie')).toContain('HttpOnly');
      expect(
        (
          await app.request(
            '/api/v1/auth/accept-invite',
            jsonRequest('POST', { token: invited.setPasswordToken, password: 'another password' }),
          )
        ).status,
      ).toBe(404);
      expect((await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'my own password' }))).status).toBe(200);
    });

    it('refuses a second account with the same email, whatever its case', async () => {
      const email = `twice-${Date.now()}@test.example`;
      expect((await as(admin, 'POST', '/api/v1/users', { email, name: 'One' })).status).toBe(201);
      expect((await as(admin, 'POST', '/api/v1/users', { email: email.toUpperCase(), name: 'Two' })).status).toBe(409);
    });

    it('shows an API token once, lists it without the token, and stops accepting it once revoked', async () => {
      const created = (await (await as(admin, 'POST', '/api/v1/api-tokens', { name: 'ATS sync' })).json()) as {
        token: string;
        apiToken: { id: string };
      };
      expect(created.token).toMatch(/^eir_/);
      const listed = await (await as(admin, 'GET', '/api/v1/api-tokens')).text();
      expect(listed).toContain('ATS sync');
      expect(listed).not.toContain(created.token);
      expect((await app.request('/api/v1/interviews', jsonRequest('GET', undefined, created.token))).status).toBe(200);
      expect((await as(admin, 'POST', `/api/v1/api-tokens/${created.apiToken.id}/revoke`)).status).toBe(200);
      expect((await app.request('/api/v1/interviews', jsonRequest('GET', undefined, created.token))).status).toBe(401);
    });

    it('never sends the webhook secret back, only that one is set, and records the change in the audit log', async () => {
      const secret = 'a-very-secret-signing-key';
      const saved = await (
        await as(admin, 'PUT', '/api/v1/settings', { webhookUrl: 'https://ats.example.com/hook', webhookSecret: secret })
      ).text();
      expect(saved).not.toContain(secret);
      expect(JSON.parse(saved)).toMatchObject({
        webhookUrl: 'https://ats.example.com/hook',
        webhookSecretSet: true,
        llm: { configured: false },
      });
      const [entry] = await db.sql<
        { action: string }[]
      >`SELECT action FROM audit_log WHERE org_id = ${orgId} AND action = 'settings.update'`;
      expect(entry).toBeDefined();
      await as(admin, 'PUT', '/api/v1/settings', { webhookUrl: null });
    });

    it('refuses a webhook URL that is not http(s), with the field named', async () => {
      const res = await as(admin, 'PUT', '/api/v1/settings', { webhookUrl: 'javascript:alert(1)' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('webhookUrl');
    });
  });

  describe('invites', () => {
    it('creates one invite per pasted candidate, each with its own code', async () => {
      const assessmentId = await anAssessment(db.sql, orgId);
      const res = await as(admin, 'POST', '/api/v1/invites/bulk', {
        assessmentId,
        candidates: [
          { name: 'Ann', email: 'ann@example.com' },
          { name: 'Bo', email: 'bo@example.com' },
        ],
      });
      expect(res.status).toBe(201);
      const { invites } = (await res.json()) as { invites: { code: string; status: string }[] };
      expect(invites.map((i) => i.status)).toEqual(['open', 'open']);
      expect(new Set(invites.map((i) => i.code)).size).toBe(2);
    });

    it('creates none when one pasted line is not valid, and names the line', async () => {
      const assessmentId = await anAssessment(db.sql, orgId);
      const res = await as(admin, 'POST', '/api/v1/invites/bulk', {
        assessmentId,
        candidates: [
          { name: 'Ann', email: 'ann@example.com' },
          { name: 'Bo', email: 'not an email' },
        ],
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('candidates.1.email');
      expect((await db.sql`SELECT 1 FROM invites WHERE assessment_id = ${assessmentId}`).length).toBe(0);
    });

    it('makes a revoked code unusable, and refuses to revoke one already used', async () => {
      const assessmentId = await anAssessment(db.sql, orgId);
      const code = await anInvite(db.sql, orgId, assessmentId);
      const [invite] = await db.sql<{ id: string }[]>`SELECT id FROM invites WHERE code = ${code}`;
      expect((await as(admin, 'POST', `/api/v1/invites/${invite!.id}/revoke`)).status).toBe(200);
      expect((await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).status).toBe(410);
      const used = await anInvite(db.sql, orgId, assessmentId);
      await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code: used }));
      const [usedRow] = await db.sql<{ id: string }[]>`SELECT id FROM invites WHERE code = ${used}`;
      expect((await as(admin, 'POST', `/api/v1/invites/${usedRow!.id}/revoke`)).status).toBe(409);
    });
  });

  describe('interviews, results and overrides', () => {
    let assessmentId: string;
    let finished: { sessionId: string; submissionIds: string[] };
    let inProgress: { sessionId: string };

    beforeAll(async () => {
      assessmentId = await anAssessment(db.sql, orgId);
      finished = await playInterview(app, await anInvite(db.sql, orgId, assessmentId), solvedSnapshot);
      inProgress = await playInterview(app, await anInvite(db.sql, orgId, assessmentId), starterSnapshot, 1);
    });

    it('shows who is in progress, on which task, with the time left', async () => {
      const live = (await (await as(admin, 'GET', '/api/v1/interviews/live')).json()) as {
        interviews: {
          sessionId: string;
          taskNumber: number;
          taskCount: number;
          currentTaskTitle: string;
          secondsLeft: number;
          taskSecondsLeft: number;
        }[];
      };
      const row = live.interviews.find((i) => i.sessionId === inProgress.sessionId)!;
      expect(row).toMatchObject({ taskNumber: 2, taskCount: 2, currentTaskTitle: expect.any(String) });
      expect(row.secondsLeft).toBeGreaterThan(5_000);
      expect(row.taskSecondsLeft).toBeGreaterThan(0);
      expect(live.interviews.some((i) => i.sessionId === finished.sessionId)).toBe(false);
    });

    it('gives the result page every piece of evidence: checks, formulas, time spent and the timeline', async () => {
      const r = (await (await as(admin, 'GET', `/api/v1/sessions/${finished.sessionId}/results`)).json()) as SessionResults;
      expect(r).toMatchObject({ state: 'completed', candidateEmail: 'casey@test.example', assessmentId, assessmentName: 'Screening' });
      expect(r.submissions).toHaveLength(2);
      for (const s of r.submissions) {
        expect(s.finalScore).toBe(1);
        expect(s.secondsSpent).toBeGreaterThanOrEqual(0);
        expect(s.formulas.length).toBeGreaterThan(0);
        expect(s.formulas[0]!.formula).toMatch(/^=/);
        expect(s.result.checks.some((c) => c.kind === 'hidden-data' && c.evidence.length > 0)).toBe(true);
      }
      expect(r.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['session_started', 'task_submitted', 'session_completed']));
    });

    it('applies an override to the task and the interview, and keeps who, when and why', async () => {
      const [first] = finished.submissionIds;
      const res = await as(admin, 'POST', `/api/v1/submissions/${first}/override`, {
        score: 0.5,
        reason: 'Typed the totals after checking them',
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        finalScore: 0.5,
        overrides: [{ score: 0.5, previousScore: 1, reason: 'Typed the totals after checking them', userName: 'Sam admin' }],
      });
      const r = (await (await as(admin, 'GET', `/api/v1/sessions/${finished.sessionId}/results`)).json()) as SessionResults;
      expect(r.summary.overallScore).toBe(0.75);
      const [audit] = await db.sql<
        { details: { previousScore: number; score: number } }[]
      >`SELECT details FROM audit_log WHERE target_id = ${first!} AND action = 'score.override'`;
      expect(audit!.details).toMatchObject({ previousScore: 1, score: 0.5 });
      const listed = (await (await as(admin, 'GET', `/api/v1/interviews?assessmentId=${assessmentId}&state=completed`)).json()) as {
        interviews: { overallScore: number }[];
      };
      expect(listed.interviews.map((i) => i.overallScore)).toEqual([0.75]);
    });

    it('refuses an override without a reason and keeps the score', async () => {
      const [, second] = finished.submissionIds;
      expect((await as(admin, 'POST', `/api/v1/submissions/${second}/override`, { score: 0, reason: '' })).status).toBe(400);
      const [row] = await db.sql<{ final_score: string }[]>`SELECT final_score FROM submissions WHERE id = ${second!}`;
      expect(Number(row!.final_score)).toBe(1);
    });

    it('counts the funnel, the distribution, task pass rates and skill averages for one assessment', async () => {
      await anInvite(db.sql, orgId, assessmentId);
      const a = (await (await as(admin, 'GET', `/api/v1/analytics?assessmentId=${assessmentId}`)).json()) as Analytics;
      expect(a.funnel).toEqual({ invited: 3, started: 2, completed: 1 });
      expect(a.distribution.find((b) => b.from === 0.7)!.interviews).toBe(1);
      expect(a.distribution.reduce((n, b) => n + b.interviews, 0)).toBe(1);
      const lookup = a.tasks.find((t) => t.taskId === 'price-lookup-vlookup')!;
      // The finished candidate's lookup was overridden to 0.5; the one in progress handed in the starter sheet (0).
      expect(lookup).toMatchObject({ attempts: 2, passRate: 0, meanScore: 0.25 });
      expect(a.tasks.find((t) => t.taskId === 'regional-sales-sumifs')).toMatchObject({ attempts: 1, passRate: 1, meanScore: 1 });
      expect(a.skills).toEqual(expect.arrayContaining([{ skill: 'lookups', meanScore: 0.25, attempts: 2 }]));
    });

    it('filters analytics by date: a range before anything happened is empty', async () => {
      const a = (await (
        await as(admin, 'GET', `/api/v1/analytics?assessmentId=${assessmentId}&from=2020-01-01&to=2020-12-31`)
      ).json()) as Analytics;
      expect(a.funnel).toEqual({ invited: 0, started: 0, completed: 0 });
      expect(a.tasks).toEqual([]);
    });

    it('refuses a date that is not a date, naming the field', async () => {
      const res = await as(admin, 'GET', '/api/v1/analytics?from=yesterday');
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('from');
    });

    it('exports one CSV line per interview, as a download', async () => {
      const res = await as(admin, 'GET', `/api/v1/interviews/export.csv?assessmentId=${assessmentId}`);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="interviews-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = (await res.text()).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'session_id,candidate_name,candidate_email,assessment,state,invited_at,started_at,completed_at,tasks_handed_in,overall_score,score_status,task_scores',
      );
      expect(lines).toHaveLength(3);
      expect(lines.find((l) => l.startsWith(`"${finished.sessionId}"`))).toMatch(
        /,"completed",.*,2,0\.75,"final","price-lookup-vlookup=0\.5000; regional-sales-sumifs=1\.0000"$/,
      );
    });
  });
});
