import { describe, expect, it } from 'vitest';
import { memoryRateLimiter, withLocalAllowance, type RateLimiter } from './rate-limiters';

const MINUTE = 60_000;
const AT = 1_800_000_000_000;

/** A shared count that records how often it was asked. */
function countedShared(): RateLimiter & { asked: number } {
  const memory = memoryRateLimiter();
  const shared = {
    asked: 0,
    hit: (key: string, limit: number, windowMs: number, now: number, hits?: number) => {
      shared.asked++;
      return memory.hit(key, limit, windowMs, now, hits);
    },
  };
  return shared;
}

async function admitted(limiters: RateLimiter[], tries: number, limit: number): Promise<number> {
  let ok = 0;
  for (let i = 0; i < tries; i++) if ((await limiters[i % limiters.length]!.hit('submit:one', limit, MINUTE, AT + i)).ok) ok++;
  return ok;
}

describe('a local allowance over a shared count', () => {
  it("answers a key's first quarter of the limit without asking the shared count", async () => {
    const shared = countedShared();
    expect(await admitted([withLocalAllowance(shared)], 7, 30)).toBe(7);
    expect(shared.asked).toBe(0);
  });

  it('hands its hits over past the allowance, and on one instance admits exactly the limit', async () => {
    const shared = countedShared();
    expect(await admitted([withLocalAllowance(shared)], 40, 30)).toBe(30);
    expect(shared.asked).toBe(40 - 7);
  });

  it('holds two instances to the limit plus a quarter of it', async () => {
    const shared = countedShared();
    const ok = await admitted([withLocalAllowance(shared), withLocalAllowance(shared)], 60, 20);
    expect(ok).toBeGreaterThanOrEqual(20);
    expect(ok).toBeLessThanOrEqual(25);
  });

  it('starts each window afresh', async () => {
    const limiter = withLocalAllowance(countedShared());
    for (let i = 0; i < 5; i++) await limiter.hit('submit:one', 4, MINUTE, AT);
    expect((await limiter.hit('submit:one', 4, MINUTE, AT)).ok).toBe(false);
    expect((await limiter.hit('submit:one', 4, MINUTE, AT + MINUTE)).ok).toBe(true);
  });
});
