import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MeSchema, SetupRequestSchema, SetupStatusSchema } from '../../shared/api/accounts';
import { completeSetup, issueSetupToken, noOrganisationYet, setupTokenWaiting } from '../accounts/organisations';
import { openSignIn } from '../accounts/sign-ins';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse } from '../http/openapi';
import { clientIp, rateLimit } from '../http/rate-limit';
import { startBrowserSession } from './auth';

const status = createRoute({
  method: 'get',
  path: '/api/v1/setup',
  tags: ['dashboard'],
  summary: 'Whether this install waits for its first organisation',
  description:
    'While it does, the first-run setup page is open to whoever has the one-time token the server printed in its log ' +
    '(at start on Node; on Workers at the first look, in the Worker’s logs).',
  security: [],
  responses: { 200: jsonResponse(SetupStatusSchema, 'Whether setup is needed.') },
});

const setup = createRoute({
  method: 'post',
  path: '/api/v1/setup',
  tags: ['dashboard'],
  summary: 'Create the first organisation and its admin, and sign in',
  security: [],
  middleware: [rateLimit('setup-ip', 10, 60_000, clientIp)] as const,
  request: { body: jsonBody(SetupRequestSchema) },
  responses: { 201: jsonResponse(MeSchema, 'Created; signed in as its admin.'), ...errorResponses(400, 403, 409, 413, 429) },
});

export const setupRoutes = new OpenAPIHono<AppEnv>()
  .openapi(status, async (c) => {
    const sql = c.get('sql');
    const needed = await noOrganisationYet(sql);
    // On Workers nothing runs at start: the first look that finds no token makes one and logs where to use it.
    if (needed && !(await setupTokenWaiting(sql, new Date()))) {
      const token = await issueSetupToken(sql, new Date());
      if (token) c.get('logger').info('first-run setup is open', { url: `${new URL(c.req.url).origin}/dashboard/#/setup?token=${token}` });
    }
    return c.json({ needed }, 200);
  })
  .openapi(setup, async (c) => {
    const input = c.req.valid('json');
    const outcome = await completeSetup(
      c.get('sql'),
      input.token,
      {
        name: input.organisationName,
        timeZone: input.timeZone,
        adminName: input.adminName,
        adminEmail: input.adminEmail,
        password: input.password,
      },
      new Date(),
    );
    if (!outcome.ok) {
      throw outcome.reason === 'already_set_up'
        ? new AppError('conflict', 'This install already has an organisation. Sign in, or ask its admin to invite you.')
        : new AppError('forbidden', 'The setup token is not right or has expired. Use the link the server printed at its last start.');
    }
    return c.json(startBrowserSession(c, outcome.admin, await openSignIn(c.get('sql'), outcome.admin, new Date())), 201);
  });
