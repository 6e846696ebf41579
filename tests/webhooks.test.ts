import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks, MAX_ATTEMPTS, retryDelaySeconds } from '../backend/webhooks/deliveries';
import { testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { playInterview } from './helpers/interviews';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

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
    const mine = receiver.received.slice(before);
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
    >`SELECT status, attempts, last_status FROM webhook_deliveries WHERE org_id = ${orgId}`;
    expect(row).toEqual({ status: 'delivered', attempts: 1, last_status: 204 });
  });

  it('keeps a failed delivery, retries it when due, and gives up after the last attempt', async () => {
    receiver.answerWith(503);
    const { orgId } = await aCompletedInterview(receiver.url);
    const state = async () =>
      (
        await db.sql<{ status: string; attempts: number; last_error: string; next_attempt_at: Date }[]>`
      SELECT status, attempts, last_error, next_attempt_at FROM webhook_deliveries WHERE org_id = ${orgId}`
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
    const [due] = await db.sql<{ next_attempt_at: Date }[]>`SELECT next_attempt_at FROM webhook_deliveries WHERE org_id = ${orgId}`;
    await deliverDueWebhooks(db.sql, fetch, new Date(due!.next_attempt_at.getTime() + 1000));
    const [row] = await db.sql`SELECT status, attempts FROM webhook_deliveries WHERE org_id = ${orgId}`;
    expect(row).toEqual({ status: 'delivered', attempts: 2 });
  });

  it('records a receiver that cannot be reached, in words', async () => {
    const { orgId } = await aCompletedInterview('http://127.0.0.1:9/nothing-listens-here');
    const [row] = await db.sql<
      { status: string; last_error: string }[]
    >`SELECT status, last_error FROM webhook_deliveries WHERE org_id = ${orgId}`;
    expect(row!.status).toBe('pending');
    expect(row!.last_error).toMatch(/^Could not connect/);
  });

  it('queues nothing for an organisation without a webhook', async () => {
    const { orgId } = await aCompletedInterview(null);
    expect(await db.sql`SELECT 1 FROM webhook_deliveries WHERE org_id = ${orgId}`).toHaveLength(0);
  });
});
