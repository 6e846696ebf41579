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
  return {
    ...base(check),
    evaluated: false,
    passed: false,
    points: 0,
    maxPoints: 0,
    evidence: evidence.slice(0, MAX_EVIDENCE),
    evidenceOmitted: Math.max(0, evidence.length - MAX_EVIDENCE),
  };
}

/** One part of an object a check grades: a pivot's numbers, a chart's type, the cells a rule covers. */
export interface Part {
  ok: boolean;
  evidence: Evidence;
  /** How much of the part is right, 0 to 1 (the share of a pivot's numbers that match); `ok` means 1. */
  share?: number;
  /** A part that shows but does not decide correctness (a chart's title): worth a quarter and caps nothing. */
  cosmetic?: boolean;
  /** The host could not read what this part needs (a chart's series on an older Excel): not checked either way. */
  unread?: boolean;
}

const COSMETIC_WEIGHT = 0.25;
/** What a failed deciding part leaves, at most, of its check: as a task's gate (0.2 + 0.8 × the part's share). */
const DECIDING_FLOOR = 0.2;

/**
 * An object graded by what it does. Every part that decides correctness (a pivot's numbers, a chart's type
 * and plotted values, the cells a format highlights) caps the check when it fails, at 0.2 + 0.8 × its share,
 * so a pivot that counts where it should sum keeps little for its right field names; cosmetic parts weigh a
 * quarter. Parts the host could not read are reported as not checked and count neither way; when no part
 * could be read the check is not evaluated.
 */
export function resultFromParts(check: Check, parts: Part[]): CheckResult {
  const read = parts.filter((p) => !p.unread);
  const unread = parts.filter((p) => p.unread).map((p) => ({ ...p.evidence, note: `not checked: ${p.evidence.note}` }));
  if (read.length === 0) return notEvaluated(check, unread);
  const shareOf = (p: Part) => (p.ok ? 1 : Math.max(0, Math.min(1, p.share ?? 0)));
  const weightOf = (p: Part) => (p.cosmetic ? COSMETIC_WEIGHT : 1);
  const weighted = read.reduce((sum, p) => sum + weightOf(p) * shareOf(p), 0) / read.reduce((sum, p) => sum + weightOf(p), 0);
  const cap = Math.min(1, ...read.filter((p) => !p.ok && !p.cosmetic).map((p) => DECIDING_FLOOR + (1 - DECIDING_FLOOR) * shareOf(p)));
  const fraction = Math.min(weighted, cap);
  const failures = read.filter((p) => !p.ok).map((p) => p.evidence);
  const shown = failures.length ? [...failures, ...unread] : [...read.map((p) => p.evidence), ...unread];
  return {
    ...base(check),
    evaluated: true,
    passed: failures.length === 0,
    points: round(check.weight * fraction),
    maxPoints: check.weight,
    evidence: shown.slice(0, MAX_EVIDENCE),
    evidenceOmitted: Math.max(0, shown.length - MAX_EVIDENCE),
  };
}
