import { describe, expect, it } from 'vitest';
import { chooseNextTask, type PoolTask } from './next-task';

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
      reason: "Starting at the assessment's level 2; covers lookups, not yet asked.",
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
});
