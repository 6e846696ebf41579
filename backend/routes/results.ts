import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParamsSchema } from '../../shared/api/ids';
import { SessionResultsSchema, SubmissionResultSchema } from '../../shared/api/submissions';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { resultsFor } from '../recruiting/results';
import { overrideScore } from '../recruiting/overrides';
import { rescoreHandIn } from '../recruiting/rescore';
import { OverrideRequestSchema } from '../../shared/api/dashboard';

const submission = createRoute({
  method: 'get',
  path: '/api/v1/submissions/{id}',
  tags: ['results'],
  summary: 'A scored submission, with the evidence behind every point',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(SubmissionResultSchema, 'The result.'), ...errorResponses(400, 401, 403, 404) },
});

const sessionResults = createRoute({
  method: 'get',
  path: '/api/v1/sessions/{id}/results',
  tags: ['results'],
  summary: "Every scored submission of one candidate's interview",
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(SessionResultsSchema, 'The results, in the order handed in.'), ...errorResponses(400, 401, 403, 404) },
});

const override = createRoute({
  method: 'post',
  path: '/api/v1/submissions/{id}/override',
  tags: ['results'],
  summary: "Override a task's score, with a reason",
  description: "Kept in the audit log with who and why; the interview's overall score follows. The newest override counts.",
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema, body: jsonBody(OverrideRequestSchema) },
  responses: { 200: jsonResponse(SubmissionResultSchema, 'The result with the override.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const rescore = createRoute({
  method: 'post',
  path: '/api/v1/submissions/{id}/rescore',
  tags: ['results'],
  summary: 'Score a hand-in again',
  description:
    'For a hand-in the grader could not score in full (`result.limitation`): the grader runs again on the stored ' +
    'workbook and its new result replaces the old, kept in the audit log. Overrides and reviews still come first.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(SubmissionResultSchema, 'The result as scored again.'), ...errorResponses(400, 401, 403, 404) },
});

export const resultRoutes = new OpenAPIHono<AppEnv>()
  .openapi(submission, async (c) => {
    const result = await resultsFor(c.get('sql'), c.get('recruiter').orgId).submission(c.req.valid('param').id);
    if (!result) throw new AppError('not_found', 'No submission has this id.');
    return c.json(result, 200);
  })
  .openapi(override, async (c) => {
    const id = c.req.valid('param').id;
    const done = await overrideScore(c.get('sql'), c.get('recruiter'), id, c.req.valid('json'));
    const result = done ? await resultsFor(c.get('sql'), c.get('recruiter').orgId).submission(id) : null;
    if (!result) throw new AppError('not_found', 'No submission has this id.');
    return c.json(result, 200);
  })
  .openapi(rescore, async (c) => {
    const id = c.req.valid('param').id;
    const done = await rescoreHandIn(c.get('sql'), c.get('scoring').scorer, c.get('recruiter'), id);
    const result = done ? await resultsFor(c.get('sql'), c.get('recruiter').orgId).submission(id) : null;
    if (!result) throw new AppError('not_found', 'No scored submission has this id.');
    return c.json(result, 200);
  })
  .openapi(sessionResults, async (c) => {
    const results = await resultsFor(c.get('sql'), c.get('recruiter').orgId).session(c.req.valid('param').id);
    if (!results) throw new AppError('not_found', 'No interview session has this id.');
    return c.json(results, 200);
  });
