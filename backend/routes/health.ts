import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HealthResponseSchema, ReadinessSchema } from '../../shared/api/health';
import { EXPECTED_SCHEMA_VERSION } from '../db/schema-version';
import { appliedSchemaVersion, poolAnswers } from '../db/health';
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
    503: jsonResponse(HealthResponseSchema, "The database cannot be reached, or this instance's pool hands out no connections."),
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

/**
 * Health and readiness answer within a bounded time even when the database hangs, so load balancers are
 * not stuck. When the pool does not answer, a connection of its own tells a stuck pool from a database
 * that is down.
 */
export function healthRoutes(version: string, answersFresh?: (c: Context<AppEnv>) => Promise<boolean>) {
  return new OpenAPIHono<AppEnv>()
    .openapi(health, async (c) => {
      if (
        await bounded(
          poolAnswers(c.get('sql'), DB_PROBE_TIMEOUT_MS).catch(() => false),
          false,
        )
      ) {
        return c.json({ status: 'ok' as const, db: 'ok' as const, pool: 'ok' as const, version }, 200);
      }
      const fresh = answersFresh ? await bounded(answersFresh(c), false) : false;
      return fresh
        ? c.json({ status: 'degraded' as const, db: 'ok' as const, pool: 'stuck' as const, version }, 503)
        : c.json({ status: 'degraded' as const, db: 'down' as const, pool: 'unknown' as const, version }, 503);
    })
    .openapi(ready, async (c) => {
      const schemaVersion = await bounded(appliedSchemaVersion(c.get('sql')), null);
      const isReady = schemaVersion !== null && schemaVersion >= EXPECTED_SCHEMA_VERSION;
      return c.json({ ready: isReady, schemaVersion, expected: EXPECTED_SCHEMA_VERSION }, isReady ? 200 : 503);
    });
}
