import pLimit from 'p-limit';
import type { Sql } from '../db/client';
import type { RateLimiter } from '../http/rate-limit';
import type { LlmClient } from '../llm/client';
import { scoreSubmission } from '../scoring/score-submission';
import { deliverDueWebhooks } from '../webhooks/deliveries';
import { reviewSubmission } from './review-submission';
import { scoreHandIn, type ScoreOutcome, type Scorer } from './submit';

/** Whether an organisation may make one more LLM call now (the abuse limit on model spend). */
export type LlmBudget = (orgId: string) => Promise<boolean>;
const unlimited: LlmBudget = async () => true;
export const LLM_BUDGET_SPENT = "The organisation's LLM reviews for this minute are used up; the score is the grader's alone.";

/** An organisation's LLM reviews, at most `perMinute` a minute, counted by the app's rate limiter. */
export function llmBudgetPerMinute(limiter: RateLimiter, perMinute: number): LlmBudget {
  return async (orgId) => (await limiter.hit(`llm-org:${orgId}`, perMinute, 60_000, Date.now())).ok;
}

/** Scores in the calling thread: on Workers (each request has its isolate), and the app's default. */
export const scoreInThisThread: Scorer = async (snapshot, task) => scoreSubmission(snapshot, task);

/** A hand-in stored this long ago without a score is taken to have lost its scorer (a crash, a restart). */
export const STALE_AFTER_MS = 30_000;

/**
 * Scores stored hand-ins, each at most once at a time in this process (a resend or a poll joins the
 * scoring already running), and sets off what follows a score: the bounded LLM review and, when the
 * interview is complete, its webhook. Those run after the score is stored and never fail it.
 */
export function handInScoring(scorer: Scorer, llmBudget: LlmBudget = unlimited, options: { concurrency?: number } = {}) {
  const inFlight = new Map<string, Promise<ScoreOutcome>>();
  // At most this many hand-ins between "read from the database" and "score stored"; the rest wait here as
  // ids. Without it, a burst of hand-ins started all their reads (each snapshot fetched and parsed) at once on
  // the main thread, ahead of the scoring threads' pace, and took the CPU the next acknowledgements needed.
  const limit = pLimit(options.concurrency ?? Infinity);

  function score(sql: Sql, submissionId: string): Promise<ScoreOutcome> {
    const running = inFlight.get(submissionId);
    if (running) return running;
    const work = limit(() => scoreHandIn(sql, scorer, submissionId, new Date())).finally(() => inFlight.delete(submissionId));
    inFlight.set(submissionId, work);
    return work;
  }

  async function followOn(sql: Sql, llm: LlmClient | null, outcome: ScoreOutcome): Promise<void> {
    if (!outcome.scored) return;
    if (outcome.review) {
      const withheld = llm && !(await llmBudget(outcome.review.orgId)) ? LLM_BUDGET_SPENT : null;
      await reviewSubmission(sql, llm, outcome.review, withheld);
    }
    if (outcome.completed) await deliverDueWebhooks(sql, fetch, new Date());
  }

  /** Scores a hand-in and then sets off what follows; resolves with whether this call scored it. */
  async function scoreThenFollowOn(sql: Sql, llm: LlmClient | null, submissionId: string): Promise<boolean> {
    const outcome = await score(sql, submissionId);
    await followOn(sql, llm, outcome);
    return outcome.scored;
  }

  return {
    score,
    /** What a new score sets off, one after the other; for `background`, which also logs its failures. */
    followOn,
    scoreThenFollowOn,
    /** Scores what a crash left unscored; run by the sweep. Returns how many it scored. */
    async scoreStale(sql: Sql, llm: LlmClient | null, now: Date): Promise<number> {
      const stale = await sql<{ id: string }[]>`
        SELECT id FROM submissions WHERE scored_at IS NULL AND received_at < ${new Date(now.getTime() - STALE_AFTER_MS)}
        ORDER BY received_at LIMIT 100`;
      let scored = 0;
      for (const { id } of stale) if (await scoreThenFollowOn(sql, llm, id)) scored++;
      return scored;
    },
  };
}

export type HandInScoring = ReturnType<typeof handInScoring>;
