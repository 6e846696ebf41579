import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks, MAX_ATTEMPTS, retryDelaySeconds } from '../backend/webhooks/deliveries';
import { closeOverdueSessions } from '../backend/interview/close-overdue';
import { WebhookEventSchema } from '../shared/api/webhooks';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { solvedSnapshot } from './helpers/snapshots';
import { aSignedInUser, anAssessment, anInvite, anOrganisation } from './helpers/world';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A real HTTP receiver on loopback that answers with the status it is told to. */
async function aReceiver() {
  const received: Received[] = [];
  let status = 200;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/excel`,
    received,
    answerWith: (s: number) => {
      status = s;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SECRET = 'shared-secret-of-the-receiver';

describe('webhook backoff', () => {
  it('waits 30 s after the first failure and doubles each time', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
  });
});

describe.each(engines())('webhooks, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let receiver: Awaited<ReturnType<typeof aReceiver>>;
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql);
    receiver = await aReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });

  async function aCompletedInterview(webhookUrl: string | null) {
    const org = await anOrganisation(db.sql);
    await db.sql`UPDATE organisations SET webhook_url = ${webhookUrl}, webhook_secret = ${SECRET} WHERE id = ${org.orgId}`;
    const played = await playInterview(app, await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId)), solvedSnapshot);
    return { orgId: org.orgId, ...played };
  }

  it('posts interview.completed once, signed with HMAC-SHA256 over the exact body', async () => {
    receiver.answerWith(204);
    const before = receiver.received.length;
    const { orgId, sessionId } = await aCompletedInterview(receiver.url);
    const mine = receiver.received.slice(before).filter((r) => r.headers['x-excel-interviewer-event'] === 'interview.completed');
    expect(mine).toHaveLength(1);
    const { headers, body } = mine[0]!;
    expect(headers['x-excel-interviewer-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
    expect(headers['x-excel-interviewer-event']).toBe('interview.completed');
    expect(JSON.parse(body)).toMatchObject({
      event: 'interview.completed',
      sessionId,
      interview: { state: 'completed', overallScore: 1, candidateEmail: 'casey@test.example' },
    });
    const [row] = await db.sql<
      { status: string; attempts: number; last_status: number }[]
    >`SELECT status, attempts, last_status FROM webhook_deliveries WHERE org_id = ${orgId} AND event = 'interview.completed'`;
    expect(row).toEqual({ status: 'delivered', attempts: 1, last_status: 204 });
  });

  it('keeps a failed delivery, retries it when due, and gives up after the last attempt', async () => {
    receiver.answerWith(503);
    const { orgId } = await aCompletedInterview(receiver.url);
    const state = async () =>
      (
        await db.sql<{ status: string; attempts: number; last_error: string; next_attempt_at: Date }[]>`
      SELECT status, attempts, last_error, next_attempt_at FROM webhook_deliveries WHERE org_id = ${orgId} AND event = 'interview.completed'`
      )[0]!;
    const first = await state();
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_error: 'The receiver answered HTTP 503.' });

    // Not due yet: nothing is sent.
    const soon = new Date(first.next_attempt_at.getTime() - 1000);
    await deliverDueWebhooks(db.sql, fetch, soon);
    expect((await state()).attempts).toBe(1);

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++)
      await deliverDueWebhooks(db.sql, fetch, new Date((await state()).next_attempt_at.getTime() + 1000));
    expect(await state()).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('delivers on a retry once the receiver is back', async () => {
    receiver.answerWith(500);
    const { orgId } = await aCompletedInterview(receiver.url);
    receiver.answerWith(200);
    const [due] = await db.sql<
      { next_attempt_at: Date }[]
    >`SELECT next_attempt_at FROM webhook_deliveries WHERE org_id = ${orgId} AND event = 'interview.completed'`;
    await deliverDueWebhooks(db.sql, fetch, new Date(due!.next_attempt_at.getTime() + 1000));
    const [row] = await db.sql`SELECT status, attempts FROM webhook_deliveries WHERE org_id = ${orgId} AND event = 'interview.completed'`;
    expect(row).toEqual({ status: 'delivered', attempts: 2 });
  });

  it('records a receiver that cannot be reached, in words', async () => {
    const { orgId } = await aCompletedInterview('http://127.0.0.1:9/nothing-listens-here');
    const [row] = await db.sql<
      { status: string; last_error: string }[]
    >`SELECT status, last_error FROM webhook_deliveries WHERE org_id = ${orgId} AND event = 'interview.completed'`;
    expect(row!.status).toBe('pending');
    expect(row!.last_error).toMatch(/^Could not connect/);
  });

  it('queues nothing for an organisation without a webhook', async () => {
    const { orgId } = await aCompletedInterview(null);
    expect(await db.sql`SELECT 1 FROM webhook_deliveries WHERE org_id = ${orgId}`).toHaveLength(0);
  });
});

describe.each(engines())('every change an applicant tracking system follows, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql);
  });
  afterAll(() => db.close());

  /** An organisation with a webhook and one interview redeemed (not started), and what its deliveries say. */
  async function aWatchedInterview() {
    const org = await anOrganisation(db.sql);
    await db.sql`UPDATE organisations SET webhook_url = 'https://ats.example.com/hooks', webhook_secret = ${SECRET} WHERE id = ${org.orgId}`;
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string };
    };
    const deliveries = () =>
      db.sql<{ id: string; event: string; payload: Record<string, unknown> }[]>`
        SELECT id, event, payload FROM webhook_deliveries WHERE org_id = ${org.orgId} ORDER BY created_at, event`;
    return { org, sessionId: redeemed.session.id, candidate: redeemed.sessionToken, deliveries };
  }

  it('sends interview.started when the candidate presses Start, once', async () => {
    const w = await aWatchedInterview();
    expect(await w.deliveries()).toEqual([]);
    for (let i = 0; i < 2; i++) await app.request('/api/v1/session/start', jsonRequest('POST', undefined, w.candidate));
    expect((await w.deliveries()).map((d) => [d.event, d.payload.sessionId])).toEqual([['interview.started', w.sessionId]]);
  });

  it('sends interview.expired when the sweep closes an interview whose time ran out with work in it', async () => {
    const w = await aWatchedInterview();
    await app.request('/api/v1/session/start', jsonRequest('POST', undefined, w.candidate));
    await db.sql`UPDATE interviews SET task_number = 1, expires_at = now() - interval '1 hour' WHERE id = ${w.sessionId}`;
    await closeOverdueSessions(db.sql, new Date());
    expect((await w.deliveries()).map((d) => d.event)).toEqual(['interview.started', 'interview.expired']);
  });

  it('sends interview.score_overridden with the new and the previous score and the reason', async () => {
    const org = await anOrganisation(db.sql);
    await db.sql`UPDATE organisations SET webhook_url = 'https://ats.example.com/hooks' WHERE id = ${org.orgId}`;
    const played = await playInterview(app, await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId)), solvedSnapshot);
    const [submission] = await db.sql<{ id: string }[]>`SELECT id FROM submissions WHERE session_id = ${played.sessionId} LIMIT 1`;
    const res = await app.request(
      `/api/v1/submissions/${submission!.id}/override`,
      jsonRequest('POST', { score: 0.5, reason: 'Checked by hand' }, org.token),
    );
    expect(res.status).toBe(200);
    const [row] = await db.sql<{ payload: Record<string, unknown> }[]>`
      SELECT payload FROM webhook_deliveries WHERE org_id = ${org.orgId} AND event = 'interview.score_overridden'`;
    expect(row!.payload).toMatchObject({
      sessionId: played.sessionId,
      submissionId: submission!.id,
      score: 0.5,
      previousScore: 1,
      reason: 'Checked by hand',
    });
  });

  it('sends interview.stage_changed for each interview moved, with where from and where to', async () => {
    const w = await aWatchedInterview();
    const moved = await app.request(
      '/api/v1/interviews/stage',
      jsonRequest('POST', { sessionIds: [w.sessionId], stage: 'Shortlisted' }, w.org.token),
    );
    expect(await moved.json()).toEqual({ changed: 1, unchanged: 0 });
    const [delivery] = await w.deliveries();
    expect(delivery).toMatchObject({
      event: 'interview.stage_changed',
      payload: { from: 'New', to: 'Shortlisted', sessionId: w.sessionId },
    });
  });

  it('replays a delivery from the log as a new one, saying which it replays', async () => {
    const w = await aWatchedInterview();
    await app.request('/api/v1/session/start', jsonRequest('POST', undefined, w.candidate));
    const [first] = await w.deliveries();
    const admin = await aSignedInUser(db.sql, w.org.orgId, 'admin');
    const res = await app.request(`/api/v1/webhooks/deliveries/${first!.id}/replay`, { method: 'POST', headers: admin.headers });
    expect(res.status).toBe(202);
    const all = await w.deliveries();
    expect(all.map((d) => [d.event, d.payload.replayOf ?? null])).toEqual([
      ['interview.started', null],
      ['interview.started', first!.id],
    ]);
  });

  it('lists every event with its body in the OpenAPI document', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as { webhooks: Record<string, unknown> };
    expect(Object.keys(doc.webhooks).sort()).toEqual([...WebhookEventSchema.options].sort());
  });
});
