import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { TaskListQuerySchema, TaskListSchema } from '../../shared/api/dashboard';
import { TaskIdSchema, TaskPublicSchema } from '../../shared/task';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { publicPartOf } from '../tasks/public-part';
import { listTasks, loadTask } from '../tasks/store';

const list = createRoute({
  method: 'get',
  path: '/api/v1/tasks',
  tags: ['assessments'],
  summary: 'The task library, filtered by skill and difficulty',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { query: TaskListQuerySchema },
  responses: { 200: jsonResponse(TaskListSchema, 'By skill, then difficulty.'), ...errorResponses(400, 401, 403) },
});

const preview = createRoute({
  method: 'get',
  path: '/api/v1/tasks/{taskId}',
  tags: ['assessments'],
  summary: 'A task as the candidate sees it (its public part only)',
  security: RECRUITER_SECURITY,
  middleware: [requireRecruiter] as const,
  request: { params: z.strictObject({ taskId: TaskIdSchema }) },
  responses: { 200: jsonResponse(TaskPublicSchema, 'The public part.'), ...errorResponses(400, 401, 403, 404) },
});

export const taskRoutes = new OpenAPIHono<AppEnv>()
  .openapi(list, async (c) => c.json({ tasks: await listTasks(c.get('sql'), c.get('recruiter').orgId, c.req.valid('query')) }, 200))
  .openapi(preview, async (c) => {
    const task = await loadTask(c.get('sql'), c.get('recruiter').orgId, c.req.valid('param').taskId);
    if (!task) throw new AppError('not_found', 'No task has this id.');
    return c.json(publicPartOf(task), 200);
  });
