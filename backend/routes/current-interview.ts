import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CurrentSessionSchema } from '../../shared/api/sessions';
import { requireCandidate } from '../http/auth';
import type { AppEnv } from '../http/env';
import { CANDIDATE_SECURITY, errorResponses, jsonResponse } from '../http/openapi';
import { currentTaskId, interviewView } from '../interview/interview-record';
import { publicPartOf } from '../tasks/public-part';
import { cachedTask, loadTask } from '../tasks/store';

const current = createRoute({
  method: 'get',
  path: '/api/v1/session',
  tags: ['interview'],
  summary: 'Where the candidate is: the session and the current task',
  description: 'What the add-in asks when it reopens, so a candidate resumes where they were.',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate] as const,
  responses: { 200: jsonResponse(CurrentSessionSchema, 'The session.'), ...errorResponses(401, 403) },
});

export const currentInterviewRoutes = new OpenAPIHono<AppEnv>().openapi(current, async (c) => {
  const session = c.get('interview');
  const taskId = currentTaskId(session);
  // One query in all when the task is already parsed: the session's, made by the auth middleware.
  const task = taskId ? (cachedTask(taskId, session.currentTaskVersion) ?? (await loadTask(c.get('sql'), session.orgId, taskId))) : null;
  return c.json(
    { session: interviewView(session, new Date()), task: task ? publicPartOf(task) : null, followUp: session.pendingFollowUp },
    200,
  );
});
