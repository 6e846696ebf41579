import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { IdParamsSchema } from '../../shared/api/ids';
import {
  AddNoteRequestSchema,
  CreatedShareLinkSchema,
  CreateShareLinkRequestSchema,
  NoteListSchema,
  NoteSchema,
  SetStageRequestSchema,
  SetStageResponseSchema,
  SharedResultSchema,
  StageListSchema,
  ShareLinkListSchema,
  ShareLinkSchema,
} from '../../shared/api/pipeline';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError, refusal } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { pipelineFor } from '../recruiting/pipeline';
import { openShareLink, shareLinksFor } from '../recruiting/share-links';

const recruiter = { security: RECRUITER_SECURITY, middleware: [requireRecruiter], tags: ['pipeline'] };
const NO_INTERVIEW = 'No interview with this id belongs to your organisation.';

const listStages = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/stages',
  summary: 'The pipeline’s stages, in order (admins set them in Settings)',
  responses: { 200: jsonResponse(StageListSchema, 'The stages.'), ...errorResponses(401, 403) },
});

const setStage = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/interviews/stage',
  summary: 'Move interviews to a stage of the pipeline (one, or many at once)',
  description: 'All or none. Each move is in the audit log and sent to the webhook as `interview.stage_changed`.',
  request: { body: jsonBody(SetStageRequestSchema) },
  responses: { 200: jsonResponse(SetStageResponseSchema, 'Moved.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const listNotes = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews/{id}/notes',
  summary: 'The team’s notes on an interview, oldest first',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(NoteListSchema, 'The notes.'), ...errorResponses(400, 401, 403, 404) },
});

const addNote = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/interviews/{id}/notes',
  summary: 'Add a note to an interview',
  request: { params: IdParamsSchema, body: jsonBody(AddNoteRequestSchema) },
  responses: { 201: jsonResponse(NoteSchema, 'Added.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const listShareLinks = createRoute({
  ...recruiter,
  method: 'get',
  path: '/api/v1/interviews/{id}/share-links',
  summary: 'Read-only links made for an interview’s result, with how often each was opened',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(ShareLinkListSchema, 'Newest first.'), ...errorResponses(400, 401, 403) },
});

const createShareLink = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/interviews/{id}/share-links',
  summary: 'Make a read-only link to an interview’s result for someone without an account',
  description:
    'The address is in this answer only; the server keeps its hash. It expires (1 to 90 days, 14 by default) and can be revoked.',
  request: { params: IdParamsSchema, body: jsonBody(CreateShareLinkRequestSchema) },
  responses: { 201: jsonResponse(CreatedShareLinkSchema, 'Made.'), ...errorResponses(400, 401, 403, 404, 413) },
});

const revokeShareLink = createRoute({
  ...recruiter,
  method: 'post',
  path: '/api/v1/share-links/{id}/revoke',
  summary: 'Stop a share link at once',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(ShareLinkSchema, 'Revoked.'), ...errorResponses(400, 401, 403, 404) },
});

const openShared = createRoute({
  method: 'get',
  path: '/api/v1/shared/{token}',
  tags: ['pipeline'],
  summary: 'A shared result, read-only, without an account',
  description: 'Each opening is counted and written to the organisation’s audit log.',
  request: { params: z.strictObject({ token: z.string().min(1).max(200) }) },
  responses: { 200: jsonResponse(SharedResultSchema, 'The result.'), ...errorResponses(400, 404, 410) },
});

const CLOSED = {
  not_found: ['not_found', 'This link does not exist. Ask whoever sent it for a new one.'],
  expired: ['gone', 'This link has expired. Ask whoever sent it for a new one.'],
  revoked: ['gone', 'This link was withdrawn by the organisation that made it.'],
} as const;

export const pipelineRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listStages, async (c) => c.json({ stages: await pipelineFor(c.get('sql'), c.get('recruiter')).stages() }, 200))
  .openapi(setStage, async (c) => {
    const { sessionIds, stage } = c.req.valid('json');
    const outcome = await pipelineFor(c.get('sql'), c.get('recruiter')).setStage(sessionIds, stage, new Date());
    if (!outcome.ok && outcome.reason === 'unknown_stage')
      throw new AppError('bad_request', `“${stage}” is not a stage of your pipeline; admins set the stages in Settings.`, {
        details: [{ path: 'stage', message: 'not a stage of this organisation' }],
      });
    if (!outcome.ok)
      throw new AppError('not_found', 'One or more of these interviews do not belong to your organisation; nothing was moved.');
    return c.json(outcome.result, 200);
  })
  .openapi(listNotes, async (c) => {
    const notes = await pipelineFor(c.get('sql'), c.get('recruiter')).notes(c.req.valid('param').id);
    if (!notes) throw new AppError('not_found', NO_INTERVIEW);
    return c.json({ notes }, 200);
  })
  .openapi(addNote, async (c) => {
    const note = await pipelineFor(c.get('sql'), c.get('recruiter')).addNote(c.req.valid('param').id, c.req.valid('json').body);
    if (!note) throw new AppError('not_found', NO_INTERVIEW);
    return c.json(note, 201);
  })
  .openapi(listShareLinks, async (c) => {
    const links = await shareLinksFor(c.get('sql'), c.get('recruiter'), c.get('links').shared).list(c.req.valid('param').id);
    return c.json({ links }, 200);
  })
  .openapi(createShareLink, async (c) => {
    const { expiresInDays } = c.req.valid('json');
    const created = await shareLinksFor(c.get('sql'), c.get('recruiter'), c.get('links').shared).create(
      c.req.valid('param').id,
      expiresInDays,
      new Date(),
    );
    if (!created) throw new AppError('not_found', NO_INTERVIEW);
    return c.json(created, 201);
  })
  .openapi(revokeShareLink, async (c) => {
    const link = await shareLinksFor(c.get('sql'), c.get('recruiter'), c.get('links').shared).revoke(c.req.valid('param').id, new Date());
    if (!link) throw new AppError('not_found', 'No share link with this id belongs to your organisation.');
    return c.json(link, 200);
  })
  .openapi(openShared, async (c) => {
    const outcome = await openShareLink(c.get('sql'), c.req.valid('param').token, new Date());
    if (!outcome.ok) throw new AppError(...refusal(CLOSED[outcome.reason]));
    // A shared result is for the eyes it was sent to: not kept by caches or proxies.
    c.header('cache-control', 'no-store');
    return c.json(outcome.shared, 200);
  });
