import { getRequestListener } from '@hono/node-server';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { createApp, type App } from './app';
import { answersFreshConnection, connect, type Sql } from './db/client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { migrate } from './db/migrate';
import { seedDemo, type DemoCredentials } from './demo/seed-demo';
import { llmConfigFrom, NodeConfigSchema, parseConfig, type NodeConfig } from './config';
import { trackedBackground } from './http/background';
import { pinnedSend } from './webhooks/pinned-send';
import { sweep } from './sweep/sweep';
import { handInScoring } from './interview/hand-in-scoring';
import { llmBudgetPerMinute } from './limits/llm-budget';
import { memoryRateLimiter, postgresRateLimiter, withLocalAllowance } from './limits/rate-limiters';
import { connectRedis, redisRateLimiter } from './limits/redis-rate-limiter';
import { scoringPool } from './thread-pool/scoring-pool';
import { llmClient } from './llm/client';
import { errorBody } from './http/errors';
import { DASHBOARD_CSP, TASK_PANE_CSP } from './http/framing';
import { fixedSecurityHeaders } from './http/security-headers';
import { prometheusMetrics, type Metrics } from './observability/metrics';
import { agreementByTask } from './recruiting/grader-agreement';
import { smtpTransport } from './mail/smtp-transport';
import { httpOrOutbox } from './mail/choose-transport';
import { issueSetupToken } from './accounts/organisations';
import { linksFor, type Links } from '../shared/links';
import { batchedStdout, jsonLogger, type Logger } from './observability/logger';
import { readDemoCredentials, saveDemoCredentials } from './demo/demo-file';
import { BUILT_IN_TASKS } from './tasks/library';
import { syncTaskLibrary } from './tasks/store';
import { VERSION } from './version';

const STATIC_ROOT = 'dist/public';
const SWEEP_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const STOP_DEADLINE_MS = 15_000;

type Database = { sql: Sql; url: string; embedded: EmbeddedDatabase | null; applied: number[] };

/** PGlite in DATA_DIR unless DATABASE_URL names a server; migrated, with the task library in it. */
async function openDatabase(config: NodeConfig): Promise<Database> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedDatabase(path.join(config.DATA_DIR, 'pglite'));
  const url = config.DATABASE_URL ?? embedded!.url;
  const sql = connect(url, { max: embedded ? 1 : (config.DB_POOL_MAX ?? 10), idleTimeoutSeconds: config.DB_IDLE_TIMEOUT_SECONDS });
  const applied = await migrate(sql);
  await syncTaskLibrary(sql, BUILT_IN_TASKS);
  return { sql, url, embedded, applied };
}

/** The demo organisation, on an empty embedded database (or with SEED_DEMO=1); its sign-in is kept for later starts. */
async function demoFor(config: NodeConfig, database: Database): Promise<DemoCredentials | null> {
  if (!(config.SEED_DEMO ?? database.embedded !== null)) return null;
  const seeded = await seedDemo(database.sql, new Date());
  if (seeded) await saveDemoCredentials(config.DATA_DIR, seeded);
  return seeded ?? (await readDemoCredentials(config.DATA_DIR));
}

/** The model, the limits, the scoring threads and the webhook sender this process serves with. */
async function buildServices(config: NodeConfig, sql: Sql, logger: Logger, metrics: Metrics) {
  const llmConfig = llmConfigFrom(process.env);
  const pool = scoringPool(undefined, { timeMs: config.SCORING_TIME_BUDGET_MS, memoryMb: config.SCORING_MEMORY_MB });
  // On a database of its own (the embedded default) this process is the only one: counting in memory is
  // enough. Other instances may share REDIS_URL or DATABASE_URL, so the counts live there.
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : null;
  const rateLimiter = redis ? redisRateLimiter(redis) : config.DATABASE_URL ? postgresRateLimiter(sql) : memoryRateLimiter();
  // Volume limits ask the shared count only past a quarter of the limit, so an ordinary hand-in costs no statement for it.
  const volumeRateLimiter = redis || config.DATABASE_URL ? withLocalAllowance(rateLimiter) : rateLimiter;
  // Webhooks go to public addresses only, checked after DNS resolution and pinned for the request.
  const send = pinnedSend(config.WEBHOOK_ALLOW_HOSTS);
  // Two per thread: one being scored while the next one's snapshot is read.
  const scoring = handInScoring(pool.scorer, llmBudgetPerMinute(volumeRateLimiter, llmConfig?.reviewsPerOrgPerMinute ?? Infinity), {
    concurrency: pool.threads * 2,
    send,
  });
  const llm = llmConfig ? llmClient(llmConfig, logger, metrics.observeLlm) : null;
  const mail = config.SMTP_URL
    ? smtpTransport(config.SMTP_URL, config.MAIL_FROM)
    : httpOrOutbox({ apiUrl: config.MAIL_API_URL, apiKey: config.MAIL_API_KEY, from: config.MAIL_FROM }, (m) =>
        logger.info('mail kept in the outbox', m),
      );
  return { llmConfig, llm, metrics, pool, redis, rateLimiter, volumeRateLimiter, send, scoring, mail, background: trackedBackground() };
}
type Services = Awaited<ReturnType<typeof buildServices>>;

/** Prometheus text at /metrics (behind METRICS_TOKEN when set), and the built task pane and dashboard. */
function serveExtras(app: App, config: NodeConfig, services: Services): void {
  app.get('/metrics', async (c) => {
    if (config.METRICS_TOKEN && c.req.header('authorization') !== `Bearer ${config.METRICS_TOKEN}`) {
      return c.json(errorBody('unauthorized', 'Send the metrics token as "Bearer <token>".', c.get('requestId')), 401);
    }
    return c.text(await services.metrics.registry.metrics(), 200, { 'content-type': services.metrics.registry.contentType });
  });
  app.use('/assets/*', serveStatic({ root: STATIC_ROOT }));
  app.use('/addin/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', TASK_PANE_CSP);
  });
  app.use('/addin/*', serveStatic({ root: STATIC_ROOT }));
  app.use('/dashboard/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', DASHBOARD_CSP);
    c.header('X-Frame-Options', 'DENY');
  });
  app.use('/dashboard/*', serveStatic({ root: STATIC_ROOT }));
  app.get('/dashboard', (c) => c.redirect('/dashboard/'));
  app.get('/', (c) => c.redirect('/dashboard/'));
}

/** An HTTP/1 server whose connections can be closed at shutdown; it writes the fixed security headers itself. */
function listen(app: App, config: NodeConfig, headers: [string, string][], onListening: (port: number) => void): HttpServer {
  const handle = getRequestListener(app.fetch, { hostname: config.HOST });
  const server = createServer((incoming, outgoing) => {
    for (const [name, value] of headers) outgoing.setHeader(name, value);
    void handle(incoming, outgoing);
  });
  // Node's default queue of connections waiting to be accepted is 511. When more clients connect at once
  // while the event loop is busy (`npm run load` starts 2,000 interviews together), the kernel drops the
  // rest (557 TcpExtListenOverflows in one run, none with this) and they retry their SYN after 1, 3, 7 s.
  // The kernel caps the figure at net.core.somaxconn.
  server.listen({ port: config.PORT, host: config.HOST, backlog: 4096 }, () => onListening((server.address() as AddressInfo).port));
  return server;
}

/**
 * Ctrl-C or SIGTERM: requests get STOP_GRACE_MS to finish, background work drains, threads and connections
 * close, PGlite closes cleanly (which keeps its data directory intact), all within STOP_DEADLINE_MS.
 */
function stopOnSignals(
  server: HttpServer,
  database: Database,
  services: Services,
  sweepTimer: NodeJS.Timeout,
  logger: Logger,
  flush: () => void,
): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // A second Ctrl-C: the person wants out now.
      flush();
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    clearInterval(sweepTimer);
    // Whatever hangs (a request waiting on a stuck pool, a scoring thread), the process still ends.
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting', { ms: STOP_DEADLINE_MS });
      flush();
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    const closing = new Promise<void>((resolve) => server.close(() => resolve()));
    const grace = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    await closing;
    clearTimeout(grace);
    await services.background.drain();
    await services.pool.close();
    await database.sql.end({ timeout: 5 });
    await services.redis?.quit();
    await database.embedded?.stop();
    flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * A rejected promise nobody awaited would end the process by default, and with it every interview in
 * progress: log it loudly and keep serving. Hand-ins are stored before anything else happens to them, so a
 * step that failed is retried by the sweep.
 *
 * postgres.js 3.4.9 can throw from a timer after a connection has closed (a write scheduled with
 * setImmediate finds the socket gone: porsager/postgres#1154 and #1208, fixes proposed in #1168 and #1209,
 * none released). The query on it has already failed with CONNECTION_CLOSED and the pool reconnects, so
 * that one error is logged and survived. Seen here when PostgreSQL stops under load (`npm run load --
 * --fault`). Anything else uncaught still ends the process, as Node does by default.
 */
function surviveKnownFaults(logger: Logger, flush: () => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { error: reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason) });
  });
  process.on('uncaughtException', (error) => {
    const closedSocketWrite =
      error instanceof TypeError && error.message.includes("reading 'write'") && (error.stack ?? '').includes('postgres/src/connection.js');
    logger.error(closedSocketWrite ? 'database client wrote to a closed connection (survived)' : 'uncaught exception', {
      error: `${error.name}: ${error.message}`,
    });
    if (closedSocketWrite) return;
    flush();
    process.stderr.write(`${error.stack ?? String(error)}\n`);
    process.exit(1);
  });
}

async function main() {
  const startedAt = performance.now();
  const config = parseConfig(NodeConfigSchema, process.env);
  const logOutput = batchedStdout();
  const logger = jsonLogger(logOutput.write);
  const metrics = prometheusMetrics(config.INSTANCE_ID ?? `${hostname()}:${process.pid}`);
  const database = await openDatabase(config);
  metrics.watch(database.sql);
  metrics.watchAgreement(async () =>
    [...(await agreementByTask(database.sql, null, new Date()))].flatMap(([task, a]) =>
      a.handIns ? [{ task, ratio: a.agreed / a.handIns }] : [],
    ),
  );
  const demo = await demoFor(config, database);
  const services = await buildServices(config, database.sql, logger, metrics);
  const { llmConfig } = services;
  const app = createApp({
    version: VERSION,
    logger,
    database: { open: () => database.sql, answersFresh: () => answersFreshConnection(database.url) },
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    docsScriptUrl: '/assets/scalar/standalone.js',
    allowedOrigins: config.ADDIN_ORIGINS,
    llm: services.llm,
    scoring: services.scoring,
    rateLimiter: services.rateLimiter,
    volumeRateLimiter: services.volumeRateLimiter,
    clientIpHeader: config.CLIENT_IP_HEADER ?? null,
    clientIpHops: config.CLIENT_IP_TRUSTED_HOPS,
    webhookAllowHosts: config.WEBHOOK_ALLOW_HOSTS,
    llmDescription: llmConfig ? { model: llmConfig.model, endpoint: new URL(llmConfig.baseUrl).host } : null,
    background: services.background.run,
    observe: services.metrics.observeRequest,
    securityHeadersFromServer: true,
    mail: services.mail,
    publicUrl: config.PUBLIC_URL ?? null,
  });
  serveExtras(app, config, services);
  let links: Links | null = config.PUBLIC_URL ? linksFor(config.PUBLIC_URL) : null;
  // A fresh install without the demo: the first-run setup page, guarded by a token printed here only.
  const setupToken = await issueSetupToken(database.sql, new Date());
  const server = listen(app, config, await fixedSecurityHeaders(), (port) => {
    const base = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    links ??= linksFor(base);
    if (setupToken) logger.info('first-run setup is open', { url: `${base}/dashboard/#/setup` });
    printBanner({
      setup: setupToken ? `${base}/dashboard/#/setup?token=${setupToken}` : null,
      mail:
        services.mail.kind === 'outbox'
          ? 'no transport (SMTP_URL or MAIL_API_URL): mail is kept in the outbox, readable by admins in the dashboard'
          : `${services.mail.kind === 'smtp' ? 'SMTP' : 'HTTP mail API'}, from ${services.mail.from}`,
      base,
      embedded: database.embedded !== null,
      dataDir: config.DATA_DIR,
      applied: database.applied,
      demo,
      ms: performance.now() - startedAt,
      llm: llmConfig ? `${llmConfig.model} at ${new URL(llmConfig.baseUrl).host}` : null,
    });
  });
  // Sessions whose time ran out are closed even if the candidate never comes back; webhooks are retried;
  // a hand-in a crash left unscored is scored.
  const sweepTimer = setInterval(() => {
    sweep(
      database.sql,
      {
        send: services.send,
        scoring: services.scoring,
        llm: services.llm,
        mail: services.mail,
        links,
        calibration: { minHandIns: config.CALIBRATION_MIN_HAND_INS },
      },
      new Date(),
    ).catch((error: unknown) => logger.warn('periodic sweep failed', { error: String(error) }));
  }, SWEEP_MS);
  surviveKnownFaults(logger, logOutput.flush);
  stopOnSignals(server, database, services, sweepTimer, logger, logOutput.flush);
}

function printBanner(o: {
  base: string;
  embedded: boolean;
  dataDir: string;
  applied: number[];
  demo: DemoCredentials | null;
  ms: number;
  llm: string | null;
  /** The first-run setup page with its one-time token, while no organisation exists. */
  setup: string | null;
  mail: string;
}) {
  const lines = [
    '',
    `Excel Interviewer ${VERSION} is running on ${o.base} (ready in ${Math.round(o.ms)} ms)`,
    `  database:     ${o.embedded ? `embedded PGlite in ${path.resolve(o.dataDir, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}` +
      (o.applied.length ? `, migrations applied: ${o.applied.join(', ')}` : ''),
    `  LLM review:   ${o.llm ?? "off (no OPENAI_BASE_URL and OPENAI_API_KEY): scores are the grader's alone"}`,
    `  mail:         ${o.mail}`,
    `  health:       ${o.base}/api/health`,
    `  API docs:     ${o.base}/docs   (OpenAPI: ${o.base}/openapi.json)`,
  ];
  for (const [label, dir] of [
    ['dashboard', 'dashboard'],
    ['task pane', 'addin'],
  ] as const) {
    if (existsSync(path.join(STATIC_ROOT, dir, 'index.html'))) lines.push(`  ${`${label}:`.padEnd(14)}${o.base}/${dir}/`);
  }
  if (o.demo) {
    lines.push(
      '',
      `Demo organisation (local only): ${o.demo.organisationId}`,
      `  recruiter:    ${o.demo.email} / ${o.demo.password}`,
      `  API token:    ${o.demo.apiToken}`,
      `  invite code:  ${o.demo.inviteCode}   (single use; create more with POST /api/v1/invites)`,
    );
  }
  if (o.setup) {
    lines.push(
      '',
      'No organisation yet. Create yours and its first admin on the setup page (this link works once, for 24 hours):',
      `  ${o.setup}`,
      '  or from a shell: npm run create-org -- --name "Acme" --admin-email admin@acme.example',
    );
  }
  lines.push('', `The add-in's manifest: ${o.base}/manifest.xml (deploy it: README.md, "Deploying the add-in").`, 'Stop with Ctrl-C.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Excel Interviewer could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
