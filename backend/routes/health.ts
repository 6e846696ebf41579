import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { HealthResponseSchema, ReadinessSchema } from '../../shared/api/health';
import { EXPECTED_SCHEMA_VERSION } from '../db/schema-version';
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

const ready = createRoute({
  method: 'get',
  path: '/api/ready',
  tags: ['operations'],
  summary: 'Can this instance take traffic: database reachable and migrated?',
  responses: {
    200: jsonResponse(ReadinessSchema, 'Ready.'),
    503: jsonResponse(ReadinessSchema, 'Not yet: the database is unreachable or not migrated to this build.'),
  },
});

/** Resolves to the probe's result, or to `fallback` when the database takes longer than the bound. */
function bounded<T>(probe: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([probe, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), DB_PROBE_TIMEOUT_MS))]);
}

/** Health and readiness answer within a bounded time even when the database hangs, so load balancers are not stuck. */
export function healthRoutes(version: string) {
  return new OpenAPIHono<AppEnv>()
    .openapi(health, async (c) => {
      const dbOk = await bounded(c.get('sql')`SELECT 1`.then(() => true, () => false), false);
      return dbOk
        ? c.json({ status: 'ok' as const, db: 'ok' as const, version }, 200)
        : c.json({ status: 'degraded' as const, db: 'down' as const, version }, 503);
    })
    .openapi(ready, async (c) => {
      const probe = c.get('sql')<{ v: number | null }[]>`SELECT max(version) AS v FROM schema_migrations`.then(([row]) => row?.v ?? null, () => null);
      const schemaVersion = await bounded(probe, null);
      const isReady = schemaVersion !== null && schemaVersion >= EXPECTED_SCHEMA_VERSION;
      return c.json({ ready: isReady, schemaVersion, expected: EXPECTED_SCHEMA_VERSION }, isReady ? 200 : 503);
    });
}
