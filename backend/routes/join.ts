import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { JoinInfoSchema } from '../../shared/api/invites';
import type { AppEnv } from '../http/env';
import { jsonResponse } from '../http/openapi';
import { clientIp, rateLimit } from '../http/rate-limit';
import { joinInfo } from '../interview/join-info';
import { joinPage, page } from '../pages/join-page';
import { fileHandInPage } from '../pages/file-hand-in-page';
import { fileInterview, handInFile } from '../interview/file-hand-in';
import { starterWorkbook } from '../workbook-file/write-starter';
import { WORKBOOK_UPLOAD_BYTES } from '../../shared/api/task-drafts';
import { limitBody } from '../http/body-limit';
import { AppError } from '../http/errors';
import type { Context } from 'hono';
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

/** Pages a candidate reads: no script, forms only to this server. */
function pageHeaders(c: Context<AppEnv>, formAction: string): void {
  c.header('Cache-Control', 'no-store');
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action ${formAction}; frame-ancestors 'none'`,
  );
}

const fileUploadLimit = limitBody(WORKBOOK_UPLOAD_BYTES + 64 * 1024, () => {
  throw new AppError('payload_too_large', `A workbook may be at most ${WORKBOOK_UPLOAD_BYTES / 1024 / 1024} MB.`);
});

const NOT_FOUND_PAGE = page(
  'Not found',
  '<section><h1>This invitation does not take files</h1><p>Use the link in your e-mail to start the interview in Excel.</p></section>',
);

/** The file hand-in page, with what the last upload did. */
async function filesPage(
  c: Context<AppEnv>,
  code: string,
  notice: { kind: 'received' | 'refused'; text: string } | null,
  status: 200 | 400,
) {
  const state = await fileInterview(c.get('sql'), code, new Date());
  pageHeaders(c, "'self'");
  if (!state.ok) return c.html(NOT_FOUND_PAGE, 404);
  return c.html(
    fileHandInPage({
      code,
      organisation: state.organisation,
      candidateName: state.candidateName,
      task: state.task,
      handedIn: state.handedIn,
      notice,
    }),
    status,
  );
}

/** The organisation's own page for its candidates, and the add-in's manifest for this deployment. */
export const joinRoutes = new OpenAPIHono<AppEnv>()
  .openapi(info, async (c) => c.json(await joinInfo(c.get('sql'), c.req.valid('param').code, new Date()), 200))
  .get('/join/:code', lookups, async (c) => {
    const view = await joinInfo(c.get('sql'), c.req.param('code'), new Date());
    const links = c.get('links');
    pageHeaders(c, "'none'");
    return c.html(joinPage(view, { manifestUrl: links.manifest, addinUrl: `${links.base}/addin/` }), view.state === 'unknown' ? 404 : 200);
  })
  .get('/join/:code/files', lookups, async (c) => {
    const received = c.req.query('received');
    return filesPage(
      c,
      c.req.param('code'),
      received ? { kind: 'received', text: `Received “${received.slice(0, 200)}”. It is being graded.` } : null,
      200,
    );
  })
  .get('/join/:code/files/starter.xlsx', lookups, async (c) => {
    const state = await fileInterview(c.get('sql'), c.req.param('code'), new Date());
    if (!state.ok || !state.task) return c.html(NOT_FOUND_PAGE, 404);
    c.header('Content-Disposition', `attachment; filename="${state.task.id}.xlsx"`);
    c.header('Cache-Control', 'no-store');
    const bytes = await starterWorkbook(state.task);
    return c.body(bytes.buffer as ArrayBuffer, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  })
  .post('/join/:code/files', lookups, fileUploadLimit, async (c) => {
    const code = c.req.param('code');
    const form = await c.req.parseBody().catch(() => null);
    const file = form?.workbook;
    const taskId = typeof form?.taskId === 'string' ? form.taskId : '';
    if (!(file instanceof File) || file.size === 0)
      return filesPage(c, code, { kind: 'refused', text: 'Choose your finished workbook (.xlsx) before handing it in.' }, 400);
    const services = { sql: c.get('sql'), scoring: c.get('scoring'), llm: c.get('llm'), background: c.get('background') };
    const outcome = await handInFile(services, code, taskId, new Uint8Array(await file.arrayBuffer()), new Date());
    if (!outcome.ok) return filesPage(c, code, { kind: 'refused', text: outcome.message }, 400);
    // Post, then redirect, then get: reloading the page does not hand the file in again.
    return c.redirect(`/join/${encodeURIComponent(code)}/files?received=${encodeURIComponent(outcome.taskTitle)}`, 303);
  })
  .get('/manifest.xml', (c) => {
    const base = c.get('links').base;
    c.header('Content-Disposition', 'attachment; filename="excel-interviewer.xml"');
    return c.body(manifestFor(base), 200, { 'Content-Type': 'application/xml; charset=utf-8' });
  });
