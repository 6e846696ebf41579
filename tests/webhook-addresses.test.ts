import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, webhookUrlProblem } from '../backend/webhooks/address-policy';
import { pinnedSend } from '../backend/webhooks/pinned-send';
import { testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { aSignedInUser, anOrganisation } from './helpers/world';

describe('where webhooks may go', () => {
  it.each([
    'https://127.0.0.1:8787/hook',
    'https://localhost/hook',
    'https://api.localhost/hook',
    'https://2130706433/hook',
    'https://0x7f.0.0.1/hook',
    'https://127.1/hook',
    'https://0.0.0.0/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://10.1.2.3/hook',
    'https://192.168.1.1/',
    'https://[::1]/hook',
    'https://[fd00:ec2::254]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[fe80::1]/',
    'https://224.0.0.1/',
    'https://metadata.google.internal/',
  ])('refuses %s, a loopback, private, link-local, multicast, unspecified or metadata address', (url) => {
    expect(webhookUrlProblem(url, [])).toMatch(/loopback, private or internal address; webhooks go to public addresses only$/);
  });

  it('refuses http to a public host, and accepts https', () => {
    expect(webhookUrlProblem('http://hooks.example.com/x', [])).toMatch(/^must use https/);
    expect(webhookUrlProblem('https://hooks.example.com/x', [])).toBeNull();
    expect(webhookUrlProblem('https://93.184.216.34/x', [])).toBeNull();
  });

  it('lets the development setting allow http and loopback for the hosts it names', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9999/hook', ['127.0.0.1'])).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.2:9999/hook', ['127.0.0.1'])).not.toBeNull();
  });

  it('tells public from internal addresses', () => {
    expect(['8.8.8.8', '2606:4700::1111', '100.128.0.1'].map(isPublicAddress)).toEqual([true, true, true]);
    expect(['100.64.0.1', '172.31.255.255', '::', '64:ff9b::a00:1'].map(isPublicAddress)).toEqual([false, false, false, false]);
  });
});

describe('the pinned webhook sender', () => {
  let receiver: Server;
  let port = 0;
  let hits = 0;
  beforeAll(async () => {
    receiver = createServer((_req, res) => {
      hits++;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('refuses a name that resolves to an internal address, after resolving it, and sends nothing', async () => {
    // This machine's own name resolves to one of its own addresses (127.0.0.1 here), which no name check catches.
    const before = hits;
    const send = pinnedSend([]);
    await expect(send(`https://${hostname()}:${port}/hook`, { method: 'POST', body: '{}' })).rejects.toThrow(
      /resolves to .*, a loopback, private or internal address/,
    );
    expect(hits).toBe(before);
  });

  it('delivers to a host the development setting names', async () => {
    const res = await pinnedSend(['127.0.0.1'])(`http://127.0.0.1:${port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(204);
  });
});

describe.each(engines())('the webhook setting, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(() => db.close());

  it('refuses an internal webhook URL with a 400 that says why, and keeps the one saved', async () => {
    const org = await anOrganisation(db.sql);
    const admin = await aSignedInUser(db.sql, org.orgId, 'admin');
    const app = testApp(db.sql);
    const put = (webhookUrl: string) =>
      app.request('/api/v1/settings', {
        method: 'PUT',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ webhookUrl }),
      });
    expect((await put('https://ats.example.com/hook')).status).toBe(200);
    const refused = await put('https://2130706433:5432/');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'The webhook URL points at 127.0.0.1, a loopback, private or internal address; webhooks go to public addresses only.',
    );
    const [row] = await db.sql<{ webhook_url: string }[]>`SELECT webhook_url FROM organisations WHERE id = ${org.orgId}`;
    expect(row!.webhook_url).toBe('https://ats.example.com/hook');
  });
});
