import type { ScoringLimitation, ScoringLimitationReason } from '../../shared/score';
import { EXCEL } from '../../shared/excel-limits';
import { columnNumber } from '../../shared/a1';
import type { Grid } from './evaluator/workbook';

/**
 * The most cell reads re-evaluating a hand-in may cost (formula cells × the cells of the ranges they
 * read). HyperFormula's cost grows with that product at build and, for criteria functions, at every
 * recalculation: 400 SUMPRODUCTs over 40,000 rows (32 M) took 40 s; the library's largest task reads ~2 M.
 */
export const MAX_EVALUATION_COST = 20_000_000;

const WORDS: Record<ScoringLimitationReason, string> = {
  beyond_grid: 'This workbook uses cells beyond what the grader evaluates',
  too_deeply_nested: 'A formula is nested too deeply for the grader to evaluate',
  over_cost_estimate: "Re-running these formulas on hidden data would cost more than the grader's budget",
  over_time_budget: "Evaluating this workbook took longer than the grader's time budget",
  over_memory_budget: "Evaluating this workbook needed more memory than the grader's budget",
  grader_error: 'The grader failed on this hand-in',
};

/** A limitation in words: what could not be done, then what the score still rests on. */
export function limitation(reason: ScoringLimitationReason, detail?: string): ScoringLimitation {
  return {
    reason,
    message: `${WORDS[reason]}${detail ? ` (${detail})` : ''}; it was graded on Excel's own values only. A recruiter can re-score it.`,
  };
}

/** Thrown by grading when a hand-in is beyond what the grader will evaluate; scoring then grades without evaluating. */
export class UnscorableError extends Error {
  constructor(readonly limitation: ScoringLimitation) {
    super(limitation.message);
    this.name = 'UnscorableError';
  }
}

/** The limitation an error from evaluation stands for, or null for an error that is a bug of ours. */
export function limitationOf(error: unknown): ScoringLimitation | null {
  if (error instanceof UnscorableError) return error.limitation;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return limitation('too_deeply_nested');
  if (error instanceof Error && /sheet size limit/i.test(error.message)) return limitation('beyond_grid');
  return null;
}

const RANGE =
  /(?<![A-Za-z0-9_.$])\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})?:\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})?(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.$:])\$?([1-9][0-9]{0,6}):\$?([1-9][0-9]{0,6})(?![A-Za-z0-9_(])/g;

/**
 * Estimates the cell reads of evaluating the grids: each formula costs 1 plus the cells of every range it
 * names. Whole columns (`C:C`) and rows count what the workbook fills of them, as the engine does.
 */
export function evaluationCost(grids: Grid[]): number {
  const usedRows = Math.max(1, ...grids.map((g) => g.rows.length));
  const usedCols = Math.max(1, ...grids.map((g) => g.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0)));
  let cost = 0;
  for (const grid of grids) {
    for (const row of grid.rows) {
      if (!row) continue;
      for (const value of row) {
        if (typeof value !== 'string' || !value.startsWith('=')) continue;
        cost += 1;
        const outsideText = value.replace(/"(?:[^"]|"")*"/g, '""');
        for (const m of outsideText.matchAll(RANGE)) {
          if (m[1] !== undefined) {
            const cols = Math.abs(columnNumber(m[3]!) - columnNumber(m[1])) + 1;
            const rows = m[2] && m[4] ? Math.abs(Number(m[4]) - Number(m[2])) + 1 : Math.min(usedRows, EXCEL.rows);
            cost += cols * rows;
          } else {
            cost += (Math.abs(Number(m[6]) - Number(m[5])) + 1) * Math.min(usedCols, EXCEL.columns);
          }
        }
      }
    }
  }
  return cost;
}

/** Throws `UnscorableError` when evaluating the grids would cost more than `budget` cell reads. */
export function assertAffordable(grids: Grid[], budget = MAX_EVALUATION_COST): void {
  const cost = evaluationCost(grids);
  if (cost > budget) {
    throw new UnscorableError(limitation('over_cost_estimate', `about ${(cost / 1e6).toFixed(1)} M cell reads, budget ${budget / 1e6} M`));
  }
}
