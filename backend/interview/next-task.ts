import type { Skill } from '../../shared/task';
import { estimateAbility } from '../calibration/ability';
import { DEFAULT_LEVEL_SCALE, toLevel, toLogit, type LevelScale } from '../calibration/level-scale';

export interface PoolTask {
  id: string;
  skill: Skill;
  /** The authored level. */
  difficulty: 1 | 2 | 3;
  /**
   * The difficulty learned from results, on the authored levels' scale, once the task has enough hand-ins
   * for the adaptive order to trust it (absent before).
   */
  learned?: { level: number; handIns: number } | null;
}
export interface HandedIn {
  taskId: string;
  score: number;
}

export interface TaskPlan {
  pool: PoolTask[];
  /** Tasks already handed in, in order, with their scores. */
  history: HandedIn[];
  /** The assessment's starting level. */
  level: number;
  /** How many tasks the interview has. */
  length: number;
  adaptive: boolean;
  /** How the learned logit scale reads in levels (from the latest calibration). */
  scale?: LevelScale;
}

export type NextTask = { done: false; taskId: string; reason: string } | { done: true; reason: string };

/** A score this high moves the next task up a level; this low moves it down. */
const UP = 0.8;
const DOWN = 0.4;

/** Where a task sits for the adaptive order: its learned level when trusted, else its authored one. */
const levelOf = (t: PoolTask) => t.learned?.level ?? t.difficulty;
const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/**
 * A candidate's ability so far, on the levels' scale, from their hand-ins on tasks at the level each sits:
 * the Rasch estimate with the assessment's level as the prior's centre. The range is the 80% interval.
 */
export function abilityLevel(
  pool: readonly PoolTask[],
  history: readonly HandedIn[],
  startLevel: number,
  scale: LevelScale = DEFAULT_LEVEL_SCALE,
): { level: number; low: number; high: number; handIns: number } {
  const byId = new Map(pool.map((t) => [t.id, t]));
  const attempts = history.flatMap((h) => {
    const t = byId.get(h.taskId);
    return t ? [{ difficulty: toLogit(scale, levelOf(t)), score: h.score }] : [];
  });
  const { ability, standardError } = estimateAbility(attempts, { mean: toLogit(scale, startLevel), standardDeviation: 1 });
  const z = 1.2816;
  return {
    level: toLevel(scale, ability),
    low: toLevel(scale, ability - z * standardError),
    high: toLevel(scale, ability + z * standardError),
    handIns: attempts.length,
  };
}

/** "level 2.4, likely between 2.0 and 2.8": an ability with its uncertainty, for people. */
export const abilityInWords = (a: { level: number; low: number; high: number }) =>
  `level ${oneDecimal(a.level)}, likely between ${oneDecimal(a.low)} and ${oneDecimal(a.high)}`;

/**
 * Picks the next task, and says why, so a recruiter can see how the interview unfolded. In order when not
 * adaptive. Adaptive: start at the assessment's level; never repeat a task; keep enough of the remaining
 * places for the skills not yet covered. While no task of the pool has a trusted learned difficulty, move
 * up or down a level by the last score; once some have, aim at the candidate's ability estimate (the most
 * informative task under the Rasch model is the one whose difficulty is nearest it), placing each task by
 * its learned level where trusted and its authored level otherwise. The reason names which it used.
 */
export function chooseNextTask(plan: TaskPlan): NextTask {
  const asked = new Set(plan.history.map((h) => h.taskId));
  const length = Math.min(plan.length, plan.pool.length);
  if (plan.history.length >= length) return { done: true, reason: `All ${length} tasks handed in.` };
  const left = plan.pool.filter((t) => !asked.has(t.id));
  if (!plan.adaptive) {
    const next = left[0]!;
    return { done: false, taskId: next.id, reason: `Task ${plan.history.length + 1} of ${length}, in the assessment's order.` };
  }

  const byId = new Map(plan.pool.map((t) => [t.id, t]));
  const learning = plan.pool.some((t) => t.learned);
  const { target, why } = learning ? aimAtAbility(plan) : stepByLastScore(plan, byId);

  const covered = new Set(plan.history.map((h) => byId.get(h.taskId)?.skill));
  const uncovered = [...new Set(plan.pool.map((t) => t.skill))].filter((s) => !covered.has(s));
  const placesLeft = length - plan.history.length;
  // When every remaining place is needed for an uncovered skill, only those skills may be chosen.
  const mustCover = uncovered.length >= placesLeft;
  const candidates = mustCover ? left.filter((t) => uncovered.includes(t.skill)) : left;
  const pool = candidates.length ? candidates : left;
  const best = [...pool].sort(
    (a, b) =>
      Math.abs(levelOf(a) - target) - Math.abs(levelOf(b) - target) ||
      Number(covered.has(a.skill)) - Number(covered.has(b.skill)) ||
      plan.pool.indexOf(a) - plan.pool.indexOf(b),
  )[0]!;
  const skillNote = covered.has(best.skill) ? '' : `; covers ${best.skill.replace(/-/g, ' ')}, not yet asked`;
  if (learning) {
    const placed = best.learned
      ? `level ${oneDecimal(best.learned.level)} by its learned difficulty (${best.learned.handIns} hand-ins)`
      : `level ${best.difficulty} as authored (too few hand-ins to learn its difficulty)`;
    return { done: false, taskId: best.id, reason: `${why}; the nearest unused task is ${placed}${skillNote}.` };
  }
  const levelNote = best.difficulty === target ? '' : ` (no unused level-${target} task fits, so level ${best.difficulty})`;
  return { done: false, taskId: best.id, reason: `${why}${levelNote}${skillNote}; levels as authored.` };
}

function aimAtAbility(plan: TaskPlan): { target: number; why: string } {
  const start = Math.min(3, Math.max(1, plan.level));
  if (plan.history.length === 0) return { target: start, why: `Starting at the assessment's level ${start}` };
  const ability = abilityLevel(plan.pool, plan.history, start, plan.scale);
  const n = ability.handIns;
  return {
    target: ability.level,
    why: `Ability so far ${abilityInWords(ability)}, from ${n} hand-in${n === 1 ? '' : 's'}`,
  };
}

function stepByLastScore(plan: TaskPlan, byId: Map<string, PoolTask>): { target: number; why: string } {
  const last = plan.history.at(-1);
  const lastTask = last ? byId.get(last.taskId) : undefined;
  const start = Math.min(3, Math.max(1, plan.level));
  if (!last || !lastTask) return { target: start, why: `Starting at the assessment's level ${start}` };
  const pct = Math.round(last.score * 100);
  const from = lastTask.difficulty;
  if (last.score >= UP) {
    const up = Math.min(3, from + 1);
    return { target: up, why: `Scored ${pct}% on a level-${from} task, so moving up to level ${up}` };
  }
  if (last.score <= DOWN) {
    const down = Math.max(1, from - 1);
    return { target: down, why: `Scored ${pct}% on a level-${from} task, so moving down to level ${down}` };
  }
  return { target: from, why: `Scored ${pct}% on a level-${from} task, so staying at that level` };
}
