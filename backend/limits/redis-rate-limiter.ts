import { createClient } from 'redis';
import { windowVerdict, type RateLimiter } from './rate-limiters';

export type RedisClient = ReturnType<typeof createClient>;

/** Connects to REDIS_URL; the client reconnects by itself, and a limiter call while it is down fails that request. */
export async function connectRedis(url: string): Promise<RedisClient> {
  const client = createClient({ url, socket: { connectTimeout: 5_000 } });
  client.on('error', () => {}); // reconnects on its own; the failed call is what the request sees
  await client.connect();
  return client;
}

/**
 * Fixed-window counters in Redis, for several Node instances: a window is a key that expires with it,
 * aligned to the clock so every instance counts into the same one; INCR counts and reads in one step.
 */
export function redisRateLimiter(client: RedisClient): RateLimiter {
  return {
    async hit(key, limit, windowMs, now, hits = 1) {
      const start = Math.floor(now / windowMs) * windowMs;
      const name = `ei:rl:${key}:${start}`;
      const [count] = (await client
        .multi()
        .incrBy(name, hits)
        .pExpire(name, windowMs + 1_000)
        .exec()) as [number, unknown];
      return windowVerdict(count, limit, start, windowMs, now);
    },
  };
}
