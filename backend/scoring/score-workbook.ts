import type { CheckResult, ScoreResult, ScoringLimitation } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { Check, TaskSpec } from '../../shared/task';
import { regionRange } from './answer-region';
import { round } from './check-result';
import { gradeChart } from './checks/chart';
import { gradeFillDown } from './checks/fill-down';
import { gradeFormulas } from './checks/formulas';
import { gradeFunctions } from './checks/functions';
import { gradeHiddenData } from './checks/hidden-data';
import { gradeNoDuplicates } from './checks/no-duplicates';
import { gradeNoHardCoding } from './checks/no-hard-coding';
import { gradeNumberFormat } from './checks/number-format';
import { gradePivotTable } from './checks/pivot-table';
import { gradeRangeRule } from './checks/range-rules';
import { gradeSortOrder } from './checks/sort-order';
import { gradeTable } from './checks/table';
import { gradeValues } from './checks/values';
import { referenceResults } from './evaluator/reference';
import { failedGates, gatedScore } from './gates';
import type { GradingContext } from './grading-context';
import { limitationOf } from './limitations';
import { locateAnswer } from './locate-answer';
import { findInstructionText } from './review/integrity';
import { viewOf } from './workbook-view';

/** Bumped whenever the same submission could score differently, and stored with every score. */
export const SCORER_VERSION = 'scorer-3';

/** Scores a snapshot against a task somewhere: in a worker thread on Node, in the request's isolate on Workers. */
export type Scorer = (snapshot: WorkbookSnapshot, task: TaskSpec) => Promise<ScoreResult>;

function grade(check: Check, ctx: GradingContext): CheckResult {
  switch (check.kind) {
    case 'values':
      return gradeValues(check, ctx);
    case 'formulas':
      return gradeFormulas(check, ctx);
    case 'functions':
      return gradeFunctions(check, ctx);
    case 'no-hard-coding':
      return gradeNoHardCoding(check, ctx);
    case 'fill-down':
      return gradeFillDown(check, ctx);
    case 'hidden-data':
      return gradeHiddenData(check, ctx);
    case 'pivot-table':
      return gradePivotTable(check, ctx);
    case 'chart':
      return gradeChart(check, ctx);
    case 'conditional-format':
    case 'data-validation':
      return gradeRangeRule(check, ctx);
    case 'table':
      return gradeTable(check, ctx);
    case 'number-format':
      return gradeNumberFormat(check, ctx);
    case 'sort-order':
      return gradeSortOrder(check, ctx);
    case 'no-duplicates':
      return gradeNoDuplicates(check, ctx);
  }
}

/**
 * Scores a snapshot against a task: every check with its points and evidence, partial credit, and where
 * the answer was graded. Pure: the same input gives the same result, byte for byte.
 *
 * A hand-in beyond what the grader evaluates (too costly, nested too deeply for the engine) is still
 * scored: its formulas are not evaluated, every other check runs, and the result says why. `withheld`
 * asks for that from the start (the caller's time or memory budget ran out on a first try).
 */
export function scoreWorkbook(snapshot: WorkbookSnapshot, task: TaskSpec, options: { withheld?: ScoringLimitation } = {}): ScoreResult {
  if (options.withheld) return gradeAll(snapshot, task, options.withheld);
  try {
    return gradeAll(snapshot, task, null);
  } catch (error) {
    const withheld = limitationOf(error);
    if (!withheld) throw error;
    return gradeAll(snapshot, task, withheld);
  }
}

function gradeAll(snapshot: WorkbookSnapshot, task: TaskSpec, withheld: ScoringLimitation | null): ScoreResult {
  const book = viewOf(snapshot);
  const reference = referenceResults(task);
  const answer = locateAnswer(task, snapshot, book, reference);
  const ctx: GradingContext = { snapshot, book, task, reference, answer, withheld };
  const checks = task.private.checks.map((check) => grade(check, ctx));
  const points = round(checks.reduce((sum, c) => sum + c.points, 0));
  const maxPoints = round(checks.reduce((sum, c) => sum + c.maxPoints, 0));
  const byPoints = maxPoints === 0 ? 0 : round(points / maxPoints);
  const gates = failedGates(task, checks, byPoints);
  return {
    taskId: task.id,
    scorerVersion: SCORER_VERSION,
    points,
    maxPoints,
    score: gatedScore(byPoints, gates),
    checks,
    gates,
    integrityFlags: findInstructionText(snapshot).slice(0, 50),
    answerLocation: answer ? { sheet: answer.region.sheet, range: regionRange(answer.region), note: answer.note } : null,
    ...(withheld ? { limitation: withheld } : {}),
  };
}
