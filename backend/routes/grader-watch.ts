import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParamsSchema } from '../../shared/api/ids';
import { TaskQualityReportSchema } from '../../shared/api/quality';
import { ReviewDecisionResultSchema, ReviewDecisionSchema, ReviewQueueSchema } from '../../shared/api/review-queue';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { decideReview, reviewQueue } from '../recruiting/review-queue';
import { taskQualityReport } from '../recruiting/task-quality';

const recruiter = { security: RECRUITER_SECURITY, middleware: [requireRecruiter] };

const quality = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/task-quality',
  tags: ['grading'],
  summary: 'How each task behaves, and how often recruiters let the grader stand',
  description:
    'Per task: authored and learned difficulty, discrimination, pass rate and time (the last 90 days), agreement between the ' +
    'grader and recruiters (a hand-in agrees when not overridden, or overridden within 10 points), and flags for tasks ' +
    'that misbehave or whose agreement is low or drifting. Agreement by check kind and by week.',
  responses: { 200: jsonResponse(TaskQualityReportSchema, 'The report.'), ...errorResponses(401, 403) },
});

const queue = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/review-queue',
  tags: ['grading'],
  summary: 'The hand-ins the grader is least sure of',
  description:
    'Near the pass mark, decided by a gate, with checks that could not run, with a formula unlike any other hand-in of the task, ' +
    "where the model's view of the approach and the checks disagree, or that the grader flagged (text addressed to it, another " +
    "candidate's workbook); not yet labelled or overridden; most uncertain first.",
  responses: { 200: jsonResponse(ReviewQueueSchema, 'The queue.'), ...errorResponses(401, 403) },
});

const decide = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/review-queue/{id}',
  tags: ['grading'],
  summary: "Confirm or correct the grader's score of a hand-in",
  description:
    'Stored as a labelled case for the grading corpus (`npm run export-corpus`). A correction is also an override, with the note ' +
    'as its reason. Once per hand-in: a second decision is refused with 409.',
  request: { params: IdParamsSchema, body: jsonBody(ReviewDecisionSchema) },
  responses: { 200: jsonResponse(ReviewDecisionResultSchema, 'The decision as stored.'), ...errorResponses(400, 401, 403, 404, 409, 413) },
});

export const graderWatchRoutes = new OpenAPIHono<AppEnv>()
  .openapi(quality, async (c) => c.json(await taskQualityReport(c.get('sql'), c.get('recruiter').orgId, new Date()), 200))
  .openapi(queue, async (c) => c.json(await reviewQueue(c.get('sql'), c.get('recruiter').orgId, new Date()), 200))
  .openapi(decide, async (c) => {
    const submissionId = c.req.valid('param').id;
    const outcome = await decideReview(c.get('sql'), c.get('recruiter'), submissionId, c.req.valid('json'), new Date());
    if (!outcome.ok && outcome.reason === 'not_found') throw new AppError('not_found', 'No scored hand-in has this id.');
    if (!outcome.ok) throw new AppError('conflict', 'Someone has already confirmed or corrected this hand-in.');
    return c.json({ submissionId, verdict: outcome.verdict, graderScore: outcome.graderScore, labelScore: outcome.labelScore }, 200);
  });
