import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  BulkInviteRequestSchema,
  CreateInviteRequestSchema,
  InviteActionRequestSchema,
  InviteActionResponseSchema,
  InviteListQuerySchema,
  InviteListSchema,
  InvitePageSchema,
  InviteSchema,
  RedeemInviteRequestSchema,
  RedeemInviteResponseSchema,
} from '../../shared/api/invites';
import { normaliseInviteCode } from '../../shared/invite-code';
import { IdParamsSchema } from '../../shared/api/ids';
import { requireRecruiter } from '../http/auth';
import { clientIp, rateLimit } from '../http/rate-limit';
import { sendMailSoon } from '../http/send-mail-soon';
import type { AppEnv } from '../http/env';
import { AppError, refusal } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { redeemInvite } from '../interview/redeem-invite';
import { invitesFor, type CreateInvitesOutcome } from '../recruiting/invites';

const create = createRoute({
  method: 'post',
  path: '/api/v1/invites',
  tags: ['invites'],
  summary: 'Invite a candidate to an assessment',
  description: 'Returns a single-use code the candidate enters in the Excel add-in.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { body: jsonBody(CreateInviteRequestSchema) },
  responses: { 201: jsonResponse(InviteSchema, 'Created.'), ...errorResponses(400, 401, 403, 404, 409, 413) },
});

const createMany = createRoute({
  method: 'post',
  path: '/api/v1/invites/bulk',
  tags: ['invites'],
  summary: 'Invite many candidates at once',
  description: 'All or none: one invite per candidate, each with its own single-use code.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { body: jsonBody(BulkInviteRequestSchema) },
  responses: { 201: jsonResponse(InviteListSchema, 'Created, in the order given.'), ...errorResponses(400, 401, 403, 404, 409, 413) },
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/invites',
  tags: ['invites'],
  summary: "The organisation's invites, with their status, searched and a page at a time",
  description: 'Newest first; pages by `cursor` (the previous page’s `nextCursor`), stable while invites are added.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { query: InviteListQuerySchema },
  responses: { 200: jsonResponse(InvitePageSchema, 'One page.'), ...errorResponses(400, 401, 403) },
});

const act = createRoute({
  method: 'post',
  path: '/api/v1/invites/actions',
  tags: ['invites'],
  summary: 'Send invitations again, or withdraw invites, many at once',
  description: 'Applies to the invites still open; the others are listed in `skipped` with why. Each is in the audit log.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { body: jsonBody(InviteActionRequestSchema) },
  responses: { 200: jsonResponse(InviteActionResponseSchema, 'Done.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const revoke = createRoute({
  method: 'post',
  path: '/api/v1/invites/{id}/revoke',
  tags: ['invites'],
  summary: 'Withdraw an unused invite',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(InviteSchema, 'Revoked.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const redeem = createRoute({
  method: 'post',
  path: '/api/v1/invites/redeem',
  tags: ['interview'],
  summary: 'Start an interview with an invite code',
  description: 'Public: the code is the credential. Answers with a session token and the first task.',
  security: [],
  // Codes are the credential: per address and per code, so guessing is slow from anywhere.
  middleware: [
    rateLimit('redeem-ip', 20, 60_000, clientIp),
    rateLimit('redeem-code', 5, 60_000, async (c) => {
      // Any JSON may arrive here, null and arrays included; validation comes after and refuses it properly.
      const body: unknown = await c.req.json().catch(() => null);
      const code = body !== null && typeof body === 'object' && 'code' in body ? String(body.code) : '';
      // Every spelling of one code counts against it; all malformed ones share a key (none can succeed).
      return normaliseInviteCode(code) ?? 'malformed';
    }),
  ] as const,
  request: { body: jsonBody(RedeemInviteRequestSchema) },
  responses: {
    201: jsonResponse(RedeemInviteResponseSchema, 'The interview has started.'),
    ...errorResponses(400, 404, 409, 410, 413, 429),
  },
});

const REDEEM_REFUSALS = {
  not_found: ['not_found', 'No invite has this code. Check it and try again.'],
  already_used: ['conflict', 'This invite code has already been used.'],
  revoked: ['gone', 'This invite has been withdrawn by the recruiter.'],
  expired: ['gone', 'This invite code has expired. Ask the recruiter for a new one.'],
} as const;

/** Why invites were not made: no such assessment, or candidates already invited to it (each named at its field). */
function refused(outcome: Exclude<CreateInvitesOutcome, { ok: true }>, field: (index: number) => string): AppError {
  if (outcome.reason !== 'duplicate')
    return outcome.reason === 'assessment_not_found'
      ? new AppError('not_found', 'No assessment has this id.')
      : new AppError('conflict', 'This assessment is archived and takes no new invites; restore it, or invite to its newest version.', {
          details: [{ path: 'assessmentId', message: 'archived' }],
        });
  const names = outcome.duplicates.map((d) => d.email).join(', ');
  return new AppError(
    'conflict',
    `Already invited to this assessment: ${names}. Nothing was sent; send again with “invite again” to give them a second invite.`,
    { details: outcome.duplicates.map((d) => ({ path: field(d.index), message: 'already invited to this assessment' })) },
  );
}

export const inviteRoutes = new OpenAPIHono<AppEnv>()
  .openapi(create, async (c) => {
    const outcome = await invitesFor(c.get('sql'), c.get('recruiter'), c.get('links')).create(c.req.valid('json'), new Date());
    if (!outcome.ok) throw refused(outcome, () => 'candidateEmail');
    if (outcome.mailQueued) sendMailSoon(c);
    return c.json(outcome.invites[0]!, 201);
  })
  .openapi(createMany, async (c) => {
    const outcome = await invitesFor(c.get('sql'), c.get('recruiter'), c.get('links')).createMany(c.req.valid('json'), new Date());
    if (!outcome.ok) throw refused(outcome, (i) => `candidates.${i}.email`);
    if (outcome.mailQueued) sendMailSoon(c);
    return c.json({ invites: outcome.invites }, 201);
  })
  .openapi(list, async (c) => {
    const page = await invitesFor(c.get('sql'), c.get('recruiter'), c.get('links')).list(c.req.valid('query'), new Date());
    if (!page)
      throw new AppError('bad_request', 'This cursor is not one the list gave out; start again from the first page.', {
        details: [{ path: 'cursor', message: 'not a cursor of this list' }],
      });
    return c.json(page, 200);
  })
  .openapi(act, async (c) => {
    const done = await invitesFor(c.get('sql'), c.get('recruiter'), c.get('links')).act(c.req.valid('json'), new Date());
    if (!done) throw new AppError('not_found', 'One or more of these invites do not belong to your organisation; nothing was done.');
    if (done.mailQueued) sendMailSoon(c);
    return c.json(done, 200);
  })
  .openapi(revoke, async (c) => {
    const outcome = await invitesFor(c.get('sql'), c.get('recruiter'), c.get('links')).revoke(c.req.valid('param').id, new Date());
    if (!outcome.ok) {
      throw outcome.reason === 'not_found'
        ? new AppError('not_found', 'No invite has this id.')
        : new AppError('conflict', 'This invite has already been used; the interview it started stays.');
    }
    return c.json(outcome.invite, 200);
  })
  .openapi(redeem, async (c) => {
    const outcome = await redeemInvite(c.get('sql'), c.req.valid('json').code, new Date());
    if (!outcome.ok) throw new AppError(...refusal(REDEEM_REFUSALS[outcome.reason]));
    return c.json(outcome.response, 201);
  });
