import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  ApiTokenListSchema,
  ApiTokenSchema,
  CreateApiTokenRequestSchema,
  CreatedApiTokenSchema,
  SettingsSchema,
  UpdateSettingsRequestSchema,
  ReplayedDeliverySchema,
  WebhookDeliveryListSchema,
} from '../../shared/api/accounts';
import { IdParamsSchema } from '../../shared/api/ids';
import { apiTokensFor } from '../accounts/api-tokens';
import { settingsFor } from '../accounts/settings';
import { requireAdmin, requireRecruiter } from '../http/auth';
import { webhookUrlProblem } from '../webhooks/address-policy';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { replayDelivery } from '../webhooks/deliveries';
import { webhookDeliveriesFor } from '../webhooks/log';

const admin = { tags: ['admin'], security: RECRUITER_SECURITY, middleware: [requireRecruiter, requireAdmin] };

const listTokens = createRoute({
  ...admin,
  method: 'get',
  path: '/api/v1/api-tokens',
  summary: 'API tokens for integrations',
  responses: {
    200: jsonResponse(ApiTokenListSchema, 'Newest first; the tokens themselves are never shown again.'),
    ...errorResponses(401, 403),
  },
});
const createToken = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/api-tokens',
  summary: 'Make an API token (shown once)',
  request: { body: jsonBody(CreateApiTokenRequestSchema) },
  responses: { 201: jsonResponse(CreatedApiTokenSchema, 'Created.'), ...errorResponses(400, 401, 403, 413) },
});
const revokeToken = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/api-tokens/{id}/revoke',
  summary: 'Revoke an API token',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(ApiTokenSchema, 'Revoked.'), ...errorResponses(400, 401, 403, 404) },
});
const readSettings = createRoute({
  ...admin,
  method: 'get',
  path: '/api/v1/settings',
  summary: 'Webhook and LLM settings (never a key or secret)',
  responses: { 200: jsonResponse(SettingsSchema, 'The settings.'), ...errorResponses(401, 403) },
});
const updateSettings = createRoute({
  ...admin,
  method: 'put',
  path: '/api/v1/settings',
  summary: 'Set the webhook URL and secret',
  request: { body: jsonBody(UpdateSettingsRequestSchema) },
  responses: { 200: jsonResponse(SettingsSchema, 'Saved.'), ...errorResponses(400, 401, 403, 413) },
});
const listDeliveries = createRoute({
  ...admin,
  method: 'get',
  path: '/api/v1/webhooks/deliveries',
  summary: 'The webhook delivery log',
  responses: { 200: jsonResponse(WebhookDeliveryListSchema, 'Newest first, the last 200.'), ...errorResponses(401, 403) },
});

const replay = createRoute({
  ...admin,
  method: 'post',
  path: '/api/v1/webhooks/deliveries/{id}/replay',
  summary: 'Send a delivery again',
  description:
    'Queues a new delivery of the same event (its payload says `replayOf`), with the interview as it is now; the next sweep sends it.',
  request: { params: IdParamsSchema },
  responses: { 202: jsonResponse(ReplayedDeliverySchema, 'Queued.'), ...errorResponses(400, 401, 403, 404) },
});

/** How this deployment sends mail, for the admin page. */
const mailDescription = (c: Context<AppEnv>) => ({ transport: c.get('mail').kind, from: c.get('mail').from });

export const adminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listTokens, async (c) => c.json({ tokens: await apiTokensFor(c.get('sql'), c.get('recruiter')).list() }, 200))
  .openapi(createToken, async (c) => c.json(await apiTokensFor(c.get('sql'), c.get('recruiter')).create(c.req.valid('json').name), 201))
  .openapi(revokeToken, async (c) => {
    const token = await apiTokensFor(c.get('sql'), c.get('recruiter')).revoke(c.req.valid('param').id, new Date());
    if (!token) throw new AppError('not_found', 'No API token has this id.');
    return c.json(token, 200);
  })
  .openapi(readSettings, async (c) =>
    c.json(await settingsFor(c.get('sql'), c.get('recruiter'), c.get('llmDescription'), mailDescription(c)).read(), 200),
  )
  .openapi(updateSettings, async (c) => {
    const input = c.req.valid('json');
    const problem = input.webhookUrl ? webhookUrlProblem(input.webhookUrl, c.get('webhookAllowHosts')) : null;
    if (problem) throw new AppError('bad_request', `The webhook URL ${problem}.`, { details: [{ path: 'webhookUrl', message: problem }] });
    return c.json(await settingsFor(c.get('sql'), c.get('recruiter'), c.get('llmDescription'), mailDescription(c)).update(input), 200);
  })
  .openapi(listDeliveries, async (c) => c.json({ deliveries: await webhookDeliveriesFor(c.get('sql'), c.get('recruiter').orgId) }, 200))
  .openapi(replay, async (c) => {
    const id = await replayDelivery(c.get('sql'), c.get('recruiter').orgId, c.req.valid('param').id, new Date());
    if (!id) throw new AppError('not_found', 'No webhook delivery with this id belongs to your organisation.');
    return c.json({ id }, 202);
  });
