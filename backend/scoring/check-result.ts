import type { Check } from '../../shared/task';
import type { CheckResult, Evidence } from '../../shared/score';

/** Evidence lists stop here so a 10,000-row answer does not make a 10,000-line result. */
export const MAX_EVIDENCE = 20;

export function round(n: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

function base(check: Check) {
  return { id: check.id, kind: check.kind, description: check.description, weight: check.weight };
}

/** Partial credit in proportion to the units (cells, variants, object parts) that are right. */
export function resultFromUnits(check: Check, total: number, failures: Evidence[], whenPassed: Evidence[]): CheckResult {
  const fraction = total === 0 ? 0 : (total - failures.length) / total;
  return {
    ...base(check),
    evaluated: true,
    passed: total > 0 && failures.length === 0,
    points: round(check.weight * fraction),
    maxPoints: check.weight,
    evidence: failures.length === 0 ? whenPassed.slice(0, MAX_EVIDENCE) : failures.slice(0, MAX_EVIDENCE),
    evidenceOmitted: Math.max(0, (failures.length === 0 ? whenPassed.length : failures.length) - MAX_EVIDENCE),
  };
}

/** A check the grader could not run; it is reported, and counts for nothing either way. */
export function notEvaluated(check: Check, evidence: Evidence[]): CheckResult {
  return { ...base(check), evaluated: false, passed: false, points: 0, maxPoints: 0, evidence: evidence.slice(0, MAX_EVIDENCE), evidenceOmitted: Math.max(0, evidence.length - MAX_EVIDENCE) };
}

/** All-or-nothing by parts: each part of an object (a pivot's row field, a chart's title) is worth the same. */
export function resultFromParts(check: Check, parts: { ok: boolean; evidence: Evidence }[]): CheckResult {
  return resultFromUnits(check, parts.length, parts.filter((p) => !p.ok).map((p) => p.evidence), parts.map((p) => p.evidence));
}
