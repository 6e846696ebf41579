import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { IdParamsSchema } from '../../shared/api/ids';
import { requireAdmin, requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { eraseCandidate, type EraseOutcome } from '../recruiting/candidate-data';

const admin = { tags: ['admin'], security: RECRUITER_SECURITY, middleware: [requireRecruiter, requireAdmin] };
const ErasedSchema = z.strictObject({ erased: z.literal(true), inviteId: z.string() }).meta({ id: 'Erased' });
const description =
  "Deletes one candidate's data on their request: the invite, the interview, hand-ins, scores, reviews, follow-ups, " +
  'events, overrides, webhook deliveries and e-mails. The audit log records who deleted it and when, never who the ' +
  'candidate was. Refused (409) while the interview is in progress.';

const byInterview = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/interviews/{id}/erase',
  summary: "Delete a candidate's data, by their interview",
  description,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(ErasedSchema, 'Deleted.'), ...errorResponses(400, 401, 403, 404, 409) },
});
const byInvite = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/invites/{id}/erase',
  summary: "Delete a candidate's data, by their invite",
  description,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(ErasedSchema, 'Deleted.'), ...errorResponses(400, 401, 403, 404, 409) },
});

function erased(outcome: EraseOutcome) {
  if (outcome.ok) return { erased: true as const, inviteId: outcome.inviteId };
  throw outcome.reason === 'not_found'
    ? new AppError('not_found', 'No candidate of this organisation has this id.')
    : new AppError('conflict', 'The interview is in progress; its data can be deleted once it has ended.');
}

export const candidateDataRoutes = new OpenAPIHono<AppEnv>()
  .openapi(byInterview, async (c) =>
    c.json(erased(await eraseCandidate(c.get('sql'), c.get('recruiter'), { interviewId: c.req.valid('param').id })), 200),
  )
  .openapi(byInvite, async (c) =>
    c.json(erased(await eraseCandidate(c.get('sql'), c.get('recruiter'), { inviteId: c.req.valid('param').id })), 200),
  );
