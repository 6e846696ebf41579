import createClient from 'openapi-fetch';
import type { ActivityEvent } from '../../shared/api/activity';
import type { paths } from '../../shared/api/paths.generated';
import type { SubmitRequest } from '../../shared/api/submissions';

/** Why a call failed, in the three ways the screens treat differently. */
export type ApiFailure =
  { kind: 'offline'; message: string } | { kind: 'unavailable'; message: string } | { kind: 'refused'; status: number; message: string };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
  }
}

const SCORE_POLL_MS = 1_000;
const OFFLINE = "The server can't be reached; your work is saved and will be sent when it's back.";

/** What openapi-fetch answers: the body of a 2xx answer, or the error envelope of any other. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** A call's 2xx body and status, or the failure the screens tell apart. */
async function answered<T>(call: () => Promise<Answer<T>>): Promise<{ status: number; body: T }> {
  let answer: Answer<T>;
  try {
    answer = await call();
  } catch {
    throw new ApiError({ kind: 'offline', message: OFFLINE });
  }
  const { status } = answer.response;
  if (status >= 500 || status === 429) throw new ApiError({ kind: 'unavailable', message: OFFLINE });
  if (!answer.response.ok) {
    const message = (answer.error as { error?: { message?: string } } | undefined)?.error?.message;
    throw new ApiError({ kind: 'refused', status, message: message ?? `The server refused the request (${status}).` });
  }
  return { status, body: answer.data as T };
}

/**
 * The backend's candidate API. Paths, parameters, bodies and answers are typed from the server's own
 * OpenAPI document (shared/api/paths.generated.ts), so a renamed field is a compile error here.
 */
export function candidateApi(baseUrl: string, token: string | null) {
  const client = createClient<paths>({
    baseUrl: baseUrl.replace(/\/$/, ''),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    redeem: async (code: string) => (await answered(() => client.POST('/api/v1/invites/redeem', { body: { code } }))).body,
    current: async () => (await answered(() => client.GET('/api/v1/session'))).body,
    /** Starts the clock, after consent; starting again changes nothing. */
    start: async () => (await answered(() => client.POST('/api/v1/session/start'))).body,
    /** The follow-up as it is shown now (a model may have rewritten it about the candidate's formula). */
    followUp: async (id: string) =>
      (await answered(() => client.GET('/api/v1/session/follow-ups/{id}', { params: { path: { id } } }))).body,
    /** Sends the answer; `next` is a second turn when the answer was too vague. */
    answer: async (id: string, answer: string) =>
      (await answered(() => client.POST('/api/v1/session/follow-ups/{id}/answer', { params: { path: { id } }, body: { answer } }))).body,
    /** Hands in and waits for the score; a 202 (stored, still being scored) is followed by asking again. */
    submit: async (request: SubmitRequest) => {
      let answer = await answered(() => client.POST('/api/v1/session/submissions', { body: request }));
      while (!('score' in answer.body)) {
        await new Promise((resolve) => setTimeout(resolve, SCORE_POLL_MS));
        answer = await answered(() => client.GET('/api/v1/session/submissions/{id}', { params: { path: { id: request.submissionId } } }));
      }
      return answer.body;
    },
    activity: async (events: ActivityEvent[]) => {
      await answered(() => client.POST('/api/v1/session/activity', { body: { events } }));
    },
  };
}

export type CandidateApi = ReturnType<typeof candidateApi>;

/**
 * The task pane's author mode: a recruiter connects with a one-time code from the dashboard, captures the open
 * workbook as a task's starter and solved versions, and turns them into a draft reviewed in the dashboard.
 */
export function authorApi(baseUrl: string, token: string | null) {
  const client = createClient<paths>({
    baseUrl: baseUrl.replace(/\/$/, ''),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    connect: async (code: string) => (await answered(() => client.POST('/api/v1/task-drafts/pane/connect', { body: { code } }))).body,
    capture: async (kind: 'starter' | 'solved', snapshot: SubmitRequest['snapshot']) =>
      (await answered(() => client.PUT('/api/v1/task-drafts/pane/captures/{kind}', { params: { path: { kind } }, body: { snapshot } })))
        .body,
    draft: async (instructions: string, title: string) =>
      (
        await answered(() =>
          client.POST('/api/v1/task-drafts/pane/drafts', { body: { brief: { instructions, ...(title ? { title } : {}) } } }),
        )
      ).body,
  };
}
