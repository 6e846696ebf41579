import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { FollowUpQuestionSchema } from '../../shared/api/follow-ups';
import { SessionViewSchema } from '../../shared/api/sessions';
import { TaskPublicSchema } from '../../shared/task';
import { requireCandidate } from '../http/auth';
import type { AppEnv } from '../http/env';
import { CANDIDATE_SECURITY, errorResponses, jsonResponse } from '../http/openapi';
import { pendingFollowUp } from '../interview/follow-ups';
import { currentTaskId, sessionView } from '../interview/session-record';
import { publicPartOf } from '../tasks/public-part';
import { loadTask } from '../tasks/store';

export const CurrentSessionSchema = z.strictObject({
  session: SessionViewSchema,
  task: TaskPublicSchema.nullable(),
  /** A follow-up question asked and not yet answered: the pane asks it again after reopening. */
  followUp: FollowUpQuestionSchema.nullable(),
}).meta({ id: 'CurrentSession' });

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

export const sessionRoutes = new OpenAPIHono<AppEnv>().openapi(current, async (c) => {
  const session = c.var.candidate;
  const taskId = currentTaskId(session);
  const task = taskId ? await loadTask(c.var.sql, session.orgId, taskId) : null;
  const followUp = await pendingFollowUp(c.var.sql, session.id);
  return c.json({ session: sessionView(session, new Date()), task: task ? publicPartOf(task) : null, followUp }, 200);
});
