import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AssessmentListSchema, AssessmentSchema, CreateAssessmentRequestSchema } from '../../shared/api/assessments';
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

export const assessmentRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => {
    const assessments = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).list();
    return c.json({ assessments }, 200);
  })
  .openapi(one, async (c) => {
    const assessment = await assessmentsFor(c.get('sql'), c.get('recruiter').orgId).get(c.req.valid('param').id);
    if (!assessment) throw new AppError('not_found', 'No assessment has this id.');
    return c.json(assessment, 200);
  })
  .openapi(create, async (c) => {
    const { orgId, userId } = c.get('recruiter');
    const outcome = await assessmentsFor(c.get('sql'), orgId).create({ ...c.req.valid('json'), createdBy: userId });
    if (!outcome.ok) {
      throw new AppError('bad_request', `Unknown task ids: ${outcome.taskIds.join(', ')}.`, {
        details: outcome.taskIds.map((id) => ({ path: 'taskIds', message: `no task "${id}"` })),
      });
    }
    return c.json(outcome.assessment, 201);
  });
