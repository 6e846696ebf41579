import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { TaskListQuerySchema, TaskListSchema } from '../../shared/api/dashboard';
import { TaskIdSchema, TaskPublicSchema, type TaskSpec } from '../../shared/task';
import { requireRecruiter } from '../http/auth';
import type { AppEnv } from '../http/env';
import { AppError } from '../http/errors';
import { errorResponses, jsonResponse, RECRUITER_SECURITY } from '../http/openapi';
import { publicPartOf } from '../tasks/public-part';
import { loadTask } from '../tasks/store';

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
  .openapi(list, async (c) => {
    const { skill, difficulty } = c.req.valid('query');
    const sql = c.get('sql');
    const rows = await sql<{ spec: Pick<TaskSpec, 'id' | 'title' | 'skill' | 'difficulty' | 'timeLimitSeconds'> }[]>`
      SELECT jsonb_build_object('id', id, 'title', spec->>'title', 'skill', skill, 'difficulty', difficulty,
        'timeLimitSeconds', (spec->>'timeLimitSeconds')::int) AS spec
      FROM tasks WHERE (org_id IS NULL OR org_id = ${c.get('recruiter').orgId})
        ${skill ? sql`AND skill = ${skill}` : sql``} ${difficulty ? sql`AND difficulty = ${difficulty}` : sql``}
      ORDER BY skill, difficulty, id`;
    return c.json({ tasks: rows.map((r) => r.spec) }, 200);
  })
  .openapi(preview, async (c) => {
    const task = await loadTask(c.get('sql'), c.get('recruiter').orgId, c.req.valid('param').taskId);
    if (!task) throw new AppError('not_found', 'No task has this id.');
    return c.json(publicPartOf(task), 200);
  });
