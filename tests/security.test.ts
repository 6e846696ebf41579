import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../backend/crypto/password';
import { hashToken, newInviteCode, newToken, TOKEN_PREFIX } from '../backend/crypto/tokens';
import { MAX_ACTIVITY_EVENTS } from '../backend/interview/record-activity';
import { builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { aSignedInUser, anAssessment, anInvite, anOrganisation, type Organisation } from './helpers/world';

interface ErrorBody {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

describe.each(engines())('hostile input, on $name', (engine) => {
  let db: TestDatabase;
  let org: Organisation;
  beforeAll(async () => {
    db = await engine.open();
    org = await anOrganisation(db.sql, { scoresShown: true });
  });
  afterAll(() => db.close());

  async function aCandidate(app: ReturnType<typeof testApp>) {
    // Hand-ins are built from the library's shared data here: hostile input is what is tested.
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId, undefined, { personalData: false }));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string };
      task: { id: string };
    };
    return { token: redeemed.sessionToken, sessionId: redeemed.session.id, taskId: redeemed.task.id };
  }

  describe('text with NUL or lone surrogates', () => {
    it('refuses NUL in a sign-in email with a 400 naming the field', async () => {
      const res = await testApp(db.sql).request(
        '/api/v1/auth/sign-in',
        jsonRequest('POST', { email: 'a\u0000@x.example', password: 'secret secret' }),
      );
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorBody).error.details).toEqual([
        { path: 'email', message: 'contains the NUL character (U+0000), which no text field accepts' },
      ]);
    });

    it("refuses NUL in a candidate's name and in a workbook cell, and stores nothing", async () => {
      const app = testApp(db.sql);
      const assessmentId = await anAssessment(db.sql, org.orgId);
      const invite = await app.request(
        '/api/v1/invites',
        jsonRequest('POST', { assessmentId, candidateName: 'Eve\u0000', candidateEmail: 'eve@x.example' }, org.token),
      );
      expect(invite.status).toBe(400);
      expect(((await invite.json()) as ErrorBody).error.details![0]!.path).toBe('candidateName');

      const candidate = await aCandidate(app);
      const snapshot = solvedSnapshot(builtInTask(candidate.taskId)!);
      snapshot.sheets[0]!.cells.push({ address: 'Z1', value: 'a\u0000b' });
      const handIn = await app.request(
        '/api/v1/session/submissions',
        jsonRequest('POST', { submissionId: randomUUID(), taskId: candidate.taskId, snapshot }, candidate.token),
      );
      expect(handIn.status).toBe(400);
      expect(((await handIn.json()) as ErrorBody).error.details![0]!.path).toMatch(/^snapshot\.sheets\.0\.cells\.\d+\.value$/);
      const [row] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions WHERE session_id = ${candidate.sessionId}`;
      expect(row!.n).toBe(0);
    });

    it('stores and scores a hand-in holding half an emoji, as =LEFT("😀",1) makes in Excel', async () => {
      const app = testApp(db.sql);
      const candidate = await aCandidate(app);
      const snapshot = solvedSnapshot(builtInTask(candidate.taskId)!);
      snapshot.sheets[0]!.cells.push({ address: 'Z1', value: '\uD83D', formula: '=LEFT("😀",1)' });
      const res = await app.request(
        '/api/v1/session/submissions',
        jsonRequest('POST', { submissionId: randomUUID(), taskId: candidate.taskId, snapshot }, candidate.token),
      );
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ score: 1 });
    });
  });

  it('refuses analytics dates outside 1900–2999 with a 400, not a 500', async () => {
    const app = testApp(db.sql);
    for (const day of ['0000-01-01', '9999-12-31']) {
      const res = await app.request(`/api/v1/analytics?from=${day}`, jsonRequest('GET', undefined, org.token));
      expect(res.status).toBe(400);
    }
  });

  describe('activity', () => {
    it("is stamped with the server's time, keeping the client's clamped as its claim", async () => {
      const app = testApp(db.sql);
      const candidate = await aCandidate(app);
      const before = Date.now();
      const res = await app.request(
        '/api/v1/session/activity',
        jsonRequest(
          'POST',
          { events: [{ kind: 'edit', sheet: 'Orders', range: 'D2', cells: 1, at: '9999-12-31T00:00:00.000Z' }] },
          candidate.token,
        ),
      );
      expect(res.status).toBe(202);
      const [event] = await db.sql<
        { at: Date; payload: { at: string } }[]
      >`SELECT at, payload FROM events WHERE session_id = ${candidate.sessionId} AND type = 'activity.edit'`;
      expect(event!.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(event!.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      expect(new Date(event!.payload.at).getTime()).toBeLessThanOrEqual(Date.now());
    });

    it('is limited to 60 batches a minute per interview', async () => {
      const app = testApp(db.sql);
      const candidate = await aCandidate(app);
      const batch = { events: [{ kind: 'edit', sheet: 'Orders', range: 'D2', cells: 1, at: new Date().toISOString() }] };
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++)
        statuses.push((await app.request('/api/v1/session/activity', jsonRequest('POST', batch, candidate.token))).status);
      expect(statuses.slice(0, 60).every((s) => s === 202)).toBe(true);
      expect(statuses[60]).toBe(429);
    });

    it('keeps at most its cap of events an interview, and the lifecycle events in the timeline whatever the volume', async () => {
      const app = testApp(db.sql);
      const candidate = await aCandidate(app);
      const events = Array.from({ length: 500 }, () => ({
        kind: 'edit',
        sheet: 'Orders',
        range: 'D2',
        cells: 1,
        at: new Date().toISOString(),
      }));
      let accepted = 0;
      for (let i = 0; i < MAX_ACTIVITY_EVENTS / 500 + 1; i++) {
        accepted += (
          (await (await app.request('/api/v1/session/activity', jsonRequest('POST', { events }, candidate.token))).json()) as {
            accepted: number;
          }
        ).accepted;
      }
      expect(accepted).toBe(MAX_ACTIVITY_EVENTS);
      const results = (await (
        await app.request(`/api/v1/sessions/${candidate.sessionId}/results`, jsonRequest('GET', undefined, org.token))
      ).json()) as { timeline: { type: string }[] };
      expect(results.timeline.map((e) => e.type)).toContain('code_redeemed');
    });
  });

  it('lets no API token act as an admin, even one made for an admin', async () => {
    const [admin] = await db.sql<{ id: string }[]>`
      INSERT INTO users (org_id, email, name, role) VALUES (${org.orgId}, ${`admin-${randomUUID()}@test.example`}, 'Ada Admin', 'admin') RETURNING id`;
    const token = newToken(TOKEN_PREFIX.apiToken);
    await db.sql`INSERT INTO api_tokens (org_id, user_id, name, token_hash) VALUES (${org.orgId}, ${admin!.id}, 'admin token', ${await hashToken(token)})`;
    const app = testApp(db.sql);
    expect((await app.request('/api/v1/users', jsonRequest('GET', undefined, token))).status).toBe(403);
    expect((await app.request('/api/v1/api-tokens', jsonRequest('POST', { name: 'more' }, token))).status).toBe(403);
    expect((await app.request('/api/v1/assessments', jsonRequest('GET', undefined, token))).status).toBe(200);
  });

  describe('people in more than one organisation', () => {
    const invite = async (app: ReturnType<typeof testApp>, orgId: string, email: string) =>
      app.request('/api/v1/users', {
        ...jsonRequest('POST', { email, name: 'Pat Partner', role: 'recruiter' }),
        headers: { 'content-type': 'application/json', ...(await aSignedInUser(db.sql, orgId, 'admin')).headers },
      });
    const accept = async (app: ReturnType<typeof testApp>, res: Response, password: string) =>
      app.request(
        '/api/v1/auth/accept-invite',
        jsonRequest('POST', { token: ((await res.json()) as { setPasswordToken: string }).setPasswordToken, password }),
      );

    it('lets an admin invite someone who has an account elsewhere, telling nothing about the other organisation', async () => {
      const app = testApp(db.sql);
      const email = `consultant-${randomUUID()}@test.example`;
      const other = await anOrganisation(db.sql);
      expect((await invite(app, other.orgId, email)).status).toBe(201);
      expect((await invite(app, org.orgId, email.toUpperCase())).status).toBe(201);
    });

    it('still refuses a second account for one email in one organisation', async () => {
      const app = testApp(db.sql);
      const email = `twice-${randomUUID()}@test.example`;
      expect((await invite(app, org.orgId, email)).status).toBe(201);
      const again = await invite(app, org.orgId, email);
      expect(again.status).toBe(409);
    });

    it('signs each account in with its own password, to its own organisation', async () => {
      const app = testApp(db.sql);
      const email = `both-${randomUUID()}@test.example`;
      const other = await anOrganisation(db.sql);
      expect((await accept(app, await invite(app, org.orgId, email), 'password for the first')).status).toBe(200);
      expect((await accept(app, await invite(app, other.orgId, email), 'password for the second')).status).toBe(200);
      const organisationOf = async (password: string) => {
        const res = await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password }));
        return res.status === 200 ? ((await res.json()) as { organisation: { id: string } }).organisation.id : res.status;
      };
      expect(await organisationOf('password for the first')).toBe(org.orgId);
      expect(await organisationOf('password for the second')).toBe(other.orgId);
      expect(await organisationOf('neither')).toBe(401);
    });
  });

  describe('behind a proxy that appends X-Forwarded-For', () => {
    it('counts the address the proxy appended, not the one the client wrote first', async () => {
      const app = testApp(db.sql, { clientIpHeader: 'x-forwarded-for' });
      const redeem = (spoofed: string) =>
        app.request('/api/v1/invites/redeem', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `${spoofed}, 203.0.113.7` },
          body: JSON.stringify({ code: newInviteCode() }),
        });
      const statuses: number[] = [];
      // A fresh made-up address each time would dodge a limit read from the left.
      for (let i = 0; i < 21; i++) statuses.push((await redeem(`10.0.0.${i}`)).status);
      expect(statuses.slice(0, 20).every((s) => s !== 429)).toBe(true);
      expect(statuses[20]).toBe(429);
    });

    it('slows a guesser spread over many addresses without locking the real person out', async () => {
      const app = testApp(db.sql, { clientIpHeader: 'x-forwarded-for' });
      const email = `target-${randomUUID()}@test.example`;
      await db.sql`INSERT INTO users (org_id, email, name, role, password_hash) VALUES (${org.orgId}, ${email}, 'Tess', 'recruiter', ${await hashPassword('the right password')})`;
      const signIn = (from: string, password: string) =>
        app.request('/api/v1/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
          body: JSON.stringify({ email, password }),
        });
      const guesses: number[] = [];
      for (let i = 0; i < 11; i++) guesses.push((await signIn(`198.51.100.${i}`, `guess ${i}`)).status);
      expect(guesses).toEqual(Array(11).fill(401));
      expect((await signIn('192.0.2.1', 'the right password')).status).toBe(200);
    });

    it('refuses the eleventh guess for one email from one address', async () => {
      const app = testApp(db.sql, { clientIpHeader: 'x-forwarded-for' });
      const email = `one-address-${randomUUID()}@test.example`;
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(
          (
            await app.request('/api/v1/auth/sign-in', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.200' },
              body: JSON.stringify({ email, password: `guess ${i}` }),
            })
          ).status,
        );
      }
      expect(statuses[10]).toBe(429);
    });
  });
});
