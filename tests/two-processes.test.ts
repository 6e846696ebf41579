import { randomUUID } from 'node:crypto';
import { asHandedOut, type HandedOutTask } from './helpers/interviews';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { connect, type Sql } from '../backend/db/client';
import { newInviteCode } from '../backend/crypto/tokens';
import { startBackend, type RunningBackend } from './helpers/backend-process';
import { jsonRequest } from './helpers/app';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

const postgresUrl = inject('postgresUrl');
const NAME = 'two npm start processes on one PostgreSQL database';

/**
 * Two servers as `npm start` runs them, on one database: they must behave as one. Only PostgreSQL can be
 * shared by two processes (the embedded database is a process's own), so without DATABASE_URL this suite
 * is skipped with the reason in its name.
 */
describe.skipIf(!postgresUrl)(postgresUrl ? NAME : `${NAME} (skipped: needs DATABASE_URL)`, () => {
  let admin: Sql;
  let sql: Sql;
  let url: string;
  let dataDir: string;
  const servers: RunningBackend[] = [];

  beforeAll(async () => {
    admin = connect(postgresUrl!, { max: 1 });
    const own = new URL(postgresUrl!);
    own.pathname = `/${own.pathname.slice(1)}_two_${process.pid}`;
    url = own.toString();
    await admin.unsafe(`CREATE DATABASE "${own.pathname.slice(1)}"`);
    dataDir = await mkdtemp(path.join(tmpdir(), 'ei-two-'));
    // Both start together: the migrations run once, under the migration lock.
    const env = { DATABASE_URL: url, CLIENT_IP_HEADER: 'x-forwarded-for' };
    servers.push(
      ...(await Promise.all([startBackend(dataDir, { ...env, INSTANCE_ID: 'a' }), startBackend(dataDir, { ...env, INSTANCE_ID: 'b' })])),
    );
    sql = connect(url, { max: 2 });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await sql?.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuse the sixth guess at one invite code, whichever of them gets it', async () => {
    const code = newInviteCode();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${servers[i % 2]!.base}/api/v1/invites/redeem`, {
        ...jsonRequest('POST', { code }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
  });

  it('score each hand-in once, though it is sent to both at the same moment', async () => {
    const org = await anOrganisation(sql);
    const assessmentId = await anAssessment(sql, org.orgId);
    const handIns = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const code = await anInvite(sql, org.orgId, assessmentId);
        const redeem = await fetch(`${servers[i % 2]!.base}/api/v1/invites/redeem`, {
          ...jsonRequest('POST', { code }),
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i + 1}` },
        });
        const { sessionToken, task } = (await redeem.json()) as { sessionToken: string; task: HandedOutTask };
        return {
          token: sessionToken,
          body: { submissionId: randomUUID(), taskId: task.id, snapshot: solvedSnapshot(asHandedOut(task)) },
        };
      }),
    );
    const send = (server: RunningBackend, h: (typeof handIns)[number]) =>
      fetch(`${server.base}/api/v1/session/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}`, prefer: 'respond-async' },
        body: JSON.stringify(h.body),
      }).then((r) => r.status);
    const statuses = await Promise.all(handIns.flatMap((h) => [send(servers[0]!, h), send(servers[1]!, h)]));
    expect(statuses.every((s) => s === 200 || s === 201 || s === 202)).toBe(true);
    await vi.waitFor(
      async () => {
        const [row] = await sql<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM submissions WHERE org_id = ${org.orgId} AND scored_at IS NOT NULL`;
        expect(row!.n).toBe(8);
      },
      { timeout: 20_000, interval: 200 },
    );
    const [counts] = await sql<{ handIns: number; scores: number; submitted: number; moved: number }[]>`
      SELECT (SELECT count(*)::int FROM submissions WHERE org_id = ${org.orgId}) AS "handIns",
        (SELECT count(*)::int FROM scores WHERE org_id = ${org.orgId}) AS scores,
        (SELECT count(*)::int FROM events WHERE org_id = ${org.orgId} AND type = 'task_submitted') AS submitted,
        (SELECT count(*)::int FROM interviews WHERE org_id = ${org.orgId} AND task_number = 1) AS moved`;
    expect(counts).toEqual({ handIns: 8, scores: 8, submitted: 8, moved: 8 });
  });

  it('report their metrics apart, each under its own instance name', async () => {
    const [a, b] = await Promise.all(servers.map(async (s) => (await fetch(`${s.base}/metrics`)).text()));
    expect(a).toMatch(/^http_requests_total\{.*instance="a"\} \d+$/m);
    expect(b).toMatch(/^http_requests_total\{.*instance="b"\} \d+$/m);
  });
});
