import { z } from 'zod';
import { DEFAULT_MIN_HAND_INS } from './calibration/calibrate';

const DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Settings shared by both runtimes. Each is documented in the README's configuration table. */
export const SharedConfigSchema = z.object({
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(DEFAULT_BODY_LIMIT_BYTES),
  PUBLIC_URL: z.url().optional(),
  /** Origins allowed to call the API from a browser (a task pane served elsewhere, e.g. the HTTPS dev server). */
  ADDIN_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url()))
    .default([]),
  /** Hand-ins a task needs before the adaptive order trusts its learned difficulty over its authored level. */
  CALIBRATION_MIN_HAND_INS: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_MIN_HAND_INS),
  /** Database connections per pool (on Workers, per request). The default differs by runtime: see the README. */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  /** Development only: webhook hosts that may use http and private addresses (e.g. `localhost,127.0.0.1`). */
  WEBHOOK_ALLOW_HOSTS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .default([]),
});

/** The LLM endpoint; all optional: without a base URL and key the interview runs without a model. */
export const LlmConfigSchema = z.object({
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** The most LLM reviews one organisation may cause in a minute; past it, reviews are skipped with that reason. */
  LLM_REVIEWS_PER_ORG_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
});

/** How mail leaves: an HTTP mail API on either runtime, SMTP on Node; neither means the outbox keeps it. */
export const MailConfigSchema = z.object({
  /** `smtp://user:pass@host:port` or `smtps://…` (Node only). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  /** An HTTP mail API taking Resend's request (POST JSON from/to/subject/text/html, Bearer key). */
  MAIL_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  MAIL_API_KEY: z.string().min(1).optional(),
  /** The sender every message carries, e.g. `Acme Hiring <hiring@acme.example>`. */
  MAIL_FROM: z.string().min(3).max(200).default('Excel Interviewer <no-reply@localhost>'),
});
export type MailConfig = z.infer<typeof MailConfigSchema>;

/** The model's settings, or null when none is configured. */
export function llmConfigFrom(env: Record<string, unknown>) {
  const c = parseConfig(LlmConfigSchema, env);
  if (!c.OPENAI_BASE_URL || !c.OPENAI_API_KEY) return null;
  return {
    baseUrl: c.OPENAI_BASE_URL,
    apiKey: c.OPENAI_API_KEY,
    model: c.LLM_MODEL,
    timeoutMs: c.LLM_TIMEOUT_MS,
    maxRetries: c.LLM_MAX_RETRIES,
    reviewsPerOrgPerMinute: c.LLM_REVIEWS_PER_ORG_PER_MINUTE,
  };
}

/** The Node entry's settings, read from the process environment. */
export const NodeConfigSchema = SharedConfigSchema.extend(MailConfigSchema.shape).extend({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL; when absent the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATA_DIR: z.string().default('.data'),
  /** Seed the demo organisation into an empty database. Default: only on the embedded database, never into DATABASE_URL. */
  SEED_DEMO: bool.optional(),
  /** Behind a reverse proxy: the header it puts the client's address in (e.g. X-Forwarded-For), for per-address limits. */
  CLIENT_IP_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/)
    .optional(),
  /** How many trusted proxies append to CLIENT_IP_HEADER; the client is that many entries from its right end. */
  CLIENT_IP_TRUSTED_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Seconds an unused database connection stays open before the pool closes it. */
  DB_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  /** Each hand-in's scoring budget in a scoring thread: wall time from when a thread takes it up, and heap. */
  SCORING_TIME_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  SCORING_MEMORY_MB: z.coerce.number().int().min(32).max(16_384).default(512),
  /** Redis for rate limits and LLM budgets shared by every instance (else PostgreSQL on DATABASE_URL, else memory). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')
    .optional(),
  /** This instance's name in its metrics (`instance` label); default host:pid. */
  INSTANCE_ID: z.string().min(1).max(100).optional(),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
});
export type NodeConfig = z.infer<typeof NodeConfigSchema>;

/** Turns a bad environment into one readable message instead of a stack trace. */
export function parseConfig<T extends z.ZodType>(schema: T, env: Record<string, unknown>): z.infer<T> {
  // An empty variable (`DATABASE_URL= npm start`) means "not set", as in most tools.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(set);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`The configuration is not valid:\n${problems}`);
}
