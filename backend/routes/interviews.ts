import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  AnalyticsQuerySchema,
  AnalyticsSchema,
  InterviewListQuerySchema,
  InterviewListSchema,
  LiveListSchema,
} from '../../shared/api/dashboard';
import { UuidSchema } from '../../shared/api/ids';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { errorResponses, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { analyticsFor } from '../recruiting/analytics';
import { interviewsFor } from '../recruiting/interviews';
import { resultsCsv } from '../recruiting/results-csv';

const recruiter = { security: RECRUITER_SECURITY, middleware: [requireRecruiter] };

const list = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews',
  tags: ['results'],
  summary: 'Interviews, newest first, with their overall score',
  request: { query: InterviewListQuerySchema },
  responses: { 200: jsonResponse(InterviewListSchema, 'The interviews.'), ...errorResponses(400, 401, 403) },
});

const live = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews/live',
  tags: ['results'],
  summary: 'Interviews in progress: current task and time left',
  description: 'Poll it; the dashboard does every 5 seconds.',
  responses: { 200: jsonResponse(LiveListSchema, 'In progress now.'), ...errorResponses(401, 403) },
});

const csv = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews/export.csv',
  tags: ['results'],
  summary: 'Every interview as CSV, one line each',
  request: { query: z.strictObject({ assessmentId: UuidSchema.optional() }) },
  responses: {
    200: {
      description: 'RFC 4180 CSV; fields that Excel would run as formulas are prefixed with an apostrophe.',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...errorResponses(400, 401, 403),
  },
});

const analytics = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/analytics',
  tags: ['results'],
  summary: 'Score distribution, task difficulty, funnel and skill averages',
  request: { query: AnalyticsQuerySchema },
  responses: { 200: jsonResponse(AnalyticsSchema, 'The figures.'), ...errorResponses(400, 401, 403) },
});

export const interviewRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) =>
    c.json({ interviews: await interviewsFor(c.get('sql'), c.get('recruiter').orgId).list(c.req.valid('query')) }, 200),
  )
  .openapi(live, async (c) => c.json(await interviewsFor(c.get('sql'), c.get('recruiter').orgId).live(new Date()), 200))
  .openapi(csv, async (c) => {
    const body = await resultsCsv(c.get('sql'), c.get('recruiter').orgId, c.req.valid('query'));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="interviews-${day}.csv"`,
    });
  })
  .openapi(analytics, async (c) => c.json(await analyticsFor(c.get('sql'), c.get('recruiter').orgId, c.req.valid('query')).all(), 200));
