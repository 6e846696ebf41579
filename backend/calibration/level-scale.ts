/**
 * The learned logit scale expressed in the authored levels (1 to 3), so a learned difficulty and a
 * candidate's ability read as "level 2.4" and tasks not yet calibrated sit on the same scale by their
 * authored level. Linked by the mean-sigma method of IRT linking: the calibrated tasks' learned difficulties
 * are given the mean and spread of their authored levels. With fewer than three calibrated tasks, or no
 * spread on either side, the spread cannot be matched: one logit is one level, and the calibrated tasks keep
 * the mean of their authored levels (mean-mean linking), so a pool of level-1 tasks is not read as level 2.
 * With none calibrated, one logit is one level around level 2.
 */
export interface LevelScale {
  /** The level of a logit of 0. */
  mean: number;
  /** Levels per logit. */
  scale: number;
}

export const DEFAULT_LEVEL_SCALE: LevelScale = { mean: 2, scale: 1 };

const meanOf = (xs: readonly number[]) => xs.reduce((a, v) => a + v, 0) / xs.length;
const spreadOf = (xs: readonly number[]) => {
  const m = meanOf(xs);
  return Math.sqrt(xs.reduce((a, v) => a + (v - m) ** 2, 0) / xs.length);
};

export function linkToLevels(tasks: readonly { difficulty: number; level: number }[]): LevelScale {
  if (tasks.length === 0) return DEFAULT_LEVEL_SCALE;
  const logits = tasks.map((t) => t.difficulty);
  const levels = tasks.map((t) => t.level);
  const [logitSpread, levelSpread] = [spreadOf(logits), spreadOf(levels)];
  const scale = tasks.length < 3 || logitSpread < 1e-6 || levelSpread < 1e-6 ? 1 : levelSpread / logitSpread;
  return { mean: meanOf(levels) - scale * meanOf(logits), scale };
}

export const toLevel = (s: LevelScale, logit: number) => s.mean + s.scale * logit;
export const toLogit = (s: LevelScale, level: number) => (level - s.mean) / s.scale;
