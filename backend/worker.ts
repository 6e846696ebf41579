import type { ExecutionContext } from 'hono';
import { createApp, type App } from './app';
import { connect } from './db/client';
import { llmConfigFrom, MailConfigSchema, parseConfig, SharedConfigSchema } from './config';
import { httpOrOutbox } from './mail/choose-transport';
import { linksFor } from '../shared/links';
import { policyFetch } from './webhooks/address-policy';
import { sweep } from './sweep/sweep';
import { handInScoring, scoreInThisThread } from './interview/hand-in-scoring';
import { llmBudgetPerMinute } from './limits/llm-budget';
import { llmClient } from './llm/client';
import { jsonLogger, type Logger } from './observability/logger';
import { bindingRateLimiter, memoryRateLimiter, type RateLimitBinding } from './limits/rate-limiters';
import { VERSION } from './version';

/**
 * The Workers entry (production). Bindings and secrets, all declared in wrangler.toml:
 * - HYPERDRIVE: the Hyperdrive binding in front of PostgreSQL (its connection string holds credentials).
 * - BODY_LIMIT_BYTES, PUBLIC_URL: plain variables.
 * - OPENAI_API_KEY (secret), OPENAI_BASE_URL, LLM_MODEL: the LLM, used from the interview issue on.
 */
export interface WorkerEnv {
  HYPERDRIVE: { connectionString: string };
  BODY_LIMIT_BYTES?: string;
  PUBLIC_URL?: string;
  ADDIN_ORIGINS?: string;
  DB_POOL_MAX?: string;
  OPENAI_BASE_URL?: string;
  MAIL_API_URL?: string;
  /** Secret. */
  MAIL_API_KEY?: string;
  MAIL_FROM?: string;
  OPENAI_API_KEY?: string;
  LLM_MODEL?: string;
  /** Workers Rate Limiting bindings, one per limit, named after it: `sign-in-ip` is SIGN_IN_IP_LIMITER (wrangler.toml `[[ratelimits]]`). */
  [binding: `${string}_LIMITER`]: RateLimitBinding | undefined;
}

let app: App | null = null;

/** The Rate Limiting bindings by the name of the limit each counts (`SIGN_IN_IP_LIMITER` counts `sign-in-ip`). */
function limitBindings(env: WorkerEnv): Record<string, RateLimitBinding | undefined> {
  const bindings = Object.entries(env).filter(([name]) => name.endsWith('_LIMITER'));
  return Object.fromEntries(
    bindings.map(([name, binding]) => [name.slice(0, -'_LIMITER'.length).toLowerCase().replaceAll('_', '-'), binding as RateLimitBinding]),
  );
}

/** The model, the abuse limits and scoring (bounded by the organisation's LLM budget), alike for requests and the cron sweep. */
function servicesFor(env: WorkerEnv, logger: Logger) {
  const llmConfig = llmConfigFrom(env as unknown as Record<string, unknown>);
  const rateLimiter = bindingRateLimiter(limitBindings(env), memoryRateLimiter());
  const config = parseConfig(SharedConfigSchema.extend(MailConfigSchema.shape), env as unknown as Record<string, unknown>);
  // Cloudflare resolves names itself and does not reach private networks; the URL policy refuses the rest.
  const send = policyFetch(config.WEBHOOK_ALLOW_HOSTS);
  // Workers cannot open SMTP connections: mail goes by an HTTP mail API, or stays in the outbox.
  const mail = httpOrOutbox({ apiUrl: config.MAIL_API_URL, apiKey: config.MAIL_API_KEY, from: config.MAIL_FROM }, (m) =>
    logger.info('mail kept in the outbox', m),
  );
  return {
    llmConfig,
    mail,
    links: config.PUBLIC_URL ? linksFor(config.PUBLIC_URL) : null,
    calibration: { minHandIns: config.CALIBRATION_MIN_HAND_INS },
    llm: llmConfig ? llmClient(llmConfig, logger) : null,
    rateLimiter,
    send,
    webhookAllowHosts: config.WEBHOOK_ALLOW_HOSTS,
    scoring: handInScoring(scoreInThisThread, llmBudgetPerMinute(rateLimiter, llmConfig?.reviewsPerOrgPerMinute ?? Infinity), { send }),
  };
}

function appFor(env: WorkerEnv): App {
  const config = parseConfig(SharedConfigSchema, env as unknown as Record<string, unknown>);
  const logger = jsonLogger();
  const { llmConfig, llm, rateLimiter, scoring, webhookAllowHosts, mail } = servicesFor(env, logger);
  return createApp({
    version: VERSION,
    logger,
    // Hyperdrive pools connections at the edge, so the client is per request. It is not ended: the runtime
    // closes a request's sockets itself, and postgres.js's end() leaves an unhandled rejection on workerd
    // (porsager/postgres#1202).
    database: { open: (c) => connect((c.env as unknown as WorkerEnv).HYPERDRIVE.connectionString, { max: config.DB_POOL_MAX ?? 5 }) },
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    docsScriptUrl: '/assets/scalar/standalone.js',
    allowedOrigins: config.ADDIN_ORIGINS,
    llm,
    llmDescription: llmConfig ? { model: llmConfig.model, endpoint: new URL(llmConfig.baseUrl).host } : null,
    background: (c, work) => c.executionCtx.waitUntil(work),
    rateLimiter,
    scoring,
    // Set by Cloudflare's edge; a client cannot forge it.
    clientIpHeader: 'cf-connecting-ip',
    webhookAllowHosts,
    mail,
    publicUrl: config.PUBLIC_URL ?? null,
  });
}

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= appFor(env);
    return app.fetch(request, env, ctx);
  },
  /** The cron trigger in wrangler.toml: the sweep (scores what was left unscored, closes overdue sessions, retries webhooks, …). */
  scheduled(_controller: unknown, env: WorkerEnv, ctx: ExecutionContext): void {
    const { llm, scoring, send, mail, links, calibration } = servicesFor(env, jsonLogger());
    ctx.waitUntil(
      sweep(connect(env.HYPERDRIVE.connectionString, { max: 1 }), { send, scoring, llm, mail, links, calibration }, new Date()),
    );
  },
};
