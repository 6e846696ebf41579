import type { ScoreResult } from '../../shared/score';
import { PASS_SCORE } from '../../shared/api/dashboard';

/**
 * Which hand-ins the grader is least sure of, and why: the review queue puts these in front of a person, so
 * each decision teaches the most. Pure: a hand-in's evidence in, reasons and a priority out.
 */
export interface HandInEvidence {
  /** The grader's own score. */
  score: number;
  result: ScoreResult;
  /** The model's view of the approach (0 to 1) when it reviewed the hand-in. */
  modelApproach: number | null;
  /** Formula shapes (`formulaShape`) in the answer that no other hand-in of the task in the window has. */
  unseenShapes: string[];
  /** Other hand-ins of the task in the window: a formula is "unlike any seen" only against enough of them. */
  othersOfTask: number;
}

export type ReviewReasonKind = 'near-pass-mark' | 'gate-decided' | 'not-run' | 'unusual-formula' | 'model-disagrees' | 'integrity';
export interface ReviewReason {
  kind: ReviewReasonKind;
  message: string;
}

const REVIEW_RULES = {
  /** Points either side of the pass mark. */
  nearPassMark: 0.05,
  /** The model's approach score this far from the checks' score. */
  modelGap: 0.3,
  /** Other hand-ins of a task needed before a formula shape counts as unseen. */
  minOthersForShapes: 5,
} as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** What a grader's integrity flag means, for a reason in the queue. */
const INTEGRITY_WORDS: Record<NonNullable<ScoreResult['integrityFlags']>[number]['kind'], string> = {
  'instructions-in-workbook': 'text in the workbook addressed to a grader',
  'workbook-of-another-interview': 'the workbook, or a sheet of it, was set up for another interview',
  'data-not-issued': 'the data is not what this candidate was given',
};

/**
 * A formula's shape: what it does, not where or with which constants: cell references (with or without
 * `$`, sheet-qualified or not) become `R`, numbers `N`, strings `S`, spaces go. `=VLOOKUP(A2,$F$2:$G$9,2,FALSE)`
 * and `=VLOOKUP(A3,$F$2:$G$9,2,FALSE)` share one shape; an INDEX/MATCH has another.
 */
export function formulaShape(formula: string): string {
  return formula
    .toUpperCase()
    .replace(/"(?:[^"]|"")*"/g, 'S')
    .replace(/(?:'[^']+'|[A-Z0-9_.]+)!/g, '')
    .replace(/(?<![A-Z_.\d])\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Z_(\d])/g, 'R')
    .replace(/(?<![A-Z_.\d])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Z_(\d])/g, 'R')
    .replace(/(?<![A-Z_\d.])\d+(?:\.\d+)?(?:E[+-]?\d+)?/g, 'N')
    .replace(/\s+/g, '');
}

export function reviewReasons(e: HandInEvidence): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (Math.abs(e.score - PASS_SCORE) <= REVIEW_RULES.nearPassMark)
    reasons.push({
      kind: 'near-pass-mark',
      message: `Scored ${pct(e.score)}, within ${pct(REVIEW_RULES.nearPassMark)} of the pass mark (${pct(PASS_SCORE)}).`,
    });
  const deciding = (e.result.gates ?? []).filter((g) => g.applied);
  if (deciding.length)
    reasons.push({
      kind: 'gate-decided',
      message: `A gate set the score: ${deciding.map((g) => `at most ${pct(g.cap)} (${g.reason.replace(/\.$/, '')})`).join('; ')}.`,
    });
  const notRun = e.result.checks.filter((c) => !c.evaluated);
  if (e.result.limitation || notRun.length)
    reasons.push({
      kind: 'not-run',
      message: e.result.limitation
        ? `Part of the grading could not run: ${e.result.limitation.message}`
        : `${notRun.length} check${notRun.length === 1 ? '' : 's'} could not be run: ${notRun.map((c) => c.description).join('; ')}.`,
    });
  if (e.unseenShapes.length && e.othersOfTask >= REVIEW_RULES.minOthersForShapes)
    reasons.push({
      kind: 'unusual-formula',
      message: `A formula unlike any in ${e.othersOfTask} other hand-ins of this task: ${e.unseenShapes.slice(0, 2).join(', ')}.`,
    });
  const flagged = new Set((e.result.integrityFlags ?? []).map((f) => f.kind));
  if (flagged.size)
    reasons.push({
      kind: 'integrity',
      message: `Flagged: ${[...flagged].map((k) => INTEGRITY_WORDS[k]).join('; ')}.`,
    });
  if (e.modelApproach !== null && Math.abs(e.modelApproach - e.score) >= REVIEW_RULES.modelGap)
    reasons.push({
      kind: 'model-disagrees',
      message: `The model rated the approach ${pct(e.modelApproach)}; the checks scored ${pct(e.score)}.`,
    });
  return reasons;
}

/** Higher first: more reasons, then closer to the pass mark (where a wrong verdict changes a decision). */
export const reviewPriority = (e: { score: number }, reasons: readonly ReviewReason[]) =>
  reasons.length * 10 - Math.abs(e.score - PASS_SCORE);
