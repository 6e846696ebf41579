import type {
  ApiToken,
  CreatedApiToken,
  InvitedUser,
  InviteUserRequest,
  Me,
  Settings,
  UpdateSettingsRequest,
  User,
  WebhookDelivery,
} from '../../../shared/api/accounts';
import type { Assessment, CreateAssessmentRequest } from '../../../shared/api/assessments';
import type { Analytics, AnalyticsQuery, InterviewListItem, LiveList, OverrideRequest, TaskSummary } from '../../../shared/api/dashboard';
import type { BulkInviteRequest, Invite } from '../../../shared/api/invites';
import type { SessionResults, SubmissionResult } from '../../../shared/api/submissions';
import type { TaskPublic } from '../../../shared/task';

/** A refusal or failure, with the server's own message (it is written for people). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

const queryString = (query: Query = {}) => {
  const params = new URLSearchParams(
    Object.entries(query)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
      .map(([k, v]) => [k, String(v)]),
  );
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * The recruiter API as the dashboard calls it: same origin, the sign-in cookie, and the CSRF token on
 * everything that changes state. Types come from shared/, so no schema code ships to the browser.
 */
export function dashboardApi(csrfToken: () => string | null, onSignedOut: () => void) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(method !== 'GET' && csrfToken() ? { 'x-csrf-token': csrfToken()! } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(0, "The server can't be reached. Check your connection and try again.");
    }
    if (res.status === 401 && path !== '/api/v1/auth/sign-in') onSignedOut();
    const data = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
    if (!res.ok) throw new ApiError(res.status, data?.error?.message ?? `The server answered ${res.status}.`);
    return data as T;
  }
  return {
    me: () => call<Me>('GET', '/api/v1/auth/me'),
    signIn: (email: string, password: string) => call<Me>('POST', '/api/v1/auth/sign-in', { email, password }),
    acceptInvite: (token: string, password: string) => call<Me>('POST', '/api/v1/auth/accept-invite', { token, password }),
    signOut: () => call<{ signedOut: true }>('POST', '/api/v1/auth/sign-out'),
    tasks: (query: Query = {}) => call<{ tasks: TaskSummary[] }>('GET', `/api/v1/tasks${queryString(query)}`).then((r) => r.tasks),
    task: (id: string) => call<TaskPublic>('GET', `/api/v1/tasks/${encodeURIComponent(id)}`),
    assessments: () => call<{ assessments: Assessment[] }>('GET', '/api/v1/assessments').then((r) => r.assessments),
    createAssessment: (body: Partial<CreateAssessmentRequest> & Pick<CreateAssessmentRequest, 'name' | 'taskIds'>) =>
      call<Assessment>('POST', '/api/v1/assessments', body),
    invites: (assessmentId?: string) =>
      call<{ invites: Invite[] }>('GET', `/api/v1/invites${queryString({ assessmentId })}`).then((r) => r.invites),
    inviteMany: (body: BulkInviteRequest) => call<{ invites: Invite[] }>('POST', '/api/v1/invites/bulk', body).then((r) => r.invites),
    revokeInvite: (id: string) => call<Invite>('POST', `/api/v1/invites/${id}/revoke`),
    interviews: (query: Query = {}) =>
      call<{ interviews: InterviewListItem[] }>('GET', `/api/v1/interviews${queryString(query)}`).then((r) => r.interviews),
    live: () => call<LiveList>('GET', '/api/v1/interviews/live'),
    results: (sessionId: string) => call<SessionResults>('GET', `/api/v1/sessions/${sessionId}/results`),
    override: (submissionId: string, body: OverrideRequest) =>
      call<SubmissionResult>('POST', `/api/v1/submissions/${submissionId}/override`, body),
    rescore: (submissionId: string) => call<SubmissionResult>('POST', `/api/v1/submissions/${submissionId}/rescore`),
    analytics: (query: AnalyticsQuery) => call<Analytics>('GET', `/api/v1/analytics${queryString(query)}`),
    csvUrl: (assessmentId?: string) => `/api/v1/interviews/export.csv${queryString({ assessmentId })}`,
    users: () => call<{ users: User[] }>('GET', '/api/v1/users').then((r) => r.users),
    inviteUser: (body: InviteUserRequest) => call<InvitedUser>('POST', '/api/v1/users', body),
    apiTokens: () => call<{ tokens: ApiToken[] }>('GET', '/api/v1/api-tokens').then((r) => r.tokens),
    createApiToken: (name: string) => call<CreatedApiToken>('POST', '/api/v1/api-tokens', { name }),
    revokeApiToken: (id: string) => call<ApiToken>('POST', `/api/v1/api-tokens/${id}/revoke`),
    settings: () => call<Settings>('GET', '/api/v1/settings'),
    saveSettings: (body: UpdateSettingsRequest) => call<Settings>('PUT', '/api/v1/settings', body),
    deliveries: () => call<{ deliveries: WebhookDelivery[] }>('GET', '/api/v1/webhooks/deliveries').then((r) => r.deliveries),
  };
}

export type DashboardApi = ReturnType<typeof dashboardApi>;
