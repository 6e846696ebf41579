import createClient from 'openapi-fetch';
import type { paths } from '../../../shared/api/paths.generated';
import type { InviteUserRequest, Role, SetupRequest, UpdateSettingsRequest } from '../../../shared/api/accounts';
import type { CreateAssessmentRequest } from '../../../shared/api/assessments';
import type { AnalyticsQuery, OverrideRequest } from '../../../shared/api/dashboard';
import type { ReviewDecision } from '../../../shared/api/review-queue';
import type { BulkInviteRequest } from '../../../shared/api/invites';
import type { CreateTaskDraftRequest, EditTaskDraftRequest, UploadedWorkbook } from '../../../shared/api/task-drafts';

/** A refusal or failure, with the server's own message (it is written for people). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Which fields were refused and why, when the server said (`details` of its error). */
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

/** The interviews list's filters, sort and cursor, as the page holds them (empty means not chosen). */
export type InterviewPageQuery = Partial<
  Record<'q' | 'assessmentId' | 'state' | 'stage' | 'minScore' | 'maxScore' | 'from' | 'to' | 'sort' | 'cursor' | 'limit', string>
>;

/** Leaves out what the page left empty, so the server sees only the filters chosen. */
const chosen = <T extends Query>(query: T) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as { [K in keyof T]: Exclude<T[K], ''> };

/** What openapi-fetch answers: the body of a 2xx answer, or the error envelope of any other. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The recruiter API as the dashboard calls it: same origin, the sign-in cookie, and the CSRF token on
 * everything that changes state. Paths, parameters, bodies and answers are typed from the server's own
 * OpenAPI document (shared/api/paths.generated.ts), so a renamed field is a compile error here.
 */
export function dashboardApi(csrfToken: () => string | null, onSignedOut: () => void) {
  const client = createClient<paths>({ credentials: 'same-origin' });
  client.use({
    onRequest({ request }) {
      const token = csrfToken();
      if (request.method !== 'GET' && token) request.headers.set('x-csrf-token', token);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && new URL(request.url).pathname !== '/api/v1/auth/sign-in') onSignedOut();
      return response;
    },
  });

  async function call<T>(send: () => Promise<Answer<T>>): Promise<T> {
    let answer: Answer<T>;
    try {
      answer = await send();
    } catch {
      throw new ApiError(0, "The server can't be reached. Check your connection and try again.");
    }
    const { status, ok } = answer.response;
    if (!ok) {
      const error = (answer.error as { error?: { message?: string; details?: { path: string; message: string }[] } } | undefined)?.error;
      throw new ApiError(status, error?.message ?? `The server answered ${status}.`, error?.details ?? []);
    }
    return answer.data as T;
  }
  const id = (value: string) => ({ params: { path: { id: value } } });

  return {
    me: () => call(() => client.GET('/api/v1/auth/me')),
    signIn: (email: string, password: string) => call(() => client.POST('/api/v1/auth/sign-in', { body: { email, password } })),
    acceptInvite: (token: string, password: string) => call(() => client.POST('/api/v1/auth/accept-invite', { body: { token, password } })),
    signOut: () => call(() => client.POST('/api/v1/auth/sign-out')),
    tasks: async (query: { skill?: string; difficulty?: string } = {}) => {
      const { skill, difficulty } = chosen(query);
      const filters = { ...(skill ? { skill: skill as never } : {}), ...(difficulty ? { difficulty: Number(difficulty) } : {}) };
      return (await call(() => client.GET('/api/v1/tasks', { params: { query: filters } }))).tasks;
    },
    task: (taskId: string) => call(() => client.GET('/api/v1/tasks/{taskId}', { params: { path: { taskId } } })),
    taskDrafts: async () => (await call(() => client.GET('/api/v1/task-drafts'))).drafts,
    taskDraft: (draftId: string) => call(() => client.GET('/api/v1/task-drafts/{id}', id(draftId))),
    createTaskDraft: (body: CreateTaskDraftRequest) => call(() => client.POST('/api/v1/task-drafts', { body })),
    editTaskDraft: (draftId: string, body: EditTaskDraftRequest) =>
      call(() => client.PATCH('/api/v1/task-drafts/{id}', { ...id(draftId), body })),
    addTaskSample: (draftId: string, body: { name: string; band: [number, number]; workbook: UploadedWorkbook }) =>
      call(() => client.POST('/api/v1/task-drafts/{id}/samples', { ...id(draftId), body })),
    authorCode: () => call(() => client.POST('/api/v1/task-drafts/author-codes')),
    publishTaskDraft: (draftId: string) => call(() => client.POST('/api/v1/task-drafts/{id}/publish', id(draftId))),
    assessments: async (archived = false) =>
      (await call(() => client.GET('/api/v1/assessments', { params: { query: { archived: archived ? 'true' : 'false' } } }))).assessments,
    updateAssessment: (assessmentId: string, body: Partial<CreateAssessmentRequest> & Pick<CreateAssessmentRequest, 'name' | 'taskIds'>) =>
      call(() => client.PUT('/api/v1/assessments/{id}', { ...id(assessmentId), body: body as CreateAssessmentRequest })),
    archiveAssessment: (assessmentId: string) => call(() => client.POST('/api/v1/assessments/{id}/archive', id(assessmentId))),
    restoreAssessment: (assessmentId: string) => call(() => client.POST('/api/v1/assessments/{id}/restore', id(assessmentId))),
    createAssessment: (body: Partial<CreateAssessmentRequest> & Pick<CreateAssessmentRequest, 'name' | 'taskIds'>) =>
      call(() => client.POST('/api/v1/assessments', { body: body as CreateAssessmentRequest })),
    /** One page of invites; pass its `nextCursor` (with the same filters) for the next. */
    invites: (query: { assessmentId?: string; q?: string; cursor?: string } = {}) =>
      call(() => client.GET('/api/v1/invites', { params: { query: chosen(query) as never } })),
    inviteAction: (inviteIds: string[], action: 'resend' | 'revoke') =>
      call(() => client.POST('/api/v1/invites/actions', { body: { inviteIds, action } })),
    inviteMany: async (body: BulkInviteRequest) => (await call(() => client.POST('/api/v1/invites/bulk', { body }))).invites,
    revokeInvite: (inviteId: string) => call(() => client.POST('/api/v1/invites/{id}/revoke', id(inviteId))),
    /** One page of interviews; pass the page's `nextCursor` (with the same filters and sort) for the next. */
    interviews: (query: InterviewPageQuery = {}) =>
      call(() => client.GET('/api/v1/interviews', { params: { query: chosen(query) as never } })),
    live: () => call(() => client.GET('/api/v1/interviews/live')),
    /** Where the live list streams from (server-sent events, with the sign-in cookie). */
    liveStreamUrl: '/api/v1/interviews/live/stream',
    stages: async () => (await call(() => client.GET('/api/v1/stages'))).stages,
    setStage: (sessionIds: string[], stage: string) => call(() => client.POST('/api/v1/interviews/stage', { body: { sessionIds, stage } })),
    notes: async (sessionId: string) => (await call(() => client.GET('/api/v1/interviews/{id}/notes', id(sessionId)))).notes,
    addNote: (sessionId: string, body: string) =>
      call(() => client.POST('/api/v1/interviews/{id}/notes', { ...id(sessionId), body: { body } })),
    shareLinks: async (sessionId: string) => (await call(() => client.GET('/api/v1/interviews/{id}/share-links', id(sessionId)))).links,
    createShareLink: (sessionId: string, expiresInDays: number) =>
      call(() => client.POST('/api/v1/interviews/{id}/share-links', { ...id(sessionId), body: { expiresInDays } })),
    revokeShareLink: (linkId: string) => call(() => client.POST('/api/v1/share-links/{id}/revoke', id(linkId))),
    shared: (token: string) => call(() => client.GET('/api/v1/shared/{token}', { params: { path: { token } } })),
    replayDelivery: (deliveryId: string) => call(() => client.POST('/api/v1/webhooks/deliveries/{id}/replay', id(deliveryId))),
    results: (sessionId: string) => call(() => client.GET('/api/v1/sessions/{id}/results', id(sessionId))),
    override: (submissionId: string, body: OverrideRequest) =>
      call(() => client.POST('/api/v1/submissions/{id}/override', { ...id(submissionId), body })),
    rescore: (submissionId: string) => call(() => client.POST('/api/v1/submissions/{id}/rescore', id(submissionId))),
    taskQuality: () => call(() => client.GET('/api/v1/task-quality')),
    reviewQueue: () => call(() => client.GET('/api/v1/review-queue')),
    decideReview: (submissionId: string, body: ReviewDecision) =>
      call(() => client.POST('/api/v1/review-queue/{id}', { ...id(submissionId), body })),
    analytics: (query: AnalyticsQuery) => call(() => client.GET('/api/v1/analytics', { params: { query: chosen(query) } })),
    csvUrl: (filter: { assessmentId?: string; sessionIds?: string[] } = {}) => {
      const query = new URLSearchParams(
        chosen({ assessmentId: filter.assessmentId, sessionIds: filter.sessionIds?.join(',') }) as Record<string, string>,
      );
      return `/api/v1/interviews/export.csv${query.size ? `?${query}` : ''}`;
    },
    users: async () => (await call(() => client.GET('/api/v1/users'))).users,
    inviteUser: (body: InviteUserRequest) => call(() => client.POST('/api/v1/users', { body })),
    apiTokens: async () => (await call(() => client.GET('/api/v1/api-tokens'))).tokens,
    createApiToken: (name: string) => call(() => client.POST('/api/v1/api-tokens', { body: { name } })),
    revokeApiToken: (tokenId: string) => call(() => client.POST('/api/v1/api-tokens/{id}/revoke', id(tokenId))),
    settings: () => call(() => client.GET('/api/v1/settings')),
    saveSettings: (body: UpdateSettingsRequest) => call(() => client.PUT('/api/v1/settings', { body })),
    deliveries: async () => (await call(() => client.GET('/api/v1/webhooks/deliveries'))).deliveries,
    removeUser: (userId: string) => call(() => client.POST('/api/v1/users/{id}/remove', id(userId))),
    changeRole: (userId: string, role: Role) => call(() => client.PUT('/api/v1/users/{id}/role', { ...id(userId), body: { role } })),
    mail: async (inviteId?: string) => (await call(() => client.GET('/api/v1/mail', { params: { query: chosen({ inviteId }) } }))).messages,
    changePassword: (currentPassword: string, newPassword: string) =>
      call(() => client.POST('/api/v1/auth/password', { body: { currentPassword, newPassword } })),
    forgotPassword: (email: string) => call(() => client.POST('/api/v1/auth/forgot-password', { body: { email } })),
    resetPassword: (token: string, password: string) =>
      call(() => client.POST('/api/v1/auth/reset-password', { body: { token, password } })),
    setupNeeded: async () => (await call(() => client.GET('/api/v1/setup'))).needed,
    setup: (body: SetupRequest) => call(() => client.POST('/api/v1/setup', { body })),
    eraseInterview: (interviewId: string) => call(() => client.POST('/api/v1/interviews/{id}/erase', id(interviewId))),
  };
}

export type DashboardApi = ReturnType<typeof dashboardApi>;
