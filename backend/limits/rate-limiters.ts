import type { Sql } from '../db/client';

export interface RateVerdict {
  ok: boolean;
  retryAfterSeconds: number;
}

/** The verdict for the `count`th hit of a window that began at `start`: over the limit, wait for its end. */
export function windowVerdict(count: number, limit: number, start: number, windowMs: number, now: number): RateVerdict {
  return count <= limit
    ? { ok: true, retryAfterSeconds: 0 }
    : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

/**
 * Counts requests per key in a window; answers how long to wait when over. Keys are `<limit name>:<who>`,
 * so a store with one counter per limit (the Workers binding) can route by the name. `hits` (default 1)
 * counts several requests at once: what a local allowance reports when it hands over to the shared count.
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number, now: number, hits?: number): RateVerdict | Promise<RateVerdict>;
}

/** One Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml): a limit and period configured there. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/**
 * Workers: each named limit is counted by its Rate Limiting binding, across the isolates of a location
 * (in-memory counters would be per isolate). A limit without a binding falls back to `fallback`. The
 * binding reports no reset time, so Retry-After is the limit's window.
 */
export function bindingRateLimiter(bindings: Record<string, RateLimitBinding | undefined>, fallback: RateLimiter): RateLimiter {
  return {
    async hit(key, limit, windowMs, now) {
      const separator = key.indexOf(':');
      const binding = bindings[key.slice(0, separator)];
      if (!binding) return fallback.hit(key, limit, windowMs, now);
      const { success } = await binding.limit({ key: key.slice(separator + 1) });
      return { ok: success, retryAfterSeconds: success ? 0 : Math.ceil(windowMs / 1000) };
    },
  };
}

/**
 * Fixed-window counters in memory: enough for one Node process (the embedded default). Old windows are
 * dropped as the map is used, so it cannot grow without bound.
 */
export function memoryRateLimiter(): RateLimiter {
  const windows = new Map<string, { start: number; count: number; windowMs: number }>();
  return {
    hit(key, limit, windowMs, now, hits = 1) {
      if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= w.windowMs) windows.delete(k);
      const w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        windows.set(key, { start: now, count: hits, windowMs });
        return windowVerdict(hits, limit, now, windowMs, now);
      }
      w.count += hits;
      return windowVerdict(w.count, limit, w.start, windowMs, now);
    },
  };
}

/** Hits between two sweeps of windows older than a day, per process. */
const PRUNE_EVERY = 1_000;

/**
 * Fixed-window counters in PostgreSQL, for several Node instances on one database: windows are aligned to
 * the clock (`floor(now / window)`), so every instance counts into the same row, and one upsert counts and
 * reads at once.
 */
export function postgresRateLimiter(sql: Sql): RateLimiter {
  let calls = 0;
  return {
    async hit(key, limit, windowMs, now, hits = 1) {
      const start = Math.floor(now / windowMs) * windowMs;
      const [row] = await sql<{ count: number }[]>`
        INSERT INTO rate_limit_windows (key, window_start, count) VALUES (${key}, ${new Date(start)}, ${hits})
        ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_windows.count + ${hits}
        RETURNING count`;
      if (++calls % PRUNE_EVERY === 0) await sql`DELETE FROM rate_limit_windows WHERE window_start < ${new Date(now - 86_400_000)}`;
      return windowVerdict(row!.count, limit, start, windowMs, now);
    },
  };
}

/**
 * A shared count that is asked only past a local allowance: for volume limits (hand-ins and activity per
 * interview, LLM reviews per organisation), where one statement per request to count what nearly never
 * comes near the limit was a third of a hand-in's acknowledgement. Each instance admits a key's first
 * `share` of the limit in a window on its own count; the hit past it reports them all to the shared count,
 * and every later hit in the window is counted there. So one instance is exact, and N instances admit at
 * most the limit plus (N - 1) × share of it. Limits that guard against guessing stay exact: they use the
 * shared limiter itself.
 */
export function withLocalAllowance(shared: RateLimiter, share = 0.25): RateLimiter {
  const local = new Map<string, { start: number; count: number; handedOver: boolean }>();
  return {
    async hit(key, limit, windowMs, now, hits = 1) {
      const start = Math.floor(now / windowMs) * windowMs;
      if (local.size > 10_000) for (const [k, w] of local) if (w.start + windowMs <= now) local.delete(k);
      let w = local.get(key);
      if (!w || w.start !== start) {
        w = { start, count: 0, handedOver: false };
        local.set(key, w);
      }
      w.count += hits;
      if (w.handedOver) return shared.hit(key, limit, windowMs, now, hits);
      if (w.count <= Math.floor(limit * share)) return windowVerdict(w.count, limit, start, windowMs, now);
      w.handedOver = true;
      return shared.hit(key, limit, windowMs, now, w.count);
    },
  };
}
