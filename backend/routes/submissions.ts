import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParamsSchema } from '../../shared/api/ids';
import { SubmissionResultSchema, SubmitRequestSchema, SubmitResponseSchema, SessionResultsSchema } from '../../shared/api/submissions';
import { requireCandidate, requireRecruiter } from '../http/auth';
import { rateLimit } from '../http/rate-limit';
import type { AppEnv } from '../http/env';
import { AppError, refusal } from '../http/errors';
import { CANDIDATE_SECURITY, errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { reviewSubmission } from '../interview/review-submission';
import { submitTask } from '../interview/submit';
import { resultsFor } from '../recruiting/results';
import { overrideScore } from '../recruiting/overrides';
import { OverrideRequestSchema } from '../../shared/api/dashboard';
import { deliverDueWebhooks } from '../webhooks/deliveries';

const submit = createRoute({
  method: 'post',
  path: '/api/v1/session/submissions',
  tags: ['interview'],
  summary: "Hand in the current task's workbook",
  description: 'Idempotent on `submissionId`: a resend returns the first result (200) and writes nothing.',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate, rateLimit('submit', 30, 60_000, (c) => c.var.candidate.id)] as const,
  request: { body: jsonBody(SubmitRequestSchema) },
  responses: {
    201: jsonResponse(SubmitResponseSchema, 'Scored and stored.'),
    200: jsonResponse(SubmitResponseSchema, 'Already received: the stored result.'),
    ...errorResponses(400, 401, 403, 409, 410, 413, 429, 503),
  },
});

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
  description: 'Kept in the audit log with who and why; the interview\'s overall score follows. The newest override counts.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema, body: jsonBody(OverrideRequestSchema) },
  responses: { 200: jsonResponse(SubmissionResultSchema, 'The result with the override.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const SUBMIT_REFUSALS = {
  not_current_task: ['conflict', 'This is not the task you are on; it may already have been handed in.'],
  session_closed: ['conflict', 'This interview is over; no more work can be handed in.'],
  id_taken: ['conflict', 'This submission id belongs to another interview.'],
  session_expired: ['gone', 'The time for this interview is up; no more work can be handed in.'],
} as const;

export const submissionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(submit, async (c) => {
    const outcome = await submitTask(c.var.sql, c.var.candidate, c.req.valid('json'), new Date());
    if (!outcome.ok) throw new AppError(...refusal(SUBMIT_REFUSALS[outcome.reason]));
    // The review runs after the answer: a slow or failing model never holds up or fails the hand-in.
    if (outcome.review) c.var.background(reviewSubmission(c.var.sql, c.var.llm, outcome.review));
    if (outcome.completed) c.var.background(deliverDueWebhooks(c.var.sql, fetch, new Date()));
    return c.json(outcome.response, outcome.created ? 201 : 200);
  })
  .openapi(submission, async (c) => {
    const result = await resultsFor(c.var.sql, c.var.recruiter.orgId).submission(c.req.valid('param').id);
    if (!result) throw new AppError('not_found', 'No submission has this id.');
    return c.json(result, 200);
  })
  .openapi(override, async (c) => {
    const id = c.req.valid('param').id;
    const done = await overrideScore(c.var.sql, c.var.recruiter, id, c.req.valid('json'));
    const result = done ? await resultsFor(c.var.sql, c.var.recruiter.orgId).submission(id) : null;
    if (!result) throw new AppError('not_found', 'No submission has this id.');
    return c.json(result, 200);
  })
  .openapi(sessionResults, async (c) => {
    const results = await resultsFor(c.var.sql, c.var.recruiter.orgId).session(c.req.valid('param').id);
    if (!results) throw new AppError('not_found', 'No interview session has this id.');
    return c.json(results, 200);
  });
