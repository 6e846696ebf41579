import { itemRestCorrelations } from './discrimination';
import { linkToLevels, toLevel, type LevelScale } from './level-scale';
import { fitRasch } from './rasch';

/** Hand-ins a task needs, unless configured otherwise, before its learned difficulty is trusted. */
export const DEFAULT_MIN_HAND_INS = 50;

/** A scored hand-in as calibration reads it: whose, which task, its final score, the task's authored level. */
export interface CalibrationInput {
  person: string;
  item: string;
  score: number;
  level: number;
}

export interface TaskCalibration {
  task: string;
  authoredLevel: number;
  /** Logits, centred on 0 over the fitted tasks. */
  difficulty: number;
  standardError: number;
  /** The learned difficulty on the authored levels' scale. */
  level: number;
  discrimination: number | null;
  handIns: number;
  meanScore: number;
  /** Enough hand-ins for the adaptive order to trust the learned difficulty over the authored level. */
  inUse: boolean;
}

export interface Calibration {
  scale: LevelScale;
  tasks: TaskCalibration[];
  interviews: number;
  handIns: number;
  converged: boolean;
}

/**
 * Learns every task's difficulty from scored hand-ins (the Rasch fit), how well it discriminates, and links
 * the learned scale to the authored levels using only the tasks with at least `minHandIns` hand-ins, the
 * ones whose estimates are trusted.
 */
export function calibrate(rows: readonly CalibrationInput[], minHandIns: number): Calibration {
  const fit = fitRasch(rows);
  const levels = new Map(rows.map((r) => [r.item, r.level]));
  const discrimination = itemRestCorrelations(rows);
  const trusted = fit.items.filter((i) => i.responses >= minHandIns);
  const scale = linkToLevels(trusted.map((i) => ({ difficulty: i.difficulty, level: levels.get(i.item)! })));
  return {
    scale,
    tasks: fit.items.map((i) => ({
      task: i.item,
      authoredLevel: levels.get(i.item)!,
      difficulty: i.difficulty,
      standardError: i.standardError,
      level: toLevel(scale, i.difficulty),
      discrimination: discrimination.get(i.item) ?? null,
      handIns: i.responses,
      meanScore: i.meanScore,
      inUse: i.responses >= minHandIns,
    })),
    interviews: fit.persons.length,
    handIns: rows.length,
    converged: fit.converged,
  };
}
