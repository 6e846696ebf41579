import pLimit from 'p-limit';
import type { Sql } from '../db/client';
import { LLM_BUDGET_SPENT, unlimitedLlmBudget, type LlmBudget } from '../limits/llm-budget';
import type { LlmClient } from '../llm/client';
import { scoreWorkbook } from '../scoring/score-workbook';
import { deliverDueWebhooks } from '../webhooks/deliveries';
import { gradeAnswerByModel, type AnsweredFollowUp } from './grade-answer-by-model';
import { reviewHandIn } from './review-hand-in';
import { writeQuestionByModel } from './write-question-by-model';
import type { Scorer } from '../scoring/score-workbook';
import { claimDueHandIns, scoreHandIn, type ScoreOptions, type ScoreOutcome } from './score-hand-in';

/** Jobs one sweep claims at a time; the next sweep takes the next ones. */
const DUE_BATCH = 20;

/** Scores in the calling thread: on Workers (each request has its isolate), and the app's default. */
export const scoreInThisThread: Scorer = async (snapshot, task) => scoreWorkbook(snapshot, task);

/**
 * Scores stored hand-ins, each at most once at a time in this process (a resend or a poll joins the
 * scoring already running), and sets off what follows a score: the bounded LLM review and, when the
 * interview is complete, its webhook. Those run after the score is stored and never fail it.
 */
export function handInScoring(
  scorer: Scorer,
  llmBudget: LlmBudget = unlimitedLlmBudget,
  options: { concurrency?: number; send?: typeof fetch } = {},
) {
  const inFlight = new Map<string, Promise<ScoreOutcome>>();
  // At most this many hand-ins between "read from the database" and "score stored"; the rest wait here as
  // ids. Without it, a burst of hand-ins started all their reads (each snapshot fetched and parsed) at once on
  // the main thread, ahead of the scoring threads' pace, and took the CPU the next acknowledgements needed.
  const limit = pLimit(options.concurrency ?? Infinity);

  // A hand-in handed over with its workbook keeps it in memory until its turn; past this many waiting, the
  // rest wait as ids and read their workbook when their turn comes, so a burst cannot hold every body at once.
  const holdAtMost = Math.max(16, Number.isFinite(options.concurrency) ? options.concurrency! * 8 : 64);

  // `now` is the sweep's clock when a sweep scores, so a retry it schedules is due by that same clock.
  function score(sql: Sql, submissionId: string, options: ScoreOptions & { now?: Date } = {}): Promise<ScoreOutcome> {
    const running = inFlight.get(submissionId);
    if (running) return running;
    const { received, ...rest } = options;
    const held = received && limit.activeCount + limit.pendingCount < holdAtMost ? { ...rest, received } : rest;
    const work = limit(() => scoreHandIn(sql, scorer, submissionId, options.now ?? new Date(), held)).finally(() =>
      inFlight.delete(submissionId),
    );
    inFlight.set(submissionId, work);
    return work;
  }

  async function followOn(sql: Sql, llm: LlmClient | null, outcome: ScoreOutcome): Promise<void> {
    if (!outcome.scored) return;
    const withheld = llm && !(await llmBudget(outcome.review.orgId)) ? LLM_BUDGET_SPENT : null;
    // The question first: the candidate reads the result screen meanwhile, and is shown it next.
    const { task, snapshot } = outcome.review;
    if (llm && !withheld && outcome.asked)
      await writeQuestionByModel(sql, llm, { followUpId: outcome.asked.id, questionId: outcome.asked.questionId, task, snapshot });
    await reviewHandIn(sql, llm, outcome.review, withheld);
    if (outcome.completed) await deliverDueWebhooks(sql, options.send ?? fetch, new Date());
  }

  /** Scores a hand-in and then sets off what follows; resolves with whether this call scored it. */
  async function scoreThenFollowOn(
    sql: Sql,
    llm: LlmClient | null,
    submissionId: string,
    options: ScoreOptions & { now?: Date } = {},
  ): Promise<boolean> {
    const outcome = await score(sql, submissionId, options);
    await followOn(sql, llm, outcome);
    return outcome.scored;
  }

  /** Grades an answered follow-up with the model when there is one and the organisation's budget allows; the rubric's grading stands otherwise. */
  async function gradeAnswer(sql: Sql, llm: LlmClient | null, orgId: string, answered: AnsweredFollowUp): Promise<void> {
    if (!llm || !(await llmBudget(orgId))) return;
    await gradeAnswerByModel(sql, llm, answered);
  }

  return {
    gradeAnswer,
    /** The scorer itself, for a recruiter's re-score of a stored hand-in. */
    scorer,
    score,
    /** What a new score sets off, one after the other; for `background`, which also logs its failures. */
    followOn,
    scoreThenFollowOn,
    /**
     * Scores the jobs nobody is on (a crash left them, or their next try is due); run by the sweep. Each is
     * claimed, so sweeps on several instances share the work; one that fails never stops the others.
     * Returns how many it scored.
     */
    async scoreDue(sql: Sql, llm: LlmClient | null, now: Date): Promise<number> {
      const claimed = await claimDueHandIns(sql, now, DUE_BATCH);
      const outcomes = await Promise.allSettled(claimed.map((id) => scoreThenFollowOn(sql, llm, id, { claimed: true, now })));
      return outcomes.filter((o) => o.status === 'fulfilled' && o.value).length;
    },
  };
}

export type HandInScoring = ReturnType<typeof handInScoring>;
