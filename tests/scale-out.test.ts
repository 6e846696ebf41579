import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Sql } from '../backend/db/client';
import { llmBudgetPerMinute } from '../backend/limits/llm-budget';
import { postgresRateLimiter, type RateLimiter } from '../backend/limits/rate-limiters';
import { connectRedis, redisRateLimiter, type RedisClient } from '../backend/limits/redis-rate-limiter';
import { newInviteCode } from '../backend/crypto/tokens';
import { testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';

/** Windows are aligned to the clock's minutes: a burst that straddles one would be counted in two. */
async function awayFromMinuteEdge(): Promise<void> {
  const into = Date.now() % 60_000;
  if (into > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - into + 100));
}

/** Two Node instances on one database: two apps, each with a pool of its own, counting where both see it. */
describe.each(engines())('two instances on one database, on $name', (engine) => {
  let db: TestDatabase;
  let second: Sql;
  beforeAll(async () => {
    db = await engine.open();
    second = connect(db.url, { max: 1 });
  });
  afterAll(async () => {
    await second.end();
    await db.close();
  });

  it('hold a rate limit across both: the 21st guess from one address is refused whichever instance gets it', async () => {
    const apps = [
      testApp(db.sql, { rateLimiter: postgresRateLimiter(db.sql), clientIpHeader: 'x-forwarded-for' }),
      testApp(second, { rateLimiter: postgresRateLimiter(second), clientIpHeader: 'x-forwarded-for' }),
    ];
    const from = `203.0.113.${Math.floor(Math.random() * 250) + 1}, 198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const redeem = (i: number) =>
      apps[i % 2]!.request('/api/v1/invites/redeem', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `${randomUUID()}, ${from}` },
        body: JSON.stringify({ code: newInviteCode() }),
      });
    const statuses: number[] = [];
    await awayFromMinuteEdge();
    for (let i = 0; i < 21; i++) statuses.push((await redeem(i)).status);
    expect(statuses.slice(0, 20).filter((s) => s === 429)).toEqual([]);
    expect(statuses[20]).toBe(429);
  });

  it("share an organisation's LLM budget between them", async () => {
    const org = randomUUID();
    const budgets = [llmBudgetPerMinute(postgresRateLimiter(db.sql), 3), llmBudgetPerMinute(postgresRateLimiter(second), 3)];
    const allowed: boolean[] = [];
    await awayFromMinuteEdge();
    for (let i = 0; i < 4; i++) allowed.push(await budgets[i % 2]!(org));
    expect(allowed).toEqual([true, true, true, false]);
  });
});

/** Redis as the shared store (REDIS_URL): the same two-instance limits, each instance with its own client. */
const redisUrl = process.env.REDIS_URL;
if (!redisUrl) process.stderr.write('skipped "two instances sharing Redis": REDIS_URL is not set (.ci/run sets it)\n');
describe.skipIf(!redisUrl)('two instances sharing Redis', () => {
  let clients: RedisClient[] = [];
  let limiters: RateLimiter[] = [];
  beforeAll(async () => {
    clients = [await connectRedis(redisUrl!), await connectRedis(redisUrl!)];
    limiters = clients.map(redisRateLimiter);
  });
  afterAll(async () => {
    for (const c of clients) await c.quit();
  });

  it('count one window between them and say when it ends', async () => {
    const key = `redeem-ip:${randomUUID()}`;
    const now = Date.now();
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limiters[i % 2]!.hit(key, 3, 60_000, now));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false]);
    expect(verdicts[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await limiters[0]!.hit(key, 3, 60_000, now + 60_000)).ok).toBe(true);
  });

  it("share an organisation's LLM budget between them", async () => {
    const org = randomUUID();
    const budgets = limiters.map((l) => llmBudgetPerMinute(l, 2));
    await awayFromMinuteEdge();
    const allowed: boolean[] = [];
    for (let i = 0; i < 3; i++) allowed.push(await budgets[i % 2]!(org));
    expect(allowed).toEqual([true, true, false]);
  });
});
