import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  CreateInviteRequestSchema, InviteSchema, RedeemInviteRequestSchema, RedeemInviteResponseSchema,
} from '../../shared/api/invites';
import { requireRecruiter } from '../http/auth';
import { clientIp, rateLimit } from '../http/rate-limit';
import type { AppEnv } from '../http/env';
import { AppError, refusal } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { redeemInvite } from '../interview/redeem-invite';
import { invitesFor } from '../recruiting/invites';

const create = createRoute({
  method: 'post',
  path: '/api/v1/invites',
  tags: ['invites'],
  summary: 'Invite a candidate to an assessment',
  description: 'Returns a single-use code the candidate enters in the Excel add-in.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { body: jsonBody(CreateInviteRequestSchema) },
  responses: { 201: jsonResponse(InviteSchema, 'Created.'), ...errorResponses(400, 401, 403, 404, 413) },
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
      return code.toUpperCase().replace(/[\s-]/g, '');
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

export const inviteRoutes = new OpenAPIHono<AppEnv>()
  .openapi(create, async (c) => {
    const { orgId, userId } = c.var.recruiter;
    const outcome = await invitesFor(c.var.sql, orgId).create(c.req.valid('json'), userId, new Date());
    if (!outcome.ok) throw new AppError('not_found', 'No assessment has this id.');
    return c.json(outcome.invite, 201);
  })
  .openapi(redeem, async (c) => {
    const outcome = await redeemInvite(c.var.sql, c.req.valid('json').code, new Date());
    if (!outcome.ok) throw new AppError(...refusal(REDEEM_REFUSALS[outcome.reason]));
    return c.json(outcome.response, 201);
  });
