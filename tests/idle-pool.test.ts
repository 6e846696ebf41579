import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answersFreshConnection } from '../backend/db/client';
import { inTransaction, PoolStuckError, reserveWithin } from '../backend/db/transaction';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

/** Long enough for the pool to close every connection it opened for being idle (its timeout is 1 s). */
const pastIdleTimeout = () => new Promise((resolve) => setTimeout(resolve, 2_200));

describe.each(engines())('a pool left idle past its idle timeout, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open({ idleTimeoutSeconds: 1 });
  });
  afterAll(() => db.close());

  it('runs a transaction once every connection has closed for idleness', async () => {
    await db.sql`SELECT 1`;
    await pastIdleTimeout();
    expect(await inTransaction(db.sql, async (tx) => (await tx<{ n: number }[]>`SELECT 7 AS n`)[0]!.n)).toBe(7);
  });

  it('redeems an invite and reports healthy over HTTP after the idle timeout', async () => {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const app = testApp(db.sql);
    await pastIdleTimeout();
    const redeemed = await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }));
    expect(redeemed.status).toBe(201);
    await pastIdleTimeout();
    const health = await app.request('/api/health');
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok', pool: 'ok' });
  });
});

describe.each(engines())('a pool that hands out no connection, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open({ max: 1 });
  });
  afterAll(() => db.close());

  it('fails a reservation with PoolStuckError instead of waiting forever, and recovers once freed', async () => {
    const held = await db.sql.reserve();
    await expect(reserveWithin(db.sql, 100)).rejects.toBeInstanceOf(PoolStuckError);
    held.release();
    expect(await inTransaction(db.sql, async (tx) => (await tx<{ n: number }[]>`SELECT 1 AS n`)[0]!.n)).toBe(1);
  });

  it('makes health say the pool is stuck while the database still answers a connection of its own', async () => {
    const app = testApp(db.sql, { answersFresh: () => answersFreshConnection(db.url) });
    const held = await db.sql.reserve();
    try {
      const res = await app.request('/api/health');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'degraded', db: 'ok', pool: 'stuck' });
    } finally {
      held.release();
    }
  });
});

const postgresUrl = inject('postgresUrl');

describe.skipIf(!postgresUrl)('a reservation waiting for a connection, on PostgreSQL', () => {
  let sql: postgres.Sql;
  let admin: postgres.Sql;
  beforeAll(() => {
    sql = postgres(postgresUrl!, { max: 1, fetch_types: false, onnotice: () => {} });
    admin = postgres(postgresUrl!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql.end({ timeout: 1 });
    await admin.end({ timeout: 1 });
  });

  it('is served when the server ends the connection it waits for (porsager/postgres#1195)', async () => {
    const first = await reserveWithin(sql);
    const [row] = await first<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const waiting = reserveWithin(sql);
    await admin`SELECT pg_terminate_backend(${row!.pid})`;
    const second = await waiting;
    try {
      expect(await second<{ n: number }[]>`SELECT 2 AS n`).toEqual([{ n: 2 }]);
    } finally {
      second.release();
    }
  });
});
