import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { IdParamsSchema } from '../../shared/api/ids';
import {
  AddSampleRequestSchema,
  AuthorCodeSchema,
  AuthorConnectionSchema,
  CaptureKindSchema,
  CaptureRequestSchema,
  CapturesSchema,
  ConnectAuthorRequestSchema,
  DraftFromCapturesRequestSchema,
  CreateTaskDraftRequestSchema,
  EditTaskDraftRequestSchema,
  PublishedTaskSchema,
  TaskDraftListSchema,
  TaskDraftSchema,
  WORKBOOK_UPLOAD_BYTES,
} from '../../shared/api/task-drafts';
import { bearer, requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { AUTHOR_SECURITY, errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { rateLimit, clientIp } from '../http/rate-limit';
import { taskDraftsFor, type DraftRefusal } from '../recruiting/task-drafts';
import { captureWorkbook, capturedPair, connectAuthor, findAuthorLink, newAuthorCode, type AuthorLink } from '../recruiting/author-links';

/** Two workbooks in base64 and the brief: what the authoring routes accept in one body. */
export const AUTHORING_BODY_BYTES = 3 * WORKBOOK_UPLOAD_BYTES;

const recruiter = { security: RECRUITER_SECURITY, middleware: [requireRecruiter], tags: ['task authoring'] };
const NO_DRAFT = 'No task draft with this id belongs to your organisation.';

/** A domain refusal as the HTTP error a person reads, with the field it concerns. */
function refuse(refusal: DraftRefusal): never {
  switch (refusal.reason) {
    case 'not_found':
      throw new AppError('not_found', NO_DRAFT);
    case 'unreadable':
    case 'invalid_edit':
      throw new AppError('bad_request', refusal.message, { details: [{ path: refusal.field, message: refusal.message }] });
    case 'not_a_task':
      throw new AppError('bad_request', refusal.message, { details: [{ path: 'solved', message: refusal.message }] });
    case 'self_tests_failed':
      throw new AppError('conflict', refusal.message);
  }
}

const create = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/task-drafts',
  summary: 'Derive a task from a starter and a solved workbook (.xlsx, base64)',
  description:
    'The answer is what the solved workbook adds; checks, hidden data and a follow-up are derived, and the self-tests run. Nothing reaches candidates until the draft is published.',
  request: { body: jsonBody(CreateTaskDraftRequestSchema) },
  responses: { 201: jsonResponse(TaskDraftSchema, 'Derived.'), ...errorResponses(400, 401, 403, 413) },
});

const list = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/task-drafts',
  summary: "The organisation's task drafts, newest first",
  responses: { 200: jsonResponse(TaskDraftListSchema, 'The drafts.'), ...errorResponses(401, 403) },
});

const get = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/task-drafts/{id}',
  summary: 'A draft for review: the derived task, its self-tests and its hidden variants as small tables',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(TaskDraftSchema, 'The draft.'), ...errorResponses(400, 401, 403, 404) },
});

const edit = createRoute({
  ...recruiter,
  method: 'patch',
  path: '/api/v1/task-drafts/{id}',
  summary: 'Change points, gates, allowed functions, wording or the follow-up; the self-tests run again',
  request: { params: IdParamsSchema, body: jsonBody(EditTaskDraftRequestSchema) },
  responses: { 200: jsonResponse(TaskDraftSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const addSample = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/task-drafts/{id}/samples',
  summary: 'Add a sample answer with the band of scores it should get; it is a self-test from now on',
  request: { params: IdParamsSchema, body: jsonBody(AddSampleRequestSchema) },
  responses: { 200: jsonResponse(TaskDraftSchema, 'Added.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const publish = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/task-drafts/{id}/publish',
  summary: 'Publish the draft as the newest version of the task (refused while a self-test fails)',
  request: { params: IdParamsSchema },
  responses: { 201: jsonResponse(PublishedTaskSchema, 'Published.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const authorCode = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/task-drafts/author-codes',
  summary: "A one-time code that connects the task pane's author mode to your organisation",
  description: 'Shown once; valid for 15 minutes and for one connection. Only its hash is kept.',
  responses: { 201: jsonResponse(AuthorCodeSchema, 'Made.'), ...errorResponses(401, 403) },
});

const PANE = { tags: ['task authoring'], security: AUTHOR_SECURITY };

const connect = createRoute({
  ...PANE,
  method: 'post',
  path: '/api/v1/task-drafts/pane/connect',
  summary: "The task pane's author mode: exchange a one-time code for a token that may capture workbooks",
  security: [],
  // The code is the credential: guessing is slowed per address as redeeming an invite is.
  middleware: [rateLimit('redeem-ip', 20, 60_000, clientIp)] as const,
  request: { body: jsonBody(ConnectAuthorRequestSchema) },
  responses: { 201: jsonResponse(AuthorConnectionSchema, 'Connected.'), ...errorResponses(400, 404, 429) },
});

const capture = createRoute({
  ...PANE,
  method: 'put',
  path: '/api/v1/task-drafts/pane/captures/{kind}',
  summary: 'Keep the workbook open in Excel as the starter or the solved workbook',
  request: { params: z.strictObject({ kind: CaptureKindSchema }), body: jsonBody(CaptureRequestSchema) },
  responses: { 200: jsonResponse(CapturesSchema, 'Captured.'), ...errorResponses(400, 401, 413) },
});

const draftFromCaptures = createRoute({
  ...PANE,
  method: 'post',
  path: '/api/v1/task-drafts/pane/drafts',
  summary: 'Derive a task draft from the two captured workbooks (reviewed and published in the dashboard)',
  request: { body: jsonBody(DraftFromCapturesRequestSchema) },
  responses: { 201: jsonResponse(TaskDraftSchema, 'Derived.'), ...errorResponses(400, 401, 409) },
});

/** The pane's author link from its bearer token, or a 401 that says what to do. */
async function authorOf(c: Context<AppEnv>): Promise<AuthorLink> {
  const token = bearer(c.req.header('authorization'));
  const link = token ? await findAuthorLink(c.get('sql'), token, new Date()) : null;
  if (!link) throw new AppError('unauthorized', 'Connect the task pane again with a new code from Your tasks in the dashboard.');
  return link;
}

const capturesOf = (link: AuthorLink) => ({ starter: link.starterAt, solved: link.solvedAt });

export const taskDraftRoutes = new OpenAPIHono<AppEnv>()
  .openapi(authorCode, async (c) => c.json(await newAuthorCode(c.get('sql'), c.get('recruiter'), new Date()), 201))
  .openapi(connect, async (c) => {
    const connected = await connectAuthor(c.get('sql'), c.req.valid('json').code, new Date());
    if (!connected)
      throw new AppError('not_found', 'This code is not one we gave out, was used already, or has expired. Make a new one in Your tasks.');
    return c.json(connected, 201);
  })
  .openapi(capture, async (c) => {
    const captured = await captureWorkbook(c.get('sql'), await authorOf(c), c.req.valid('param').kind, c.req.valid('json').snapshot);
    if (!captured.ok) throw new AppError('bad_request', captured.message);
    return c.json(capturesOf(captured.link), 200);
  })
  .openapi(draftFromCaptures, async (c) => {
    const link = await authorOf(c);
    const pair = await capturedPair(c.get('sql'), link);
    if (!pair) throw new AppError('conflict', 'Capture both the starter and the solved workbook first.');
    const who = { orgId: link.orgId, userId: link.userId, role: 'recruiter' as const };
    const made = await taskDraftsFor(c.get('sql'), who, c.get('llm')).fromSnapshots(c.req.valid('json').brief, pair.starter, pair.solved);
    if (!made.ok) refuse(made);
    return c.json(made.draft, 201);
  })
  .openapi(create, async (c) => {
    const { brief, starter, solved } = c.req.valid('json');
    const made = await taskDraftsFor(c.get('sql'), c.get('recruiter'), c.get('llm')).create(brief, starter, solved);
    if (!made.ok) refuse(made);
    return c.json(made.draft, 201);
  })
  .openapi(list, async (c) => c.json({ drafts: await taskDraftsFor(c.get('sql'), c.get('recruiter')).list() }, 200))
  .openapi(get, async (c) => {
    const draft = await taskDraftsFor(c.get('sql'), c.get('recruiter')).get(c.req.valid('param').id);
    if (!draft) throw new AppError('not_found', NO_DRAFT);
    return c.json(draft, 200);
  })
  .openapi(edit, async (c) => {
    const changed = await taskDraftsFor(c.get('sql'), c.get('recruiter')).edit(c.req.valid('param').id, c.req.valid('json'));
    if (!changed.ok) refuse(changed);
    return c.json(changed.draft, 200);
  })
  .openapi(addSample, async (c) => {
    const { name, band, workbook } = c.req.valid('json');
    const added = await taskDraftsFor(c.get('sql'), c.get('recruiter')).addSample(c.req.valid('param').id, name, band, workbook);
    if (!added.ok) refuse(added);
    return c.json(added.draft, 200);
  })
  .openapi(publish, async (c) => {
    const published = await taskDraftsFor(c.get('sql'), c.get('recruiter')).publish(c.req.valid('param').id);
    if (!published.ok) refuse(published);
    return c.json({ taskId: published.taskId, version: published.version, supersedes: published.supersedes }, 201);
  });
