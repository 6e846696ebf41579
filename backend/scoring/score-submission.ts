import type { ScoreResult, CheckResult } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { Check, TaskSpec } from '../../shared/task';
import { round } from './check-result';
import { gradeFormulas } from './checks/formulas';
import { gradeValues } from './checks/values';
import { viewOf, type WorkbookView } from './workbook-view';

/** Bumped whenever the same submission could score differently, and stored with every score. */
export const SCORER_VERSION = 'scorer-1';

function grade(check: Check, book: WorkbookView): CheckResult {
  switch (check.kind) {
    case 'values':
      return gradeValues(check, book);
    case 'formulas':
      return gradeFormulas(check, book);
  }
}

/** Scores a snapshot against a task. Pure: the same input gives the same result, byte for byte. */
export function scoreSubmission(snapshot: WorkbookSnapshot, task: TaskSpec): ScoreResult {
  const book = viewOf(snapshot);
  const checks = task.private.checks.map((check) => grade(check, book));
  const points = round(checks.reduce((sum, c) => sum + c.points, 0));
  const maxPoints = round(checks.reduce((sum, c) => sum + c.maxPoints, 0));
  return {
    taskId: task.id,
    scorerVersion: SCORER_VERSION,
    points,
    maxPoints,
    score: maxPoints === 0 ? 0 : round(points / maxPoints),
    checks,
  };
}
