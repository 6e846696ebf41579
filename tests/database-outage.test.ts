import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../backend/app';
import { connect, type Sql } from '../backend/db/client';
import { databaseCircuit } from '../backend/http/database-circuit';
import { trackedBackground } from '../backend/http/background';
import { silentLogger } from '../backend/observability/logger';
import { engines, type TestDatabase } from './helpers/databases';
import { jsonRequest } from './helpers/app';

/** A port that accepts connections and never says a word: a database that hangs rather than refuses. */
async function aSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `postgres://postgres:x@127.0.0.1:${(server.address() as AddressInfo).port}/none`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('failing fast while the database is down', () => {
  let working: TestDatabase;
  let silent: Awaited<ReturnType<typeof aSilentServer>>;
  let hanging: Sql;
  // Port 9 (discard) on loopback has no PostgreSQL: connections are refused at once.
  const refused = connect('postgres://postgres:x@127.0.0.1:9/none', { max: 1, connectTimeoutSeconds: 1 });
  let clock = 0;
  const circuit = databaseCircuit({ openMs: 2000, now: () => clock });
  let app: ReturnType<typeof createApp>;
  // Which database a request meets, chosen per request so one test can show them interact.
  const redeem = async (database: 'refused' | 'hanging' | 'working') =>
    app.request('/api/v1/invites/redeem', {
      ...jsonRequest('POST', { code: 'ABCD-EFGH-JKLM' }),
      headers: { 'content-type': 'application/json', 'x-test-database': database },
    });

  beforeAll(async () => {
    working = await engines()[0]!.open();
    silent = await aSilentServer();
    // Long enough that a request left waiting on it would outlive the test's timeout.
    hanging = connect(silent.url, { max: 1, connectTimeoutSeconds: 60 });
    const chosen = { refused, hanging, working: working.sql };
    app = createApp({
      version: 'test',
      logger: silentLogger,
      bodyLimitBytes: 64 * 1024,
      docsScriptUrl: '/x',
      llm: null,
      background: trackedBackground().run,
      database: { open: (c) => chosen[(c.req.header('x-test-database') ?? 'working') as keyof typeof chosen] },
      databaseCircuit: circuit,
    });
  });
  afterAll(async () => {
    await Promise.all([refused.end({ timeout: 0 }), hanging.end({ timeout: 0 })]);
    await silent.close();
    await working.close();
  });

  it('answers a request already waiting for the database 503 as soon as another finds it unreachable', async () => {
    const waiting = redeem('hanging');
    const settled = await Promise.race([waiting.then(() => true), new Promise((r) => setTimeout(() => r(false), 200))]);
    expect(settled).toBe(false);

    const failed = await redeem('refused');
    expect(failed.status).toBe(503);
    const answer = await waiting;
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(await answer.json()).toMatchObject({ error: { code: 'unavailable' } });
  });

  it('answers 503 without waiting on the database while it is known to be down, then lets requests through again', async () => {
    await redeem('refused');
    // A request that reached the hanging database would wait for a minute; this one is turned away first.
    const meanwhile = await redeem('hanging');
    expect(meanwhile.status).toBe(503);
    expect(meanwhile.headers.get('retry-after')).toBe('2');

    clock += 2000;
    const after = await redeem('working');
    expect(after.status).toBe(404);
  });

  it('keeps health reporting the database itself while requests are turned away', async () => {
    await redeem('refused');
    const health = await app.request('/api/health', { headers: { 'x-test-database': 'working' } });
    expect(health.status).toBe(200);
  });
});
