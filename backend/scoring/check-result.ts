import type { Check } from '../../shared/task';
import type { CheckResult, Evidence } from '../../shared/score';

/** Evidence lists stop here so a 10,000-row answer does not make a 10,000-line result. */
export const MAX_EVIDENCE = 20;

/** Builds a check's result from per-cell verdicts: partial credit in proportion, evidence for the failures. */
export function resultFromCells(check: Check, total: number, failures: Evidence[], whenPassed: Evidence): CheckResult {
  const correct = total - failures.length;
  const fraction = total === 0 ? 0 : correct / total;
  return {
    id: check.id,
    kind: check.kind,
    description: check.description,
    weight: check.weight,
    passed: total > 0 && failures.length === 0,
    points: round(check.weight * fraction),
    maxPoints: check.weight,
    evidence: failures.length === 0 ? [whenPassed] : failures.slice(0, MAX_EVIDENCE),
    evidenceOmitted: Math.max(0, failures.length - MAX_EVIDENCE),
  };
}

export function round(n: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}
