import { z } from 'zod';

export const HealthResponseSchema = z
  .strictObject({
    status: z.enum(['ok', 'degraded']),
    db: z.enum(['ok', 'down']),
    /**
     * Whether this instance's connection pool hands out connections. `stuck`: the database answers a new
     * connection but the pool does not (restart the instance); `unknown` while the database is down.
     */
    pool: z.enum(['ok', 'stuck', 'unknown']),
    version: z.string(),
  })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const ReadinessSchema = z
  .strictObject({
    ready: z.boolean(),
    schemaVersion: z.number().int().nullable(),
    expected: z.number().int(),
  })
  .meta({ id: 'Readiness' });
