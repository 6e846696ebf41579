import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Sql } from '../db/client';

/** What the app reports about each request; the Node entry turns it into Prometheus metrics. */
export type RequestObserver = (sample: { route: string; method: string; status: number; seconds: number }) => void;

/** What the LLM client reports about each call. */
export type LlmObserver = (sample: {
  outcome: 'ok' | 'timeout' | 'unavailable' | 'malformed';
  inputTokens: number;
  outputTokens: number;
}) => void;

/** How long the grader-agreement gauge keeps what it read. */
const AGREEMENT_READ_EVERY_MS = 5 * 60_000;

/**
 * Prometheus metrics for the Node entry (prom-client): requests by route and status with a latency
 * histogram, LLM calls and tokens, the interviews in progress (counted when scraped, once `watch` has the
 * database), and the grader's agreement with recruiters per task (once `watchAgreement` has a reader).
 * Every series carries `instance`, so the figures of several instances behind one scraper stay apart.
 */

export function prometheusMetrics(instance: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ instance });
  let sql: Sql | null = null;
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'Requests by route, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Request latency by route.',
    labelNames: ['route', 'method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const llmCalls = new Counter({ name: 'llm_calls_total', help: 'LLM calls by outcome.', labelNames: ['outcome'], registers: [registry] });
  const llmTokens = new Counter({
    name: 'llm_tokens_total',
    help: 'LLM tokens by direction.',
    labelNames: ['direction'],
    registers: [registry],
  });
  new Gauge({
    name: 'interviews_in_progress',
    help: 'Interviews in progress.',
    registers: [registry],
    async collect() {
      if (!sql) return this.set(Number.NaN);
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM interviews WHERE state = 'in_progress'`.catch(() => [
        { n: Number.NaN },
      ]);
      this.set(row?.n ?? Number.NaN);
    },
  });
  // Ratios over the last 90 days; the reader comes from the entry (it is the grading's). It reads every
  // organisation's hand-ins of 90 days, so a scrape reuses what was read in the last few minutes.
  let readAgreement: (() => Promise<{ task: string; ratio: number }[]>) | null = null;
  let lastRead: { at: number; ratios: { task: string; ratio: number }[] } | null = null;
  new Gauge({
    name: 'grader_agreement_ratio',
    help: "Share of a task's scored hand-ins (last 90 days) whose grader score recruiters let stand: not overridden, or within 10 points.",
    labelNames: ['task'],
    registers: [registry],
    async collect() {
      this.reset();
      if (readAgreement && (!lastRead || Date.now() - lastRead.at >= AGREEMENT_READ_EVERY_MS)) {
        const ratios = await readAgreement().catch(() => null);
        lastRead = ratios ? { at: Date.now(), ratios } : null;
      }
      for (const { task, ratio } of lastRead?.ratios ?? []) this.set({ task }, ratio);
    },
  });
  const observeRequest: RequestObserver = ({ route, method, status, seconds }) => {
    requests.inc({ route, method, status: String(status) });
    latency.observe({ route, method }, seconds);
  };
  const observeLlm: LlmObserver = ({ outcome, inputTokens, outputTokens }) => {
    llmCalls.inc({ outcome });
    llmTokens.inc({ direction: 'input' }, inputTokens);
    llmTokens.inc({ direction: 'output' }, outputTokens);
  };
  /** From now on the interviews-in-progress gauge asks this database. */
  const watch = (database: Sql) => {
    sql = database;
  };
  /** From now on the grader-agreement gauge reads its ratios with this. */
  const watchAgreement = (read: () => Promise<{ task: string; ratio: number }[]>) => {
    readAgreement = read;
    lastRead = null;
  };
  return { registry, observeRequest, observeLlm, watch, watchAgreement };
}

export type Metrics = ReturnType<typeof prometheusMetrics>;
