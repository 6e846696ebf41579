import { randomUUID } from 'node:crypto';
import { asHandedOut, type HandedOutTask } from './helpers/interviews';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect as connectSocket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../backend/db/client';
import { jsonRequest } from './helpers/app';
import { startBackend } from './helpers/backend-process';
import { fixedSecurityHeaders } from '../backend/http/security-headers';
import { solvedSnapshot } from './helpers/snapshots';

describe('npm start on the embedded database', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('seeds a demo, serves it, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ei-start-'));
    dirs.push(dataDir);

    const first = await startBackend(dataDir);
    const health = await fetch(`${first.base}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok' });
    // The server writes the security headers itself, the same the app sets elsewhere; the pane can be framed.
    expect(Object.fromEntries(await fixedSecurityHeaders())).toEqual(
      expect.objectContaining({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }),
    );
    for (const [name, value] of await fixedSecurityHeaders()) expect(health.headers.get(name)).toBe(value);
    expect(health.headers.get('x-frame-options')).toBeNull();
    const redeemed = await fetch(`${first.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: first.inviteCode }));
    expect(redeemed.status).toBe(201);
    const { sessionToken, task } = (await redeemed.json()) as { sessionToken: string; task: HandedOutTask };
    await fetch(`${first.base}/api/v1/session/start`, jsonRequest('POST', undefined, sessionToken));
    const handedIn = await fetch(
      `${first.base}/api/v1/session/submissions`,
      jsonRequest('POST', { submissionId: randomUUID(), taskId: task.id, snapshot: solvedSnapshot(asHandedOut(task)) }, sessionToken),
    );
    expect(handedIn.status).toBe(201);
    const metrics = await (await fetch(`${first.base}/metrics`)).text();
    // The grader's agreement with recruiters, per task: nobody has overruled this hand-in.
    expect(metrics).toMatch(new RegExp(`^grader_agreement_ratio\\{task="${task.id}",instance="[^"]+"\\} 1$`, 'm'));
    // Every series names its instance (host:pid unless INSTANCE_ID is set), so several instances stay apart.
    expect(metrics).toMatch(/^http_requests_total\{route="\/api\/health",method="GET",status="200",instance="[^"]+:\d+"\} 1$/m);
    expect(metrics).toMatch(/^interviews_in_progress\{instance="[^"]+"\} 1$/m);
    expect(await first.stop('SIGINT')).toBe(0);

    const second = await startBackend(dataDir);
    expect(second.apiToken).toBe(first.apiToken);
    const again = await fetch(`${second.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: first.inviteCode }));
    expect(again.status).toBe(409);
    const list = await fetch(`${second.base}/api/v1/assessments`, jsonRequest('GET', undefined, second.apiToken));
    expect(((await list.json()) as { assessments: unknown[] }).assessments).toHaveLength(1);
    expect(await second.stop()).toBe(0);
  }, 60_000);

  it("answers at once after idling past the pool's idle timeout, and Ctrl-C ends it while a client holds a request open", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ei-idle-'));
    dirs.push(dataDir);
    const server = await startBackend(dataDir, { DB_IDLE_TIMEOUT_SECONDS: '1' });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const redeemed = await fetch(`${server.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: server.inviteCode }));
    expect(redeemed.status).toBe(201);
    expect(await (await fetch(`${server.base}/api/health`)).json()).toMatchObject({ status: 'ok', db: 'ok', pool: 'ok' });

    // A request whose body never finishes keeps its connection active, which server.close() waits for.
    const socket = connectSocket(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /api/v1/invites/redeem HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    socket.on('error', () => {});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await server.stop('SIGINT')).toBe(0);
    socket.destroy();
  }, 60_000);
});

const postgresUrl = inject('postgresUrl');
const FRESH = 'npm start on a fresh DATABASE_URL';

describe.skipIf(!postgresUrl)(postgresUrl ? FRESH : `${FRESH} (skipped: needs DATABASE_URL)`, () => {
  const made: { dir: string; db: string }[] = [];
  const admin = () => connect(postgresUrl!, { max: 1 });
  afterAll(async () => {
    const sql = admin();
    for (const { dir, db } of made) {
      await rm(dir, { recursive: true, force: true });
      await sql.unsafe(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    }
    await sql.end();
  });

  /** A new, empty PostgreSQL database and a data folder, as a production install starts. */
  async function aFreshInstall(name: string) {
    const db = `${new URL(postgresUrl!).pathname.slice(1)}_${name}_${process.pid}`;
    const sql = admin();
    await sql.unsafe(`CREATE DATABASE "${db}"`);
    await sql.end();
    const url = new URL(postgresUrl!);
    url.pathname = `/${db}`;
    const dir = await mkdtemp(path.join(tmpdir(), `ei-${name}-`));
    made.push({ dir, db });
    return { url: url.toString(), dir };
  }
  const organisations = async (url: string) => {
    const sql = connect(url, { max: 1 });
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM organisations`;
    await sql.end();
    return row!.n;
  };

  it('seeds no demo and prints the first-run setup link instead', async () => {
    const install = await aFreshInstall('fresh');
    const server = await startBackend(install.dir, { DATABASE_URL: install.url });
    expect(server.output()).not.toContain('Demo organisation');
    expect(server.output()).toMatch(/No organisation yet[\s\S]*\/dashboard\/#\/setup\?token=setup_/);
    expect(await organisations(install.url)).toBe(0);
    expect(await server.stop()).toBe(0);
  }, 60_000);

  it('seeds the demo only when SEED_DEMO=1 says so', async () => {
    const install = await aFreshInstall('demo');
    const server = await startBackend(install.dir, { DATABASE_URL: install.url, SEED_DEMO: '1' });
    expect(server.output()).toContain('Demo organisation');
    expect(await organisations(install.url)).toBe(1);
    expect(await server.stop()).toBe(0);
  }, 60_000);
});
