import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { MailListQuerySchema, MailListSchema } from '../../shared/api/mail';
import { requireAdmin, requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { errorResponses, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { listMail } from '../mail/outbox-log';

const list = createRoute({
  method: 'get',
  path: '/api/v1/mail',
  tags: ['admin'],
  summary: "The organisation's sent mail, with every try",
  description:
    'Invitations, reminders and password links, newest first, each with its state and delivery log. Without a mail ' +
    'transport (the embedded default) messages are kept here: an admin can read them and pass them on by hand.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter, requireAdmin] as const,
  request: { query: MailListQuerySchema },
  responses: { 200: jsonResponse(MailListSchema, 'Newest first, the last 200.'), ...errorResponses(400, 401, 403) },
});

export const mailRoutes = new OpenAPIHono<AppEnv>().openapi(list, async (c) =>
  c.json({ messages: await listMail(c.get('sql'), c.get('recruiter').orgId, c.req.valid('query')) }, 200),
);
