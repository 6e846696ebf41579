import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_ATTEMPTS, queueMail, sendDueMail } from '../backend/mail/outbox';
import { invitationMail } from '../backend/mail/messages';
import { smtpTransport } from '../backend/mail/smtp-transport';
import { httpMailTransport, keptInOutbox, type MailTransport } from '../backend/mail/transport';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { startSmtpServer } from './helpers/smtp';
import { anAssessment, anOrganisation } from './helpers/world';

const FROM = 'Acme Hiring <hiring@acme.example>';

describe.each(engines())('e-mail that reaches the candidate, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(() => db.close());

  /** An organisation in Berlin with a message for its candidates, and an assessment to invite to. */
  async function anOrganisationThatInvites() {
    const org = await anOrganisation(db.sql);
    await db.sql`UPDATE organisations SET name = 'Acme Ltd', time_zone = 'Europe/Berlin',
      candidate_message = 'Please use a quiet hour; nothing is timed before you press Start.' WHERE id = ${org.orgId}`;
    return { ...org, assessmentId: await anAssessment(db.sql, org.orgId) };
  }

  /** One message queued for the organisation, as an invitation would be. */
  async function aQueuedMail(orgId: string, to: string) {
    const mail = invitationMail({
      organisation: { name: 'Acme Ltd', timeZone: 'UTC', candidateMessage: null },
      candidateName: 'Ada',
      candidateEmail: to,
      assessmentName: 'Screening',
      code: 'K7QM-2XHP-9RWD',
      expiresAt: new Date('2026-12-11T16:00:00Z'),
      joinUrl: 'https://interviews.example.com/join/K7QM-2XHP-9RWD',
    });
    await queueMail(db.sql, { orgId, kind: 'invitation', mail });
    const [row] = await db.sql<{ id: string }[]>`SELECT id FROM mail_outbox WHERE org_id = ${orgId} AND to_address = ${to}`;
    return row!.id;
  }
  const stateOf = async (id: string) =>
    (
      await db.sql<{ state: string; attempts: number; next_at: Date; last_error: string | null }[]>`
      SELECT state, attempts, next_at, last_error FROM mail_outbox WHERE id = ${id}`
    )[0]!;

  it("delivers an invitation over SMTP: the organisation's name and message, the code, the expiry in its zone, and the candidate's page, as text and HTML", async () => {
    const smtp = await startSmtpServer();
    try {
      const app = testApp(db.sql, { mail: smtpTransport(smtp.url, FROM), publicUrl: 'https://interviews.acme.example' });
      const org = await anOrganisationThatInvites();
      const res = await app.request(
        '/api/v1/invites',
        jsonRequest(
          'POST',
          {
            assessmentId: org.assessmentId,
            candidateName: 'Ada Lovelace',
            candidateEmail: `ada-${org.orgId}@example.com`,
            expiresInHours: 48,
          },
          org.token,
        ),
      );
      expect(res.status).toBe(201);
      const invite = (await res.json()) as { code: string; joinUrl: string };
      await app.drain();
      // Addresses are the test's own: the outbox is shared by every organisation on this database.
      const [mail] = await smtp.to(`ada-${org.orgId}@example.com`);
      const { parsed } = mail!;
      expect(parsed.from?.value[0]).toMatchObject({ name: 'Acme Hiring', address: 'hiring@acme.example' });
      expect(parsed.subject).toBe('Acme Ltd invites you to an Excel interview: Screening');
      for (const body of [parsed.text!, parsed.html as string]) {
        expect(body).toContain('Acme Ltd');
        expect(body).toContain('Please use a quiet hour');
        expect(body).toContain(invite.code);
        expect(body).toMatch(/\(Europe\/Berlin\)/);
        expect(body).toContain(`https://interviews.acme.example/join/${invite.code}`);
      }
      expect(invite.joinUrl).toBe(`https://interviews.acme.example/join/${invite.code}`);
      // The link leads to the candidate's page, which names the organisation and shows the code.
      const page = await app.request(new URL(invite.joinUrl).pathname);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Acme Ltd invites you, Ada Lovelace');
      expect(html).toContain(invite.code);
      const [listed] = (
        (await (await app.request('/api/v1/invites', jsonRequest('GET', undefined, org.token))).json()) as { invites: { mail: unknown }[] }
      ).invites;
      expect(listed!.mail).toMatchObject({
        kind: 'invitation',
        state: 'sent',
        detail: expect.stringContaining('accepted by the SMTP server'),
      });
    } finally {
      await smtp.close();
    }
  });

  it('sends invitations in bulk, one to each candidate, or none when asked not to', async () => {
    const smtp = await startSmtpServer();
    try {
      const app = testApp(db.sql, { mail: smtpTransport(smtp.url, FROM) });
      const org = await anOrganisationThatInvites();
      const candidates = [
        { name: 'Grace', email: `grace-${org.orgId}@example.com` },
        { name: 'Katherine', email: `katherine-${org.orgId}@example.com` },
      ];
      await app.request('/api/v1/invites/bulk', jsonRequest('POST', { assessmentId: org.assessmentId, candidates }, org.token));
      await app.request(
        '/api/v1/invites/bulk',
        jsonRequest(
          'POST',
          { assessmentId: org.assessmentId, candidates: [{ name: 'Quiet', email: `quiet-${org.orgId}@example.com` }], sendEmail: false },
          org.token,
        ),
      );
      await app.drain();
      expect((await smtp.to(`grace-${org.orgId}@example.com`)).length).toBe(1);
      expect((await smtp.to(`katherine-${org.orgId}@example.com`)).length).toBe(1);
      expect(smtp.received.filter((m) => m.to.includes(`quiet-${org.orgId}@example.com`))).toEqual([]);
    } finally {
      await smtp.close();
    }
  });

  it('answers the invite at once while the mail server is down, and keeps the mail to try again', async () => {
    const app = testApp(db.sql, { mail: smtpTransport('smtp://127.0.0.1:9', FROM) });
    const org = await anOrganisationThatInvites();
    const res = await app.request(
      '/api/v1/invites',
      jsonRequest('POST', { assessmentId: org.assessmentId, candidateName: 'Ada', candidateEmail: 'ada@example.com' }, org.token),
    );
    expect(res.status).toBe(201);
    await app.drain();
    const [row] = await db.sql<
      { state: string; last_error: string }[]
    >`SELECT state, last_error FROM mail_outbox WHERE org_id = ${org.orgId}`;
    expect(row).toMatchObject({ state: 'retrying', last_error: expect.stringMatching(/ECONNREFUSED|connect/) });
  });

  it('tries again later when the SMTP server refuses for now (4xx), with a longer pause each time, and gives up after six tries', async () => {
    const smtp = await startSmtpServer({ reject: { code: 451, message: 'Try again later' } });
    try {
      const org = await anOrganisation(db.sql);
      const id = await aQueuedMail(org.orgId, `later-${org.orgId}@example.com`);
      const transport = smtpTransport(smtp.url, FROM);
      let now = Date.now();
      let pause = 0;
      for (let attempt = 1; attempt < MAIL_ATTEMPTS; attempt++) {
        await sendDueMail(db.sql, transport, new Date(now));
        const state = await stateOf(id);
        expect(state).toMatchObject({ state: 'retrying', attempts: attempt, last_error: expect.stringContaining('451') });
        expect(state.next_at.getTime() - now).toBeGreaterThan(pause);
        pause = state.next_at.getTime() - now;
        now = state.next_at.getTime();
      }
      await sendDueMail(db.sql, transport, new Date(now));
      expect(await stateOf(id)).toMatchObject({
        state: 'bounced',
        attempts: MAIL_ATTEMPTS,
        last_error: expect.stringContaining('gave up after 6 tries'),
      });
    } finally {
      await smtp.close();
    }
  });

  it('gives up at once when the SMTP server refuses for good (5xx), and says why in the delivery log', async () => {
    const smtp = await startSmtpServer({ reject: { code: 550, message: 'No such user here' } });
    try {
      const org = await anOrganisation(db.sql);
      const id = await aQueuedMail(org.orgId, `nobody-${org.orgId}@example.com`);
      await sendDueMail(db.sql, smtpTransport(smtp.url, FROM), new Date());
      expect(await stateOf(id)).toMatchObject({ state: 'bounced', attempts: 1 });
      const log = await db.sql<{ outcome: string; detail: string }[]>`SELECT outcome, detail FROM mail_attempts WHERE mail_id = ${id}`;
      expect(log).toEqual([{ outcome: 'bounced', detail: expect.stringContaining('No such user here') }]);
    } finally {
      await smtp.close();
    }
  });

  it('never sends one message twice, though two senders look at once', async () => {
    const smtp = await startSmtpServer();
    try {
      const org = await anOrganisation(db.sql);
      const to = `once-${org.orgId}@example.com`;
      await aQueuedMail(org.orgId, to);
      const transport = smtpTransport(smtp.url, FROM);
      await Promise.all([sendDueMail(db.sql, transport, new Date()), sendDueMail(db.sql, transport, new Date())]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail in the outbox without a transport, for an admin to read, and logs one line per message without its body', async () => {
    const lines: { to: string; subject: string }[] = [];
    const org = await anOrganisation(db.sql);
    const id = await aQueuedMail(org.orgId, `kept-${org.orgId}@example.com`);
    await sendDueMail(
      db.sql,
      keptInOutbox((line) => lines.push(line)),
      new Date(),
    );
    expect(await stateOf(id)).toMatchObject({ state: 'kept', attempts: 1 });
    expect(lines).toEqual([{ to: `kept-${org.orgId}@example.com`, subject: expect.stringContaining('Acme Ltd') }]);
    expect(JSON.stringify(lines)).not.toContain('K7QM-2XHP-9RWD');
  });
});

describe('an HTTP mail API, the way Workers send', () => {
  let server: Server;
  let url: string;
  const requests: { auth: string | undefined; body: Record<string, unknown> }[] = [];
  let answer = 200;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        requests.push({ auth: req.headers.authorization, body: JSON.parse(text) as Record<string, unknown> });
        res
          .writeHead(answer, { 'content-type': 'application/json' })
          .end(JSON.stringify(answer === 200 ? { id: 'msg_1' } : { message: 'refused' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/emails`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const mail = { to: 'ada@example.com', subject: 'Hello', text: 'Plain', html: '<p>Rich</p>' };
  const transport = (): MailTransport => httpMailTransport({ url, key: 're_test_key', from: FROM });

  it("posts Resend's request: the key as a bearer token, and from, to, subject, text and HTML as JSON", async () => {
    answer = 200;
    expect(await transport().send(mail)).toMatchObject({ ok: true });
    expect(requests.at(-1)).toEqual({
      auth: 'Bearer re_test_key',
      body: { from: FROM, to: ['ada@example.com'], subject: 'Hello', text: 'Plain', html: '<p>Rich</p>' },
    });
  });

  it('tries again after a 5xx or a 429, and gives up at once after any other refusal', async () => {
    answer = 503;
    expect(await transport().send(mail)).toMatchObject({ ok: false, permanent: false });
    answer = 429;
    expect(await transport().send(mail)).toMatchObject({ ok: false, permanent: false });
    answer = 422;
    expect(await transport().send(mail)).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining('422') });
  });
});
