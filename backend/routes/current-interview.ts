import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CurrentSessionSchema } from '../../shared/api/sessions';
import type { Sql } from '../db/client';
import { requireCandidate } from '../http/auth';
import type { AppEnv } from '../http/env';
import { CANDIDATE_SECURITY, errorResponses, jsonResponse } from '../http/openapi';
import { currentTaskId, interviewView, type InterviewRecord } from '../interview/interview-record';
import { startInterview } from '../interview/start-interview';
import { publicPartOf } from '../tasks/public-part';
import { loadIssuedTask } from '../interview/issued-task';

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

const start = createRoute({
  method: 'post',
  path: '/api/v1/session/start',
  tags: ['interview'],
  summary: 'Start the clock: the candidate has read what is recorded and pressed Start',
  description:
    'The overall limit and the first task’s limit count from this moment, by the server’s clock. Starting again changes nothing.',
  security: CANDIDATE_SECURITY,
  middleware: [requireCandidate] as const,
  responses: { 200: jsonResponse(CurrentSessionSchema, 'The session, started.'), ...errorResponses(401, 403) },
});

/** Where the candidate is, as the pane shows it. One query in all when the task is already parsed: the session's, made by the auth middleware. */
async function whereTheCandidateIs(sql: Sql, session: InterviewRecord, now: Date) {
  const taskId = currentTaskId(session);
  const task = taskId ? await loadIssuedTask(sql, session, taskId, session.currentTaskVersion) : null;
  return { session: interviewView(session, now), task: task ? publicPartOf(task) : null, followUp: session.pendingFollowUp };
}

export const currentInterviewRoutes = new OpenAPIHono<AppEnv>()
  .openapi(current, async (c) => c.json(await whereTheCandidateIs(c.get('sql'), c.get('interview'), new Date()), 200))
  .openapi(start, async (c) => {
    const now = new Date();
    const started = await startInterview(c.get('sql'), c.get('interview'), now);
    return c.json(await whereTheCandidateIs(c.get('sql'), started, now), 200);
  });
