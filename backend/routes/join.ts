import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { JoinInfoSchema } from '../../shared/api/invites';
import type { AppEnv } from '../http/env';
import { jsonResponse } from '../http/openapi';
import { clientIp, rateLimit } from '../http/rate-limit';
import { joinInfo } from '../interview/join-info';
import { joinPage } from '../pages/join-page';
import { manifestFor } from '../pages/manifest';

/** The code is the credential, so looking codes up is limited per address as redeeming them is. */
const lookups = rateLimit('join-ip', 60, 60_000, clientIp);
const CodeParamsSchema = z.strictObject({ code: z.string().min(1).max(64) });

const info = createRoute({
  method: 'get',
  path: '/api/v1/join/{code}',
  tags: ['interview'],
  summary: "What an invite is, for the candidate's page",
  description: 'Public: the code is the credential. A used, withdrawn or expired code says which; an unknown one says so.',
  security: [],
  middleware: [lookups] as const,
  request: { params: CodeParamsSchema },
  responses: { 200: jsonResponse(JoinInfoSchema, 'The invite, or why its code does not work.') },
});

/** The organisation's own page for its candidates, and the add-in's manifest for this deployment. */
export const joinRoutes = new OpenAPIHono<AppEnv>()
  .openapi(info, async (c) => c.json(await joinInfo(c.get('sql'), c.req.valid('param').code, new Date()), 200))
  .get('/join/:code', lookups, async (c) => {
    const view = await joinInfo(c.get('sql'), c.req.param('code'), new Date());
    const links = c.get('links');
    c.header('Cache-Control', 'no-store');
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    return c.html(joinPage(view, { manifestUrl: links.manifest, addinUrl: `${links.base}/addin/` }), view.state === 'unknown' ? 404 : 200);
  })
  .get('/manifest.xml', (c) => {
    const base = c.get('links').base;
    c.header('Content-Disposition', 'attachment; filename="excel-interviewer.xml"');
    return c.body(manifestFor(base), 200, { 'Content-Type': 'application/xml; charset=utf-8' });
  });
