import type { RateLimiter } from './rate-limiters';

/** Whether an organisation may make one more LLM call now (the abuse limit on model spend). */
export type LlmBudget = (orgId: string) => Promise<boolean>;

export const unlimitedLlmBudget: LlmBudget = async () => true;

export const LLM_BUDGET_SPENT = "The organisation's LLM reviews for this minute are used up; the score is the grader's alone.";

/** An organisation's LLM reviews, at most `perMinute` a minute, counted by the app's rate limiter. */
export function llmBudgetPerMinute(limiter: RateLimiter, perMinute: number): LlmBudget {
  return async (orgId) => (await limiter.hit(`llm-org:${orgId}`, perMinute, 60_000, Date.now())).ok;
}
