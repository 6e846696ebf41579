/**
 * What makes a task worth a look, from its figures: the rules the task-quality page flags by. Pure; each
 * rule needs enough hand-ins to mean something, and says what it saw in a sentence.
 */
export interface TaskFigures {
  authoredLevel: number;
  timeLimitSeconds: number;
  /** This organisation's hand-ins over the period, with the share at or over the pass mark. */
  attempts: number;
  passRate: number | null;
  /** Where the median hand-in's time lies (seconds; `to` null above the last bound). */
  medianTime: { from: number; to: number | null } | null;
  /** From the calibration in use (every organisation's hand-ins). */
  learned: { level: number; inUse: boolean } | null;
  discrimination: number | null;
  agreement: Agreement;
}

/** How often recruiters let the grader's score stand (no override, or one within 10 points). */
export interface Agreement {
  handIns: number;
  agreed: number;
  /** The last 7 days, and the 30 days before them. */
  recent: { handIns: number; agreed: number };
  before: { handIns: number; agreed: number };
}

export type FlagKind =
  | 'nearly-all-pass'
  | 'nearly-all-fail'
  | 'negative-discrimination'
  | 'level-differs'
  | 'slow'
  | 'quick'
  | 'low-agreement'
  | 'agreement-drift';

export interface TaskFlag {
  kind: FlagKind;
  message: string;
}

export const FLAG_RULES = {
  /** Pass-rate flags need this many hand-ins. */
  minAttempts: 20,
  nearlyAll: 0.95,
  nearlyNone: 0.05,
  /** Learned and authored levels this far apart (with the learned level trusted). */
  levelGap: 1,
  /** Agreement flags need this many hand-ins (in each window, for drift). */
  minAgreementHandIns: 10,
  minDriftHandIns: 5,
  agreementThreshold: 0.8,
  /** A drop in agreement this large, the last 7 days against the 30 before them. */
  driftDrop: 0.15,
} as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const minutes = (s: number) => `${Math.round(s / 60)} min`;
export const ratio = (a: { handIns: number; agreed: number }) => (a.handIns ? a.agreed / a.handIns : null);

export function taskFlags(f: TaskFigures): TaskFlag[] {
  const flags: TaskFlag[] = [];
  const r = FLAG_RULES;
  if (f.attempts >= r.minAttempts && f.passRate !== null) {
    if (f.passRate >= r.nearlyAll)
      flags.push({
        kind: 'nearly-all-pass',
        message: `${pct(f.passRate)} of ${f.attempts} hand-ins pass: it tells candidates apart little.`,
      });
    if (f.passRate <= r.nearlyNone)
      flags.push({
        kind: 'nearly-all-fail',
        message: `${pct(f.passRate)} of ${f.attempts} hand-ins pass: check the brief and the checks.`,
      });
  }
  if (f.discrimination !== null && f.discrimination < 0)
    flags.push({
      kind: 'negative-discrimination',
      message: `Stronger candidates do worse on it (discrimination ${f.discrimination.toFixed(2)}): a check or the brief may be wrong.`,
    });
  if (f.learned?.inUse && Math.abs(f.learned.level - f.authoredLevel) >= r.levelGap)
    flags.push({
      kind: 'level-differs',
      message: `Plays as level ${f.learned.level.toFixed(1)}, authored as level ${f.authoredLevel}.`,
    });
  if (f.medianTime && f.attempts >= r.minAttempts) {
    if (f.medianTime.from >= f.timeLimitSeconds)
      flags.push({
        kind: 'slow',
        message: `Most candidates take over ${minutes(f.medianTime.from)}; the task's limit is ${minutes(f.timeLimitSeconds)}.`,
      });
    else if (f.medianTime.to !== null && f.medianTime.to <= f.timeLimitSeconds / 10)
      flags.push({
        kind: 'quick',
        message: `Most candidates finish within ${minutes(f.medianTime.to)}; the task's limit is ${minutes(f.timeLimitSeconds)}.`,
      });
  }
  const overall = ratio(f.agreement);
  if (overall !== null && f.agreement.handIns >= r.minAgreementHandIns && overall < r.agreementThreshold)
    flags.push({
      kind: 'low-agreement',
      message: `Recruiters let the grader's score stand on ${pct(overall)} of ${f.agreement.handIns} hand-ins (below ${pct(r.agreementThreshold)}).`,
    });
  const [recent, before] = [ratio(f.agreement.recent), ratio(f.agreement.before)];
  if (
    recent !== null &&
    before !== null &&
    f.agreement.recent.handIns >= r.minDriftHandIns &&
    f.agreement.before.handIns >= r.minDriftHandIns &&
    before - recent >= r.driftDrop
  )
    flags.push({
      kind: 'agreement-drift',
      message: `Agreement fell to ${pct(recent)} in the last 7 days from ${pct(before)} in the 30 days before.`,
    });
  return flags;
}
