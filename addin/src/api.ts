import type { ActivityEvent } from '../../shared/api/activity';
import type { RedeemInviteResponse } from '../../shared/api/invites';
import type { CurrentSession } from '../../shared/api/sessions';
import type { SubmitAccepted, SubmitRequest, SubmitResponse } from '../../shared/api/submissions';

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

/** The backend's candidate API, over fetch. Types only come from shared/, so no schema code ships here. */
export function candidateApi(baseUrl: string, token: string | null) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    let res: Response;
    try {
      res = await fetch(`${baseUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError({ kind: 'offline', message: OFFLINE });
    }
    const data = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
    if (res.status >= 500 || res.status === 429) throw new ApiError({ kind: 'unavailable', message: OFFLINE });
    if (!res.ok)
      throw new ApiError({
        kind: 'refused',
        status: res.status,
        message: data?.error?.message ?? `The server refused the request (${res.status}).`,
      });
    return { status: res.status, body: data as T };
  }
  return {
    redeem: async (code: string) => (await call<RedeemInviteResponse>('POST', '/api/v1/invites/redeem', { code })).body,
    current: async () => (await call<CurrentSession>('GET', '/api/v1/session')).body,
    answer: async (id: string, answer: string) => {
      await call('POST', `/api/v1/session/follow-ups/${id}/answer`, { answer });
    },
    /** Hands in and waits for the score; a 202 (stored, still being scored) is followed by asking again. */
    submit: async (request: SubmitRequest) => {
      let answer = await call<SubmitResponse | SubmitAccepted>('POST', '/api/v1/session/submissions', request);
      while (answer.status === 202) {
        await new Promise((resolve) => setTimeout(resolve, SCORE_POLL_MS));
        answer = await call<SubmitResponse | SubmitAccepted>('GET', `/api/v1/session/submissions/${request.submissionId}`);
      }
      return answer.body as SubmitResponse;
    },
    activity: async (events: ActivityEvent[]) => {
      await call('POST', '/api/v1/session/activity', { events });
    },
  };
}

export type CandidateApi = ReturnType<typeof candidateApi>;
