import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AnswerFollowUpRequestSchema, AnswerFollowUpResponseSchema, FollowUpQuestionSchema } from '../../shared/api/follow-ups';
import { IdParamsSchema } from '../../shared/api/ids';
import { requireCandidate } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError, refusal } from '../http/errors';
import { CANDIDATE_SECURITY, errorResponses, jsonBody, jsonResponse } from '../http/openapi';
import { answerFollowUp, showFollowUp } from '../interview/follow-ups';

const answer = createRoute({
  method: 'post',
  path: '/api/v1/session/follow-ups/{id}/answer',
  tags: ['interview'],
  summary: 'Answer the follow-up question about a hand-in',
  description:
    'Once per question; the same answer sent again returns the first record. A vague first answer leads to a second turn (`next`), asking for specifics.',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate] as const,
  request: { params: IdParamsSchema, body: jsonBody(AnswerFollowUpRequestSchema) },
  responses: { 200: jsonResponse(AnswerFollowUpResponseSchema, 'Recorded.'), ...errorResponses(400, 401, 403, 404, 409, 413) },
});

const show = createRoute({
  method: 'get',
  path: '/api/v1/session/follow-ups/{id}',
  tags: ['interview'],
  summary: 'The follow-up question, as the candidate is shown it',
  description:
    'With a model configured the question may have been rewritten about the candidate’s own formula since the hand-in was answered; from this call on it is fixed.',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(FollowUpQuestionSchema, 'The question.'), ...errorResponses(401, 403, 404) },
});

const REFUSALS = {
  not_found: ['not_found', 'No follow-up question with this id belongs to your interview.'],
  already_answered: ['conflict', 'This question has already been answered.'],
} as const;

export const followUpRoutes = new OpenAPIHono<AppEnv>()
  .openapi(show, async (c) => {
    const shown = await showFollowUp(c.get('sql'), c.get('interview'), c.req.valid('param').id, new Date());
    if (!shown) throw new AppError(...refusal(REFUSALS.not_found));
    return c.json(shown, 200);
  })
  .openapi(answer, async (c) => {
    const interview = c.get('interview');
    const outcome = await answerFollowUp(c.get('sql'), interview, c.req.valid('param').id, c.req.valid('json').answer, new Date());
    if (!outcome.ok) throw new AppError(...refusal(REFUSALS[outcome.reason]));
    // With a model configured it grades the answer against the rubric after the answer is stored; the candidate does not wait.
    if (outcome.recorded) c.get('background')(c.get('scoring').gradeAnswer(c.get('sql'), c.get('llm'), interview.orgId, outcome.recorded));
    return c.json({ id: outcome.id, answeredAt: outcome.answeredAt, next: outcome.next }, 200);
  });
