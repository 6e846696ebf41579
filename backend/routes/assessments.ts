import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  AssessmentListQuerySchema,
  AssessmentListSchema,
  AssessmentSchema,
  CreateAssessmentRequestSchema,
  UpdatedAssessmentSchema,
} from '../../shared/api/assessments';
import { IdParamsSchema } from '../../shared/api/ids';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonBody, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { assessmentsFor } from '../recruiting/assessments';

const list = createRoute({
  method: 'get',
  path: '/api/v1/assessments',
  tags: ['assessments'],
  summary: "List the organisation's assessments",
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { query: AssessmentListQuerySchema },
  responses: { 200: jsonResponse(AssessmentListSchema, 'Newest first.'), ...errorResponses(401, 403) },
});

const create = createRoute({
  method: 'post',
  path: '/api/v1/assessments',
  tags: ['assessments'],
  summary: 'Create an assessment from library tasks',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { body: jsonBody(CreateAssessmentRequestSchema) },
  responses: { 201: jsonResponse(AssessmentSchema, 'Created.'), ...errorResponses(400, 401, 403, 413) },
});

const one = createRoute({
  method: 'get',
  path: '/api/v1/assessments/{id}',
  tags: ['assessments'],
  summary: 'One assessment',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(AssessmentSchema, 'The assessment.'), ...errorResponses(400, 401, 403, 404) },
});

const update = createRoute({
  method: 'put',
  path: '/api/v1/assessments/{id}',
  tags: ['assessments'],
  summary: 'Edit an assessment',
  description:
    'In place while no one has been invited to it; once in use, as a new version (`versioned: true`) with the old one archived, so every result keeps the rules it was taken under.',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema, body: jsonBody(CreateAssessmentRequestSchema) },
  responses: { 200: jsonResponse(UpdatedAssessmentSchema, 'Saved.'), ...errorResponses(400, 401, 403, 404, 409, 413) },
});

const archive = createRoute({
  method: 'post',
  path: '/api/v1/assessments/{id}/archive',
  tags: ['assessments'],
  summary: 'Archive an assessment: no new invites; its interviews and results stay',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(AssessmentSchema, 'Archived.'), ...errorResponses(400, 401, 403, 404) },
});

const restore = createRoute({
  method: 'post',
  path: '/api/v1/assessments/{id}/restore',
  tags: ['assessments'],
  summary: 'Bring an archived assessment back',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(AssessmentSchema, 'Restored.'), ...errorResponses(400, 401, 403, 404) },
});

const unknownTasks = (taskIds: string[]) =>
  new AppError('bad_request', `Unknown task ids: ${taskIds.join(', ')}.`, {
    details: taskIds.map((id) => ({ path: 'taskIds', message: `no task "${id}"` })),
  });

export const assessmentRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const { archived } = c.req.valid('query');
    const assessments = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).list({ archived: archived === 'true' });
    return c.json({ assessments }, 200);
  })
  .openapi(update, async (c) => {
    const outcome = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).update(
      c.req.valid('param').id,
      c.req.valid('json'),
      c.get('recruiter'),
    );
    if (outcome.ok) return c.json({ assessment: outcome.assessment, versioned: outcome.versioned }, 200);
    if (outcome.reason === 'unknown_tasks') throw unknownTasks(outcome.taskIds);
    if (outcome.reason === 'archived') throw new AppError('conflict', 'This version is archived; edit its newest version instead.');
    throw new AppError('not_found', 'No assessment has this id.');
  })
  .openapi(archive, async (c) => {
    const assessment = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).setArchived(
      c.req.valid('param').id,
      true,
      c.get('recruiter'),
    );
    if (!assessment) throw new AppError('not_found', 'No assessment has this id.');
    return c.json(assessment, 200);
  })
  .openapi(restore, async (c) => {
    const assessment = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).setArchived(
      c.req.valid('param').id,
      false,
      c.get('recruiter'),
    );
    if (!assessment) throw new AppError('not_found', 'No assessment has this id.');
    return c.json(assessment, 200);
  })
  .openapi(one, async (c) => {
    const assessment = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).get(c.req.valid('param').id);
    if (!assessment) throw new AppError('not_found', 'No assessment has this id.');
    return c.json(assessment, 200);
  })
  .openapi(create, async (c) => {
    const { orgId, userId } = c.get('recruiter');
    const outcome = await assessmentsFor(c.get('sql'), orgId).create({ ...c.req.valid('json'), createdBy: userId });
    if (!outcome.ok) throw unknownTasks(outcome.taskIds);
    return c.json(outcome.assessment, 201);
  });
