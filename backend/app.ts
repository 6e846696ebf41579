import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import type { Context, MiddlewareHandler } from 'hono';
import type { Sql } from './db/client';
import { limitBody } from './http/body-limit';
import { cleanJsonText } from './http/clean-text';
import { securityHeaders } from './http/security-headers';
import { keptInOutbox, type MailTransport } from './mail/transport';
import { linksFor } from '../shared/links';
import { databaseCircuit, type DatabaseCircuit } from './http/database-circuit';
import { isDatabaseUnavailable, isDatabaseUnreachable } from './http/db-errors';
import type { AppEnv } from './http/env';
import { AppError, codeForStatus, errorBody, statusOf } from './http/errors';
import type { Logger } from './observability/logger';
import type { LlmClient } from './llm/client';
import { memoryRateLimiter, type RateLimiter } from './limits/rate-limiters';
import { handInScoring, scoreInThisThread, type HandInScoring } from './interview/hand-in-scoring';
import type { RequestObserver } from './observability/metrics';
import { activityRoutes } from './routes/activity';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { interviewRoutes } from './routes/interviews';
import { graderWatchRoutes } from './routes/grader-watch';
import { mailRoutes } from './routes/mail';
import { peopleRoutes } from './routes/people';
import { setupRoutes } from './routes/setup';
import { joinRoutes } from './routes/join';
import { candidateDataRoutes } from './routes/candidate-data';
import { taskRoutes } from './routes/tasks';
import type { LlmDescription } from './accounts/settings';
import { assessmentRoutes } from './routes/assessments';
import { followUpRoutes } from './routes/follow-ups';
import { healthRoutes } from './routes/health';
import { inviteRoutes } from './routes/invites';
import { currentInterviewRoutes } from './routes/current-interview';
import { handInRoutes } from './routes/hand-ins';
import { resultRoutes } from './routes/results';
import { WEBHOOK_EVENT_DETAILS, WebhookEventSchema, WebhookPayloadSchema } from '../shared/api/webhooks';
import { pipelineRoutes } from './routes/pipeline';
import { AUTHORING_BODY_BYTES, taskDraftRoutes } from './routes/task-drafts';

/** How the app gets a database client for a request; Node shares one pool, a Worker opens one per request. */
export interface DatabaseAccess {
  open: (c: Context<AppEnv>) => Sql;
  /** Whether the database answers a connection of its own, outside the pool (health's "pool stuck" or "down"). */
  answersFresh?: (c: Context<AppEnv>) => Promise<boolean>;
}

export interface AppDeps {
  version: string;
  logger: Logger;
  database: DatabaseAccess;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Where the Scalar API reference script is served from. */
  docsScriptUrl: string;
  /** Browser origins allowed to call the API (CORS); none means same-origin only. */
  allowedOrigins?: string[];
  /** The model for reviews, or null to run without one. */
  llm: LlmClient | null;
  /** The model's name and endpoint host, shown to admins; never the key. */
  llmDescription?: LlmDescription | null;
  /** Keeps work going after the response: `waitUntil` on Workers, a tracked promise on Node. */
  background(c: Context<AppEnv>, work: Promise<unknown>): void;
  /** Counters for abuse limits; in memory unless a shared one is given. */
  rateLimiter?: RateLimiter;
  /** Counts the volume limits; `rateLimiter` unless given (Node gives it a local allowance over a shared count). */
  volumeRateLimiter?: RateLimiter;
  /** Sees every request's route, status and latency (the Node entry feeds Prometheus with it). */
  observe?: RequestObserver;
  /** The header a trusted proxy puts the client's address in (`cf-connecting-ip` on Workers); none: the socket's. */
  clientIpHeader?: string | null;
  /** Trusted proxies in front that append to `clientIpHeader` (default 1). */
  clientIpHops?: number;
  /** Scores hand-ins; in the request's thread, without an LLM budget, unless given (Node gives a worker pool). */
  scoring?: HandInScoring;
  /** Development only: webhook hosts that may use http and private addresses. */
  webhookAllowHosts?: string[];
  /** The server writes the security headers itself (`fixedSecurityHeaders`, Node); else the app sets them. */
  securityHeadersFromServer?: boolean;
  /** Takes queued mail away; unless given, nobody does and the outbox keeps it (one log line per message). */
  mail?: MailTransport;
  /** The deployment's public address, for links in e-mails and pages; the request's own origin when unset. */
  publicUrl?: string | null;
  /** Fails requests fast while the database is down; one per app unless given. */
  databaseCircuit?: DatabaseCircuit;
}

type Api = OpenAPIHono<AppEnv>;

/** The one Hono app that `node.ts`, `worker.ts` and every test serve, built in named steps. */
export function createApp(deps: AppDeps) {
  const circuit = deps.databaseCircuit ?? databaseCircuit();
  // Validation failures become one 400 with field paths, here rather than in every route.
  const app = new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalidRequest });
  logEveryRequest(app, deps);
  guardRequests(app, deps);
  provideServices(app, deps);
  failFastWhileDatabaseDown(app, circuit);
  mountRoutes(app, deps);
  documentApi(app, deps.version, deps.docsScriptUrl);
  answerErrors(app, deps.logger, circuit);
  return app;
}

function refuseInvalidRequest(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): void {
  if (!result.success) {
    const details = (result.error?.issues ?? []).map((issue) => ({
      path: issue.path.map(String).join('.') || '(body)',
      message: issue.message,
    }));
    // The message names the fields too, for a reader of the API who does not look at `details`.
    const named = details.slice(0, 3).map((d) => `${d.path}: ${d.message}`);
    const more = details.length > 3 ? ` (and ${details.length - 3} more)` : '';
    throw new AppError('bad_request', `The request is not valid. ${named.join('; ')}${more}.`, { details });
  }
}

function unavailable(circuit: DatabaseCircuit): AppError {
  return new AppError('unavailable', 'The database cannot be reached right now. Please retry shortly.', {
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(circuit.openFor() / 1000))) },
  });
}

/** A request id on every answer, and one log line (and metrics sample) per request. */
function logEveryRequest(app: Api, deps: AppDeps): void {
  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    deps.logger.info('request', { requestId: c.get('requestId'), method: c.req.method, route: c.req.routePath, status: c.res.status, ms });
    deps.observe?.({ route: c.req.routePath, method: c.req.method, status: c.res.status, seconds: ms / 1000 });
  });
}

/** Security headers, CORS for the allowed origins, and a size limit and text check on every body read. */
function guardRequests(app: Api, deps: AppDeps): void {
  if (!deps.securityHeadersFromServer) app.use(securityHeaders());
  if (deps.allowedOrigins?.length) {
    app.use(
      '/api/*',
      cors({
        origin: deps.allowedOrigins,
        allowHeaders: ['Content-Type', 'Authorization'],
        allowMethods: ['GET', 'POST', 'PUT'],
        maxAge: 600,
      }),
    );
  }
  const tooLarge = (bytes: number) => () => {
    throw new AppError('payload_too_large', `The request body is over the ${bytes}-byte limit.`);
  };
  // Task authoring carries workbooks (two, in base64): its bodies may be larger than every other route's.
  const uploads = limitBody(AUTHORING_BODY_BYTES, tooLarge(AUTHORING_BODY_BYTES));
  const others = limitBody(deps.bodyLimitBytes, tooLarge(deps.bodyLimitBytes));
  app.use(
    '/api/*',
    whenBodyRead((c, next) => (c.req.path.startsWith('/api/v1/task-drafts') ? uploads(c, next) : others(c, next))),
  );
  app.use('/api/*', whenBodyRead(cleanJsonText));
}

/**
 * Only where a body is read: asking a GET for its body makes @hono/node-server build the full fetch
 * Request (headers copied, an AbortController): seen in a CPU profile of the read route, gone with this.
 */
function whenBodyRead(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : middleware(c, next));
}

/** What handlers get from the context: the database, the model, the limits, scoring and background work. */
function provideServices(app: Api, deps: AppDeps): void {
  const rateLimiter = deps.rateLimiter ?? memoryRateLimiter();
  const mail = deps.mail ?? keptInOutbox((m) => deps.logger.info('mail kept in the outbox', m));
  const fixedLinks = deps.publicUrl ? linksFor(deps.publicUrl) : null;
  const volumeLimiter = deps.volumeRateLimiter ?? rateLimiter;
  const scoring = deps.scoring ?? handInScoring(scoreInThisThread);
  const provide: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set('sql', deps.database.open(c));
    c.set('llm', deps.llm);
    c.set('llmDescription', deps.llmDescription ?? null);
    c.set('rateLimiter', rateLimiter);
    c.set('volumeLimiter', volumeLimiter);
    c.set('scoring', scoring);
    c.set('clientIpHeader', deps.clientIpHeader?.toLowerCase() ?? null);
    c.set('clientIpHops', deps.clientIpHops ?? 1);
    c.set('webhookAllowHosts', deps.webhookAllowHosts ?? []);
    c.set('mail', mail);
    c.set('logger', deps.logger);
    c.set('links', fixedLinks ?? linksFor(new URL(c.req.url).origin));
    c.set('background', (work) =>
      deps.background(
        c,
        work.catch((error: unknown) => {
          deps.logger.error('background work failed', {
            requestId: c.get('requestId'),
            error: error instanceof Error ? error.message : String(error),
          });
        }),
      ),
    );
    await next();
  };
  app.use('/api/*', provide);
  app.use('/join/*', provide);
  app.use('/manifest.xml', provide);
}

/** Health and readiness report the database's state themselves, and are how an operator sees it return. */
function failFastWhileDatabaseDown(app: Api, circuit: DatabaseCircuit): void {
  app.use('/api/v1/*', async (_c, next) => {
    if (circuit.openFor() > 0) throw unavailable(circuit);
    const work = next();
    // Answered 503 below, the request's own outcome is no longer anyone's; onError has logged it.
    work.catch(() => {});
    let stopListening = () => {};
    const tripped = new Promise<never>((_, reject) => {
      stopListening = circuit.onTrip(() => reject(unavailable(circuit)));
    });
    try {
      await Promise.race([work, tripped]);
    } finally {
      stopListening();
    }
  });
}

function mountRoutes(app: Api, deps: AppDeps): void {
  app.route('/', healthRoutes(deps.version, deps.database.answersFresh));
  app.route('/', assessmentRoutes);
  app.route('/', inviteRoutes);
  app.route('/', handInRoutes);
  app.route('/', resultRoutes);
  app.route('/', pipelineRoutes);
  app.route('/', taskDraftRoutes);
  app.route('/', activityRoutes);
  app.route('/', currentInterviewRoutes);
  app.route('/', followUpRoutes);
  app.route('/', authRoutes);
  app.route('/', adminRoutes);
  app.route('/', taskRoutes);
  app.route('/', interviewRoutes);
  app.route('/', graderWatchRoutes);
  app.route('/', mailRoutes);
  app.route('/', peopleRoutes);
  app.route('/', setupRoutes);
  app.route('/', joinRoutes);
  app.route('/', candidateDataRoutes);
}

/** The OpenAPI document, generated from the routes' own schemas, and the reference page that reads it. */
function documentApi(app: Api, version: string, docsScriptUrl: string): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'recruiterToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A recruiter API token (`eir_…`).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'dashboardCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'ei_session',
    description: "The dashboard's sign-in cookie; requests that change state also send `X-CSRF-Token`.",
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A candidate token (`eis_…`), from redeeming an invite.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'authorToken', {
    type: 'http',
    scheme: 'bearer',
    description: "The task pane's author-mode token (`eiau_…`), from a one-time code shown in the dashboard.",
  });
  // Every event the organisation's webhook receives, with its body, in the document's `webhooks`.
  for (const event of WebhookEventSchema.options)
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: event,
      summary: event,
      description: WEBHOOK_EVENT_DETAILS[event],
      request: { body: { content: { 'application/json': { schema: WebhookPayloadSchema } } } },
      responses: { 200: { description: 'Any 2xx marks the delivery done; anything else is retried with backoff.' } },
    });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Excel Interviewer API',
      version,
      description: 'Invites, interviews, hand-ins and scored results. Errors are always `{"error":{"code","message","details?"}}`.',
    },
  });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Excel Interviewer API', cdn: docsScriptUrl }));
}

/** One envelope for every failure: ours as they are, Hono's mapped, the database's as 503, the rest a logged 500. */
function answerErrors(app: Api, logger: Logger, circuit: DatabaseCircuit): void {
  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`, c.get('requestId')), 404));
  app.onError((error, c) => {
    const id = c.get('requestId');
    if (error instanceof AppError) {
      return c.json(errorBody(error.code, error.message, id, error.details), statusOf(error.code), error.headers);
    }
    if (error instanceof HTTPException) {
      const code = codeForStatus(error.status);
      // Hono's validator reports a body that is not JSON this way; say what to do instead.
      const message =
        error.message === 'Unsupported Media Type' ? 'Send the body as JSON, with Content-Type: application/json.' : error.message;
      return c.json(errorBody(code, message || 'The request could not be handled.', id), statusOf(code));
    }
    if (isDatabaseUnavailable(error)) {
      if (isDatabaseUnreachable(error)) circuit.trip();
      logger.warn('database unavailable', { requestId: id, code: String((error as { code?: unknown }).code) });
      const answer = unavailable(circuit);
      return c.json(errorBody(answer.code, answer.message, id), 503, answer.headers);
    }
    logger.error('unhandled error', {
      requestId: id,
      route: c.req.routePath,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    return c.json(errorBody('internal', 'Something went wrong on our side. It has been logged.', id), 500);
  });
}

export type App = ReturnType<typeof createApp>;
