import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../backend/crypto/password';
import { queueInviteReminders } from '../backend/recruiting/invites';
import { eraseExpiredCandidates } from '../backend/recruiting/candidate-data';
import { issueSetupToken } from '../backend/accounts/organisations';
import { linksFor } from '../shared/links';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { solvedSnapshot } from './helpers/snapshots';
import { aSignedInUser, anAssessment, anInvite, anOrganisation, type SignedIn } from './helpers/world';

const LINKS = linksFor('https://interviews.example.com');

describe.each(engines())('a company adopts it, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { publicUrl: 'https://interviews.example.com' });
  });
  afterAll(() => db.close());

  const as = async (who: SignedIn, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { ...who.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, never> };
  };
  const auditOf = async (orgId: string, action: string) =>
    db.sql<{ user_id: string | null; target_id: string | null; details: Record<string, unknown> }[]>`
      SELECT user_id, target_id, details FROM audit_log WHERE org_id = ${orgId} AND action = ${action} ORDER BY id`;

  describe('organisation settings', () => {
    it('starts in UTC, with no message, scores hidden from candidates, data kept, and reminders a day ahead', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const { body } = await as(admin, 'GET', '/api/v1/settings');
      expect(body).toMatchObject({
        timeZone: 'UTC',
        candidateMessage: null,
        candidatesSeeScores: false,
        retentionDays: null,
        reminderHours: 24,
      });
    });

    it('saves each setting, and the audit log says who changed what', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const change = {
        name: 'Acme Ltd',
        timeZone: 'Europe/Berlin',
        candidateMessage: 'Take your time.',
        closingMessage: 'We reply to everyone within a week.',
        candidatesSeeScores: true,
        retentionDays: 90,
        reminderHours: 12,
      };
      const saved = await as(admin, 'PUT', '/api/v1/settings', change);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject(change);
      expect((await as(admin, 'GET', '/api/v1/auth/me')).body).toMatchObject({
        organisation: { name: 'Acme Ltd', timeZone: 'Europe/Berlin' },
      });
      expect(await auditOf(org.orgId, 'settings.update')).toEqual([
        { user_id: admin.userId, target_id: null, details: expect.objectContaining(change) },
      ]);
    });

    it('refuses a time zone that does not exist, naming the field', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const res = await as(admin, 'PUT', '/api/v1/settings', { timeZone: 'Mars/Olympus_Mons' });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('timeZone');
    });
  });

  describe('people', () => {
    it('removes a colleague, whose sign-in ends at once', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const colleague = await aSignedInUser(db.sql, org.orgId, 'recruiter');
      expect((await as(colleague, 'GET', '/api/v1/assessments')).status).toBe(200);
      expect((await as(admin, 'POST', `/api/v1/users/${colleague.userId}/remove`)).status).toBe(200);
      expect((await as(colleague, 'GET', '/api/v1/assessments')).status).toBe(401);
      expect((await as(admin, 'GET', '/api/v1/users')).body.users).not.toContainEqual(expect.objectContaining({ id: colleague.userId }));
      expect(await auditOf(org.orgId, 'user.remove')).toHaveLength(1);
    });

    it('changes a colleague’s role', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const colleague = await aSignedInUser(db.sql, org.orgId, 'recruiter');
      expect((await as(colleague, 'GET', '/api/v1/users')).status).toBe(403);
      expect((await as(admin, 'PUT', `/api/v1/users/${colleague.userId}/role`, { role: 'admin' })).body).toMatchObject({ role: 'admin' });
      expect((await as(colleague, 'GET', '/api/v1/users')).status).toBe(200);
    });

    it('never removes or demotes the last admin', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const removed = await as(admin, 'POST', `/api/v1/users/${admin.userId}/remove`);
      expect(removed.status).toBe(409);
      expect(removed.body).toMatchObject({ error: { message: expect.stringContaining('last admin') } });
      expect((await as(admin, 'PUT', `/api/v1/users/${admin.userId}/role`, { role: 'recruiter' })).status).toBe(409);
      const second = await aSignedInUser(db.sql, org.orgId, 'admin');
      expect((await as(second, 'POST', `/api/v1/users/${admin.userId}/remove`)).status).toBe(200);
    });

    it('lets a colleague change their own password, ending their other sign-ins but not this one', async () => {
      const org = await anOrganisation(db.sql);
      const me = await aSignedInUser(db.sql, org.orgId, 'recruiter');
      await db.sql`UPDATE users SET password_hash = ${await hashPassword('the old password')} WHERE id = ${me.userId}`;
      const email = (await db.sql<{ email: string }[]>`SELECT email FROM users WHERE id = ${me.userId}`)[0]!.email;
      const elsewhere = await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'the old password' }));
      const otherCookie = elsewhere.headers.get('set-cookie')!.split(';')[0]!;
      expect(
        (await as(me, 'POST', '/api/v1/auth/password', { currentPassword: 'wrong guess', newPassword: 'a new password' })).status,
      ).toBe(400);
      expect(
        (await as(me, 'POST', '/api/v1/auth/password', { currentPassword: 'the old password', newPassword: 'a new password' })).status,
      ).toBe(200);
      expect((await app.request('/api/v1/auth/me', { headers: { cookie: otherCookie } })).status).toBe(401);
      expect((await as(me, 'GET', '/api/v1/auth/me')).status).toBe(200);
      expect((await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'a new password' }))).status).toBe(200);
    });

    it('invites a colleague by e-mail with a single-use link to set their password', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const invited = await as(admin, 'POST', '/api/v1/users', { email: 'new.colleague@example.com', name: 'Nia', role: 'recruiter' });
      expect(invited.status).toBe(201);
      const [mail] = await db.sql<
        { kind: string; text_body: string }[]
      >`SELECT kind, text_body FROM mail_outbox WHERE org_id = ${org.orgId}`;
      expect(mail).toMatchObject({
        kind: 'set_password',
        text_body: expect.stringContaining(LINKS.setPassword(String(invited.body.setPasswordToken))),
      });
    });
  });

  describe('a forgotten password', () => {
    async function aColleagueWithAPassword() {
      const org = await anOrganisation(db.sql);
      const me = await aSignedInUser(db.sql, org.orgId, 'recruiter');
      await db.sql`UPDATE users SET password_hash = ${await hashPassword('forgotten password')} WHERE id = ${me.userId}`;
      const email = (await db.sql<{ email: string }[]>`SELECT email FROM users WHERE id = ${me.userId}`)[0]!.email;
      return { org, me, email };
    }
    const resetToken = async (orgId: string) => {
      const [mail] = await db.sql<
        { text_body: string }[]
      >`SELECT text_body FROM mail_outbox WHERE org_id = ${orgId} AND kind = 'reset_password'`;
      return mail ? decodeURIComponent(/#\/reset\?token=(\S+)/.exec(mail.text_body)![1]!) : null;
    };

    it('answers the same whether or not the email has an account', async () => {
      const { email } = await aColleagueWithAPassword();
      const known = await app.request('/api/v1/auth/forgot-password', jsonRequest('POST', { email }));
      const unknown = await app.request('/api/v1/auth/forgot-password', jsonRequest('POST', { email: 'nobody-here@example.com' }));
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(await known.json()).toEqual(await unknown.json());
    });

    it('e-mails a link that sets a new password once, signs in, and ends every other sign-in', async () => {
      const { org, me, email } = await aColleagueWithAPassword();
      await app.request('/api/v1/auth/forgot-password', jsonRequest('POST', { email }));
      const token = await resetToken(org.orgId);
      expect(token).toMatch(/^eiu_/);
      const reset = await app.request('/api/v1/auth/reset-password', jsonRequest('POST', { token: token!, password: 'remembered now' }));
      expect(reset.status).toBe(200);
      expect(reset.headers.get('set-cookie')).toContain('ei_session=');
      expect((await as(me, 'GET', '/api/v1/auth/me')).status).toBe(401);
      expect((await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'forgotten password' }))).status).toBe(401);
      expect((await app.request('/api/v1/auth/sign-in', jsonRequest('POST', { email, password: 'remembered now' }))).status).toBe(200);
      expect((await app.request('/api/v1/auth/reset-password', jsonRequest('POST', { token, password: 'a third password' }))).status).toBe(
        404,
      );
      expect(await auditOf(org.orgId, 'user.password_reset')).toHaveLength(1);
    });
  });

  describe('candidate data', () => {
    it('deletes one candidate’s data on request, and the audit log keeps that it happened but not who they were', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
      const finished = await playInterview(app, code, solvedSnapshot);
      const recruiter = await aSignedInUser(db.sql, org.orgId, 'recruiter');
      expect((await as(recruiter, 'POST', `/api/v1/interviews/${finished.sessionId}/erase`)).status).toBe(403);
      expect((await as(admin, 'POST', `/api/v1/interviews/${finished.sessionId}/erase`)).status).toBe(200);
      for (const table of ['invites', 'interviews', 'submissions', 'scores', 'events', 'follow_ups'] as const) {
        const [row] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${db.sql(table)} WHERE org_id = ${org.orgId}`;
        expect([table, row!.n]).toEqual([table, 0]);
      }
      const [entry] = await auditOf(org.orgId, 'candidate.delete');
      expect(entry).toMatchObject({ user_id: admin.userId, details: { reason: 'on request', interviewId: finished.sessionId } });
      expect(JSON.stringify(entry)).not.toContain('casey');
      expect((await as(admin, 'GET', `/api/v1/sessions/${finished.sessionId}/results`)).status).toBe(404);
    });

    it('refuses to delete an interview in progress', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
      const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
        session: { id: string };
      };
      expect((await as(admin, 'POST', `/api/v1/interviews/${redeemed.session.id}/erase`)).status).toBe(409);
    });

    it('deletes candidates past the retention period in the sweep, and keeps the rest', async () => {
      const org = await anOrganisation(db.sql);
      await db.sql`UPDATE organisations SET retention_days = 30 WHERE id = ${org.orgId}`;
      const assessmentId = await anAssessment(db.sql, org.orgId);
      const old = await playInterview(app, await anInvite(db.sql, org.orgId, assessmentId), solvedSnapshot);
      const recent = await playInterview(app, await anInvite(db.sql, org.orgId, assessmentId), solvedSnapshot);
      await db.sql`UPDATE interviews SET completed_at = now() - interval '40 days' WHERE id = ${old.sessionId}`;
      await eraseExpiredCandidates(db.sql, new Date());
      const left = await db.sql<{ id: string }[]>`SELECT id FROM interviews WHERE org_id = ${org.orgId}`;
      expect(left.map((r) => r.id)).toEqual([recent.sessionId]);
      expect(await auditOf(org.orgId, 'candidate.delete')).toEqual([
        { user_id: null, target_id: null, details: { reason: 'retention', candidates: 1 } },
      ]);
    });
  });

  describe('reminders', () => {
    it('reminds a candidate once before their code expires, when the invitation was e-mailed', async () => {
      const org = await anOrganisation(db.sql);
      const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
      const assessmentId = await anAssessment(db.sql, org.orgId);
      const emailed = await as(admin, 'POST', '/api/v1/invites', {
        assessmentId,
        candidateName: 'Ada',
        candidateEmail: 'ada@example.com',
        expiresInHours: 30,
      });
      await as(admin, 'POST', '/api/v1/invites', {
        assessmentId,
        candidateName: 'Quiet',
        candidateEmail: 'q@example.com',
        expiresInHours: 30,
        sendEmail: false,
      });
      const sixHoursOn = new Date(Date.now() + 6 * 3_600_000 + 60_000);
      expect(await queueInviteReminders(db.sql, LINKS, new Date())).toBe(0);
      expect(await queueInviteReminders(db.sql, LINKS, sixHoursOn)).toBe(1);
      expect(await queueInviteReminders(db.sql, LINKS, sixHoursOn)).toBe(0);
      const reminders = await db.sql<
        { invite_id: string; subject: string }[]
      >`SELECT invite_id, subject FROM mail_outbox WHERE org_id = ${org.orgId} AND kind = 'reminder'`;
      expect(reminders).toEqual([{ invite_id: emailed.body.id, subject: expect.stringContaining('Reminder: your') }]);
    });
  });

  describe("the candidate's page", () => {
    it('says what the interview is, what is recorded, how to open the add-in, and shows the code', async () => {
      const org = await anOrganisation(db.sql);
      await db.sql`UPDATE organisations SET name = 'Acme Ltd', time_zone = 'America/New_York', candidate_message = 'Good luck!' WHERE id = ${org.orgId}`;
      const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
      const res = await app.request(`/join/${code}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const text of [
        'Acme Ltd invites you, Casey Candidate',
        'Good luck!',
        code,
        '(America/New_York)',
        'What is recorded',
        'Upload My Add-in',
        'On a Mac',
        'https://interviews.example.com/manifest.xml',
      ]) {
        expect(html).toContain(text);
      }
      expect(html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
      expect(await (await app.request(`/api/v1/join/${code.toLowerCase().replace(/-/g, ' ')}`)).json()).toMatchObject({
        state: 'open',
        taskCount: 2,
      });
    });

    it('says in words when a code is used, withdrawn, expired or unknown', async () => {
      const org = await anOrganisation(db.sql);
      const assessmentId = await anAssessment(db.sql, org.orgId);
      const used = await anInvite(db.sql, org.orgId, assessmentId);
      await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code: used }));
      const withdrawn = await anInvite(db.sql, org.orgId, assessmentId);
      await db.sql`UPDATE invites SET revoked_at = now() WHERE code = ${withdrawn}`;
      const expired = await anInvite(db.sql, org.orgId, assessmentId, new Date(Date.now() - 1000));
      const page = async (code: string) => (await app.request(`/join/${code}`)).text();
      expect(await page(used)).toContain('This code has already been used');
      expect(await page(withdrawn)).toContain('has withdrawn this invitation');
      expect(await page(expired)).toContain('This code expired');
      const unknown = await app.request('/join/ABCD-EFGH-JKLM');
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('We could not find this invitation');
    });

    it('serves the add-in manifest for this deployment, to download', async () => {
      const res = await app.request('/manifest.xml');
      expect(res.headers.get('content-disposition')).toContain('attachment');
      expect(await res.text()).toContain('<SourceLocation DefaultValue="https://interviews.example.com/addin/"/>');
    });
  });
});

describe.each(engines())('the first-run setup of a fresh install, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open({ ownDatabase: true });
    app = testApp(db.sql);
  });
  afterAll(() => db.close());

  const setup = (token: string, adminEmail = 'founder@acme.example') =>
    app.request(
      '/api/v1/setup',
      jsonRequest('POST', {
        token,
        organisationName: 'Acme Ltd',
        timeZone: 'Europe/London',
        adminName: 'Fay Founder',
        adminEmail,
        password: 'a long password',
      }),
    );

  it('is open while there is no organisation, and refuses a wrong token', async () => {
    expect(await (await app.request('/api/v1/setup')).json()).toEqual({ needed: true });
    expect((await setup('setup_not-the-token')).status).toBe(403);
  });

  it('creates the organisation and its admin with the token from the log, signs them in, and then closes for good', async () => {
    const token = (await issueSetupToken(db.sql, new Date()))!;
    const made = await setup(token);
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({
      user: { role: 'admin', email: 'founder@acme.example' },
      organisation: { name: 'Acme Ltd', timeZone: 'Europe/London' },
    });
    expect(made.headers.get('set-cookie')).toContain('ei_session=');
    expect(await (await app.request('/api/v1/setup')).json()).toEqual({ needed: false });
    expect((await setup(token, 'second@acme.example')).status).toBe(409);
    expect(await issueSetupToken(db.sql, new Date())).toBeNull();
  });
});
