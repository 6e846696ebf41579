import { z } from 'zod';

export const HealthResponseSchema = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['ok', 'down']),
  version: z.string(),
}).meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const ReadinessSchema = z.strictObject({
  ready: z.boolean(),
  schemaVersion: z.number().int().nullable(),
  expected: z.number().int(),
}).meta({ id: 'Readiness' });
