import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../backend/app';
import type { Sql } from '../../backend/db/client';
import { trackedBackground } from '../../backend/http/background';
import { silentLogger } from '../../backend/observability/logger';
import type { LlmClient } from '../../backend/llm/client';
import type { RateLimiter } from '../../backend/limits/rate-limiters';
import type { HandInScoring } from '../../backend/interview/hand-in-scoring';
import type { MailTransport } from '../../backend/mail/transport';

/** The real app over a test database, as every HTTP test sees it; `drain` waits for work after responses. */
export function testApp(
  sql: Sql,
  options: {
    bodyLimitBytes?: number;
    llm?: LlmClient | null;
    rateLimiter?: RateLimiter;
    volumeRateLimiter?: RateLimiter;
    scoring?: HandInScoring;
    clientIpHeader?: string;
    answersFresh?: () => Promise<boolean>;
    mail?: MailTransport;
    publicUrl?: string;
  } = {},
) {
  const background = trackedBackground();
  const app = createApp({
    version: 'test',
    logger: silentLogger,
    database: { open: () => sql, ...(options.answersFresh ? { answersFresh: options.answersFresh } : {}) },
    bodyLimitBytes: options.bodyLimitBytes ?? 2 * 1024 * 1024,
    docsScriptUrl: '/assets/scalar/standalone.js',
    llm: options.llm ?? null,
    background: background.run,
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    ...(options.volumeRateLimiter ? { volumeRateLimiter: options.volumeRateLimiter } : {}),
    ...(options.scoring ? { scoring: options.scoring } : {}),
    ...(options.clientIpHeader ? { clientIpHeader: options.clientIpHeader } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  return Object.assign(app, { drain: background.drain });
}

/** Serves the app on a loopback port, for tests that must cross real HTTP. */
export async function listen(app: ReturnType<typeof testApp>): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A JSON request with an optional bearer token. */
export function jsonRequest(method: string, body?: unknown, token?: string): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}
