import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import type { AppEnv } from './env';
import { AppError } from './errors';

/**
 * The client's address: from the header the deployment trusts (Cloudflare's `cf-connecting-ip` on
 * Workers; on Node only when CLIENT_IP_HEADER names the header a reverse proxy sets), else the socket's.
 * A list (`X-Forwarded-For: client, proxy1`) is read from the right: each trusted proxy appends the
 * address it saw, so the entry `hops` from the end is the one our nearest proxy vouches for; whatever the
 * client wrote further left is its own claim. A header nobody vouches for is ignored.
 */
export function clientIp(c: Context<AppEnv>): string {
  const header = c.get('clientIpHeader');
  const entries = header
    ? (c.req.header(header) ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
    : [];
  const forwarded = entries[Math.max(0, entries.length - c.get('clientIpHops'))];
  if (forwarded) return forwarded.slice(0, 64);
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Past `limit` in the window, answers slowly instead of refusing: for a key a stranger can spend on
 * somebody else (guessing at one email from many addresses), so its owner is slowed, never locked out.
 */
export function slowDown(
  name: string,
  limit: number,
  windowMs: number,
  delayMs: number,
  key: (c: Context<AppEnv>) => Promise<string> | string,
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const verdict = await c.get('rateLimiter').hit(`${name}:${await key(c)}`, limit, windowMs, Date.now());
    if (!verdict.ok) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await next();
  });
}

/**
 * Refuses with 429 and Retry-After once `key(c)` has been seen `limit` times in the window. A `volume` limit
 * (how much one interview may send, not how often a stranger may guess) is counted by the app's volume
 * limiter, which may count a key's first hits locally (`withLocalAllowance`).
 */
export function rateLimit(
  name: string,
  limit: number,
  windowMs: number,
  key: (c: Context<AppEnv>) => Promise<string> | string,
  options: { volume?: boolean } = {},
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limiter = options.volume ? c.get('volumeLimiter') : c.get('rateLimiter');
    const verdict = await limiter.hit(`${name}:${await key(c)}`, limit, windowMs, Date.now());
    if (!verdict.ok) {
      throw new AppError('rate_limited', `Too many attempts. Try again in ${verdict.retryAfterSeconds} seconds.`, {
        headers: { 'Retry-After': String(verdict.retryAfterSeconds) },
      });
    }
    await next();
  });
}
