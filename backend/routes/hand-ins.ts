import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParamsSchema } from '../../shared/api/ids';
import { SubmitAcceptedSchema, SubmitRequestSchema, SubmitResponseSchema } from '../../shared/api/submissions';
import { requireCandidate } from '../http/auth';
import { rateLimit } from '../http/rate-limit';
import type { AppEnv } from '../http/env';
import { AppError, refusal } from '../http/errors';
import { CANDIDATE_SECURITY, errorResponses, jsonBody, jsonResponse } from '../http/openapi';
import { acceptedView, handInOf, handInView } from '../interview/hand-in-view';
import { receiveHandIn } from '../interview/receive-hand-in';

const submit = createRoute({
  method: 'post',
  path: '/api/v1/session/submissions',
  tags: ['interview'],
  summary: "Hand in the current task's workbook",
  description:
    'The hand-in is stored before it is scored. By default the answer waits for the score (201; a resend ' +
    'of the same `submissionId` answers 200 and writes nothing). With `Prefer: respond-async` it answers 202 as soon ' +
    'as the hand-in is stored, and `GET /api/v1/session/submissions/{id}` gives the score when it is ready. ' +
    'A 202 can also come without asking, when another request is already scoring this hand-in.',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate, rateLimit('submit', 30, 60_000, (c) => c.get('interview').id, { volume: true })] as const,
  request: { body: jsonBody(SubmitRequestSchema) },
  responses: {
    201: jsonResponse(SubmitResponseSchema, 'Stored and scored.'),
    200: jsonResponse(SubmitResponseSchema, 'Already received and scored: the stored result.'),
    202: jsonResponse(SubmitAcceptedSchema, 'Stored; the score follows.'),
    ...errorResponses(400, 401, 403, 409, 410, 413, 429, 503),
  },
});

const handIn = createRoute({
  method: 'get',
  path: '/api/v1/session/submissions/{id}',
  tags: ['interview'],
  summary: 'A hand-in of this interview: its score once scored',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate] as const,
  request: { params: IdParamsSchema },
  responses: {
    200: jsonResponse(SubmitResponseSchema, 'Scored.'),
    202: jsonResponse(SubmitAcceptedSchema, 'Stored; still being scored. Ask again in a second.'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const SUBMIT_REFUSALS = {
  not_current_task: ['conflict', 'This is not the task you are on; it may already have been handed in.'],
  session_closed: ['conflict', 'This interview is over; no more work can be handed in.'],
  id_taken: ['conflict', 'This submission id belongs to another interview.'],
  session_expired: ['gone', 'The time for this interview is up; no more work can be handed in.'],
} as const;

/** When to ask again for a score: scoring takes tens of milliseconds, a queue of them a few seconds. */
const SCORE_RETRY_AFTER = { 'Retry-After': '1' };

export const handInRoutes = new OpenAPIHono<AppEnv>()
  .openapi(submit, async (c) => {
    const services = { sql: c.get('sql'), scoring: c.get('scoring'), llm: c.get('llm'), background: c.get('background') };
    const respondAsync = /\brespond-async\b/i.test(c.req.header('prefer') ?? '');
    const outcome = await receiveHandIn(services, c.get('interview'), c.req.valid('json'), new Date(), { respondAsync });
    if (!outcome.ok) throw new AppError(...refusal(SUBMIT_REFUSALS[outcome.reason]));
    if (outcome.status === 'scored') return c.json(outcome.view, outcome.created ? 201 : 200);
    if (respondAsync) c.header('Preference-Applied', 'respond-async');
    return c.json(outcome.accepted, 202, SCORE_RETRY_AFTER);
  })
  .openapi(handIn, async (c) => {
    const [sql, candidate, scoring] = [c.get('sql'), c.get('interview'), c.get('scoring')];
    const id = c.req.valid('param').id;
    const view = await handInView(sql, candidate.id, id, new Date());
    if (view) return c.json(view, 200);
    const stored = await handInOf(sql, candidate.id, id);
    if (!stored) throw new AppError('not_found', 'This interview has no hand-in with this id.');
    // Joins the scoring already running for it, or starts it again after a crash.
    c.get('background')(scoring.scoreThenFollowOn(sql, c.get('llm'), id));
    return c.json(acceptedView(id, stored.task_id, stored.received_at), 202, SCORE_RETRY_AFTER);
  });
