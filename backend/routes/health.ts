import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { HealthResponseSchema } from '../../shared/api/health';
import type { AppEnv } from '../http/env';
import { jsonResponse } from '../http/openapi';

const DB_PROBE_TIMEOUT_MS = 2_000;

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['operations'],
  summary: 'Is the service up, and can it reach its database?',
  responses: {
    200: jsonResponse(HealthResponseSchema, 'The service and its database answer.'),
    503: jsonResponse(HealthResponseSchema, 'The database cannot be reached.'),
  },
});

/** Health answers within a bounded time even when the database hangs, so load balancers are not stuck. */
export function healthRoutes(version: string) {
  return new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
    const probe = c.var.sql`SELECT 1`.then(() => true, () => false);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DB_PROBE_TIMEOUT_MS));
    const dbOk = await Promise.race([probe, timeout]);
    return dbOk
      ? c.json({ status: 'ok' as const, db: 'ok' as const, version }, 200)
      : c.json({ status: 'degraded' as const, db: 'down' as const, version }, 503);
  });
}
