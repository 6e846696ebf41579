import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ChangeRoleRequestSchema, InvitedUserSchema, InviteUserRequestSchema, UserListSchema, UserSchema } from '../../shared/api/accounts';
import { IdParamsSchema } from '../../shared/api/ids';
import { usersFor, type ChangeUserOutcome } from '../accounts/users';
import { requireAdmin, requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { sendMailSoon } from '../http/send-mail-soon';

const admin = { tags: ['admin'], security: RECRUITER_SECURITY, middleware: [requireRecruiter, requireAdmin] };

const list = createRoute({
  ...admin,
  method: 'get',
  path: '/api/v1/users',
  summary: "The organisation's people",
  responses: { 200: jsonResponse(UserListSchema, 'Oldest first.'), ...errorResponses(401, 403) },
});
const invite = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/users',
  summary: 'Invite a colleague (recruiter or admin)',
  description:
    'E-mails them a single-use link to set their password, valid 7 days. The token is also in the answer, shown this ' +
    'once, for an admin who passes the link on by hand.',
  request: { body: jsonBody(InviteUserRequestSchema) },
  responses: { 201: jsonResponse(InvitedUserSchema, 'Invited.'), ...errorResponses(400, 401, 403, 409, 413) },
});
const remove = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/users/{id}/remove',
  summary: 'Remove a colleague',
  description:
    'Their sign-ins end at once and they can no longer sign in; the audit log keeps their name. The last admin cannot be removed.',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(UserSchema, 'Removed.'), ...errorResponses(400, 401, 403, 404, 409) },
});
const changeRole = createRoute({
  ...admin,
  method: 'put',
  path: '/api/v1/users/{id}/role',
  summary: "Change a colleague's role",
  description: 'The last admin stays an admin.',
  request: { params: IdParamsSchema, body: jsonBody(ChangeRoleRequestSchema) },
  responses: { 200: jsonResponse(UserSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404, 409, 413) },
});

function changed(outcome: ChangeUserOutcome) {
  if (outcome.ok) return outcome.user;
  throw outcome.reason === 'not_found'
    ? new AppError('not_found', 'No colleague has this id.')
    : new AppError('conflict', 'This is the organisation’s last admin. Make someone else an admin first.');
}

export const peopleRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => c.json({ users: await usersFor(c.get('sql'), c.get('recruiter')).list() }, 200))
  .openapi(invite, async (c) => {
    const outcome = await usersFor(c.get('sql'), c.get('recruiter')).invite(c.req.valid('json'), new Date(), c.get('links'));
    if (!outcome.ok) throw new AppError('conflict', 'Someone with this email already has an account in this organisation.');
    sendMailSoon(c);
    return c.json({ user: outcome.user, setPasswordToken: outcome.token, expiresAt: outcome.expiresAt.toISOString() }, 201);
  })
  .openapi(remove, async (c) => c.json(changed(await usersFor(c.get('sql'), c.get('recruiter')).remove(c.req.valid('param').id)), 200))
  .openapi(changeRole, async (c) =>
    c.json(changed(await usersFor(c.get('sql'), c.get('recruiter')).changeRole(c.req.valid('param').id, c.req.valid('json').role)), 200),
  );
