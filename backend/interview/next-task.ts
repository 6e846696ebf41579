import type { Skill } from '../../shared/task';

export interface PoolTask {
  id: string;
  skill: Skill;
  difficulty: 1 | 2 | 3;
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
}

export type NextTask = { done: false; taskId: string; reason: string } | { done: true; reason: string };

/** A score this high moves the next task up a level; this low moves it down. */
const UP = 0.8;
const DOWN = 0.4;

/**
 * Picks the next task, and says why, so a recruiter can see how the interview unfolded. In order when not
 * adaptive. Adaptive: start at the assessment's level; after each hand-in move up or down a level by the
 * score; never repeat a task; and keep enough of the remaining places for the skills not yet covered.
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
  const last = plan.history.at(-1);
  const lastTask = last ? byId.get(last.taskId) : undefined;
  let target = Math.min(3, Math.max(1, plan.level));
  let why = `Starting at the assessment's level ${target}`;
  if (last && lastTask) {
    const pct = Math.round(last.score * 100);
    if (last.score >= UP)
      [target, why] = [
        Math.min(3, lastTask.difficulty + 1),
        `Scored ${pct}% on a level-${lastTask.difficulty} task, so moving up to level ${Math.min(3, lastTask.difficulty + 1)}`,
      ];
    else if (last.score <= DOWN)
      [target, why] = [
        Math.max(1, lastTask.difficulty - 1),
        `Scored ${pct}% on a level-${lastTask.difficulty} task, so moving down to level ${Math.max(1, lastTask.difficulty - 1)}`,
      ];
    else [target, why] = [lastTask.difficulty, `Scored ${pct}% on a level-${lastTask.difficulty} task, so staying at that level`];
  }

  const covered = new Set(plan.history.map((h) => byId.get(h.taskId)?.skill));
  const uncovered = [...new Set(plan.pool.map((t) => t.skill))].filter((s) => !covered.has(s));
  const placesLeft = length - plan.history.length;
  // When every remaining place is needed for an uncovered skill, only those skills may be chosen.
  const mustCover = uncovered.length >= placesLeft;
  const candidates = mustCover ? left.filter((t) => uncovered.includes(t.skill)) : left;
  const pool = candidates.length ? candidates : left;
  const best = [...pool].sort(
    (a, b) =>
      Math.abs(a.difficulty - target) - Math.abs(b.difficulty - target) ||
      Number(covered.has(a.skill)) - Number(covered.has(b.skill)) ||
      plan.pool.indexOf(a) - plan.pool.indexOf(b),
  )[0]!;
  const skillNote = covered.has(best.skill) ? '' : `; covers ${best.skill.replace(/-/g, ' ')}, not yet asked`;
  const levelNote = best.difficulty === target ? '' : ` (no unused level-${target} task fits, so level ${best.difficulty})`;
  return { done: false, taskId: best.id, reason: `${why}${levelNote}${skillNote}.` };
}
