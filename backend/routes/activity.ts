import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ActivityAcceptedSchema, ActivityBatchSchema } from '../../shared/api/activity';
import { requireCandidate } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { CANDIDATE_SECURITY, errorResponses, jsonBody, jsonResponse } from '../http/openapi';
import { recordActivity } from '../interview/record-activity';
import { rateLimit } from '../http/rate-limit';

const record = createRoute({
  method: 'post',
  path: '/api/v1/session/activity',
  tags: ['interview'],
  summary: 'Record what the candidate did in the workbook',
  description:
    'Batches of edits, formulas entered, pastes and sheets added, as the add-in observed them. Stamped with the ' +
    "server's time (the add-in's `at` is kept as its claim); at most 60 batches a minute and 5,000 events an interview.",
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate, rateLimit('activity', 60, 60_000, (c) => c.get('interview').id, { volume: true })] as const,
  request: { body: jsonBody(ActivityBatchSchema) },
  responses: { 202: jsonResponse(ActivityAcceptedSchema, 'Recorded.'), ...errorResponses(400, 401, 403, 409, 413, 429) },
});

export const activityRoutes = new OpenAPIHono<AppEnv>().openapi(record, async (c) => {
  if (c.get('interview').state !== 'in_progress') throw new AppError('conflict', 'This interview is over; activity is no longer recorded.');
  const accepted = await recordActivity(c.get('sql'), c.get('interview'), c.req.valid('json').events, new Date());
  return c.json({ accepted }, 202);
});
