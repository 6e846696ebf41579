import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
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
import { AppError } from '../http/errors';
import { errorResponses, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { analyticsFor } from '../recruiting/analytics';
import { interviewsFor } from '../recruiting/interviews';
import { resultsCsv } from '../recruiting/results-csv';

const recruiter = { security: RECRUITER_SECURITY, middleware: [requireRecruiter] };
/** How often the live stream sends the list, and how long one stream stays open (a Worker's request should end). */
const LIVE_EVERY_MS = 3_000;
const LIVE_STREAM_MS = 5 * 60_000;

const list = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews',
  tags: ['results'],
  summary: 'Interviews, searched, filtered and sorted, a page at a time',
  description:
    'Pages by `cursor` (the previous page’s `nextCursor`, for the same `sort`): stable while interviews are added, so nothing is skipped or repeated.',
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

const liveStream = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews/live/stream',
  tags: ['results'],
  summary: 'Interviews in progress, as server-sent events',
  description: `An \`event: live\` with the same body as \`/api/v1/interviews/live\` at once and every ${LIVE_EVERY_MS / 1000} seconds; the stream ends after ${LIVE_STREAM_MS / 60_000} minutes and EventSource reconnects by itself.`,
  responses: {
    200: { description: 'The event stream.', content: { 'text/event-stream': { schema: z.string() } } },
    ...errorResponses(401, 403),
  },
});

const csv = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews/export.csv',
  tags: ['results'],
  summary: 'Every interview as CSV, one line each',
  request: {
    query: z.strictObject({
      assessmentId: UuidSchema.optional(),
      /** Only these interviews (a selection on the list page), comma-separated. */
      sessionIds: z
        .string()
        .max(500 * 37)
        .transform((text) => text.split(',').filter(Boolean))
        .pipe(z.array(UuidSchema).max(500))
        .optional(),
    }),
  },
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
  .openapi(list, async (c) => {
    const page = await interviewsFor(c.get('sql'), c.get('recruiter').orgId).list(c.req.valid('query'));
    if (!page)
      throw new AppError('bad_request', 'This cursor is not one the list gave out for this order; start again from the first page.', {
        details: [{ path: 'cursor', message: 'not a cursor of this list and order' }],
      });
    return c.json(page, 200);
  })
  .openapi(live, async (c) => c.json(await interviewsFor(c.get('sql'), c.get('recruiter').orgId).live(new Date()), 200))
  .openapi(liveStream, (c) => {
    const interviews = interviewsFor(c.get('sql'), c.get('recruiter').orgId);
    return streamSSE(c, async (stream) => {
      const ends = Date.now() + LIVE_STREAM_MS;
      let id = 0;
      while (!stream.aborted && Date.now() < ends) {
        await stream.writeSSE({ event: 'live', id: String(++id), data: JSON.stringify(await interviews.live(new Date())) });
        await stream.sleep(LIVE_EVERY_MS);
      }
    });
  })
  .openapi(csv, async (c) => {
    const body = await resultsCsv(c.get('sql'), c.get('recruiter').orgId, c.req.valid('query'));
    const day = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="interviews-${day}.csv"`,
    });
  })
  .openapi(analytics, async (c) => c.json(await analyticsFor(c.get('sql'), c.get('recruiter').orgId, c.req.valid('query')).all(), 200));
