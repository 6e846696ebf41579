import { describe, expect, it } from 'vitest';
import { abilityInWords, abilityLevel, chooseNextTask, type PoolTask } from './next-task';

const pool: PoolTask[] = [
  { id: 'lookup-1', skill: 'lookups', difficulty: 1 },
  { id: 'lookup-2', skill: 'lookups', difficulty: 2 },
  { id: 'lookup-3', skill: 'lookups', difficulty: 3 },
  { id: 'sums-1', skill: 'conditional-aggregation', difficulty: 1 },
  { id: 'sums-2', skill: 'conditional-aggregation', difficulty: 2 },
  { id: 'dates-2', skill: 'dates', difficulty: 2 },
];
const plan = (history: { taskId: string; score: number }[], over = {}) => ({ pool, history, level: 2, length: 4, adaptive: true, ...over });

describe('choosing the next task', () => {
  it("starts at the assessment's level", () => {
    expect(chooseNextTask(plan([]))).toEqual({
      done: false,
      taskId: 'lookup-2',
      reason: "Starting at the assessment's level 2; covers lookups, not yet asked; levels as authored.",
    });
  });

  it('moves up after a high score and down after a low one, and says so', () => {
    expect(chooseNextTask(plan([{ taskId: 'lookup-2', score: 1 }]))).toMatchObject({
      taskId: 'lookup-3',
      reason: expect.stringContaining('Scored 100% on a level-2 task, so moving up to level 3'),
    });
    expect(chooseNextTask(plan([{ taskId: 'lookup-2', score: 0.2 }]))).toMatchObject({
      taskId: 'sums-1',
      reason: expect.stringContaining('moving down to level 1'),
    });
  });

  it('never repeats a task', () => {
    const history = [
      { taskId: 'lookup-2', score: 0.6 },
      { taskId: 'sums-2', score: 0.6 },
      { taskId: 'dates-2', score: 0.6 },
    ];
    const next = chooseNextTask(plan(history));
    expect(next.done).toBe(false);
    expect(history.map((h) => h.taskId)).not.toContain(next.done ? null : next.taskId);
  });

  it('saves the last places for skills not yet covered', () => {
    const history = [
      { taskId: 'lookup-2', score: 1 },
      { taskId: 'lookup-3', score: 1 },
    ];
    const next = chooseNextTask(plan(history));
    expect(next).toMatchObject({ taskId: 'sums-2' });
    const last = chooseNextTask(plan([...history, { taskId: 'sums-2', score: 1 }]));
    expect(last).toMatchObject({ taskId: 'dates-2' });
  });

  it('stops at the configured length', () => {
    expect(chooseNextTask(plan([{ taskId: 'lookup-2', score: 1 }], { length: 1 }))).toEqual({
      done: true,
      reason: 'All 1 tasks handed in.',
    });
  });

  it("follows the assessment's order when not adaptive", () => {
    expect(chooseNextTask(plan([{ taskId: 'lookup-1', score: 0 }], { adaptive: false }))).toMatchObject({
      taskId: 'lookup-2',
      reason: "Task 2 of 4, in the assessment's order.",
    });
  });

  it('says the levels it used were authored while no task has learned its difficulty', () => {
    expect(chooseNextTask(plan([{ taskId: 'lookup-2', score: 1 }]))).toMatchObject({
      reason: expect.stringContaining('levels as authored'),
    });
  });
});

describe('choosing the next task once difficulties are learned', () => {
  /** lookup-1 turned out harder than authored (level 2.6 from 120 hand-ins); sums-2 easier (1.2). */
  const learnedPool: PoolTask[] = pool.map((t) =>
    t.id === 'lookup-1'
      ? { ...t, learned: { level: 2.6, handIns: 120 } }
      : t.id === 'sums-2'
        ? { ...t, learned: { level: 1.2, handIns: 80 } }
        : t,
  );
  const learnedPlan = (history: { taskId: string; score: number }[]) => ({ ...plan(history), pool: learnedPool, length: 5 });

  it('places a task by its learned difficulty and says so', () => {
    // A weak start pulls the ability below level 2: the nearest task is sums-2, learned at level 1.2, not an authored level 1.
    const next = chooseNextTask(learnedPlan([{ taskId: 'lookup-2', score: 0 }]));
    expect(next).toMatchObject({ taskId: 'sums-2', reason: expect.stringContaining('level 1.2 by its learned difficulty (80 hand-ins)') });
  });

  it('aims at the candidate’s ability estimate and names it', () => {
    const next = chooseNextTask(learnedPlan([{ taskId: 'lookup-2', score: 0.95 }]));
    expect(next.done).toBe(false);
    expect(next.reason).toMatch(/^Ability so far level 2\.\d, likely between \d\.\d and \d\.\d, from 1 hand-in;/);
    // lookup-1 was authored level 1 but learned at 2.6: nearest to a candidate around 2.4.
    expect(next).toMatchObject({
      taskId: 'lookup-1',
      reason: expect.stringContaining('level 2.6 by its learned difficulty (120 hand-ins)'),
    });
  });

  it('places a task without enough hand-ins by its authored level and says so', () => {
    const next = chooseNextTask(
      learnedPlan([
        { taskId: 'lookup-2', score: 1 },
        { taskId: 'lookup-1', score: 1 },
      ]),
    );
    expect(next).toMatchObject({ taskId: 'lookup-3', reason: expect.stringContaining('level 3 as authored (too few hand-ins') });
  });

  it('moves the ability estimate up with good scores and down with poor ones', () => {
    const good = abilityLevel(
      learnedPool,
      [
        { taskId: 'lookup-2', score: 0.9 },
        { taskId: 'sums-2', score: 1 },
      ],
      2,
    );
    const poor = abilityLevel(
      learnedPool,
      [
        { taskId: 'lookup-2', score: 0.1 },
        { taskId: 'sums-2', score: 0.2 },
      ],
      2,
    );
    expect(good.level).toBeGreaterThan(2);
    expect(poor.level).toBeLessThan(2);
    expect(good.low).toBeLessThan(good.level);
    expect(good.high).toBeGreaterThan(good.level);
  });

  it('puts an ability in words with its likely range', () => {
    expect(abilityInWords({ level: 2.44, low: 2.01, high: 2.79 })).toBe('level 2.4, likely between 2.0 and 2.8');
  });
});
