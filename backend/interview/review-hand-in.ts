import type { Queryable, Sql } from '../db/client';
import { inTransaction } from '../db/transaction';
import type { LlmClient, LlmOutputMode } from '../llm/client';
import { refreshFinalScore } from './final-score';
import { LlmReviewSchema, type LlmReview } from '../../shared/review';
import type { ScoreResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { composeFinalScore, missingCitations } from '../scoring/review/compose';
import { findInstructionText } from '../scoring/review/integrity';
import { REVIEW_PROMPT_VERSION, reviewMessages } from '../scoring/review/review-prompt';

export interface ReviewInput {
  submissionId: string;
  orgId: string;
  task: TaskSpec;
  snapshot: WorkbookSnapshot;
  result: ScoreResult;
  /** The assessment's cap on what the review may take away. */
  llmShare: number;
}

interface Decision {
  status: 'reviewed' | 'skipped' | 'discarded';
  reason: string | null;
  review: LlmReview | null;
  model: string | null;
  outputMode: LlmOutputMode | null;
  usage: { inputTokens: number; outputTokens: number; latencyMs: number } | null;
}

async function decide(llm: LlmClient | null, input: ReviewInput, withheld: string | null): Promise<Decision> {
  const none = { review: null, model: null, outputMode: null, usage: null };
  if (!llm) return { status: 'skipped', reason: "No LLM is configured; the score is the grader's alone.", ...none };
  if (withheld) return { status: 'skipped', reason: withheld, ...none };
  const outcome = await llm.structured(
    'excel_review',
    LlmReviewSchema,
    reviewMessages(input.task, input.snapshot, input.result),
    REVIEW_PROMPT_VERSION,
  );
  if (!outcome.ok)
    return { status: 'skipped', reason: `The LLM review failed (${outcome.reason}); the score is the grader's alone.`, ...none };
  const usage = { inputTokens: outcome.inputTokens, outputTokens: outcome.outputTokens, latencyMs: outcome.latencyMs };
  const missing = missingCitations(outcome.value, input.snapshot);
  if (missing.length)
    return {
      status: 'discarded',
      reason: `The review cited cells that are not in the workbook: ${missing.join(', ')}.`,
      review: null,
      model: outcome.model,
      outputMode: outcome.outputMode,
      usage,
    };
  return { status: 'reviewed', reason: null, review: outcome.value, model: outcome.model, outputMode: outcome.outputMode, usage };
}

/**
 * Reviews a stored hand-in with the LLM, when there is one and the call is not `withheld` (with the
 * reason why, e.g. the organisation's budget is spent), within the assessment's bounds, and stores the
 * outcome once. Runs after the submission is committed and never throws into it: every failure becomes a
 * stored "skipped" with its reason, and the grader's score stands.
 */
export async function reviewHandIn(sql: Sql, llm: LlmClient | null, input: ReviewInput, withheld: string | null = null): Promise<void> {
  // Scores since the scan became part of scoring carry their flags; older ones are scanned here.
  const flags = input.result.integrityFlags ?? findInstructionText(input.snapshot);
  const d = await decide(llm, input, withheld);
  const finalScore = composeFinalScore(input.result.score, d.review, input.llmShare);
  const record = (tx: Queryable) => tx`
    INSERT INTO reviews (submission_id, org_id, status, reason, model, prompt_version, output_mode, input_tokens, output_tokens, latency_ms, review, final_score, integrity_flags)
    VALUES (${input.submissionId}, ${input.orgId}, ${d.status}, ${d.reason}, ${d.model}, ${d.model ? REVIEW_PROMPT_VERSION : null}, ${d.outputMode},
      ${d.usage?.inputTokens ?? null}, ${d.usage?.outputTokens ?? null}, ${d.usage?.latencyMs ?? null},
      ${d.review ? tx.json(d.review) : null}, ${finalScore}, ${tx.json(flags)})
    ON CONFLICT (submission_id) DO NOTHING`;
  // A review that leaves the grader's score as it is changes no final score (scoring wrote it): one
  // statement. One that lowers it writes the review and the scores it moves together.
  if (finalScore === input.result.score) {
    await record(sql);
    return;
  }
  await inTransaction(sql, async (tx) => {
    await record(tx);
    await refreshFinalScore(tx, input.submissionId);
  });
}
