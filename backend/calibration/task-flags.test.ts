import { describe, expect, it } from 'vitest';
import { taskFlags, type TaskFigures } from './task-flags';

/** A task that behaves: half pass, in about half its time, positive discrimination, recruiters agree. */
const figures = (over: Partial<TaskFigures> = {}): TaskFigures => ({
  authoredLevel: 2,
  timeLimitSeconds: 900,
  attempts: 100,
  passRate: 0.5,
  medianTime: { from: 360, to: 480 },
  learned: { level: 2.2, inUse: true },
  discrimination: 0.4,
  agreement: { handIns: 100, agreed: 95, recent: { handIns: 20, agreed: 19 }, before: { handIns: 60, agreed: 57 } },
  ...over,
});
const kinds = (f: TaskFigures) => taskFlags(f).map((x) => x.kind);

describe('task flags', () => {
  it('raise nothing for a task that behaves', () => {
    expect(taskFlags(figures())).toEqual([]);
  });

  it('flag a task nearly everyone passes, or nearly everyone fails, once it has 20 hand-ins', () => {
    expect(kinds(figures({ passRate: 0.97 }))).toEqual(['nearly-all-pass']);
    expect(kinds(figures({ passRate: 0.02 }))).toEqual(['nearly-all-fail']);
    expect(kinds(figures({ passRate: 0.02, attempts: 12 }))).toEqual([]);
  });

  it('flag negative discrimination', () => {
    expect(taskFlags(figures({ discrimination: -0.2 }))).toEqual([
      { kind: 'negative-discrimination', message: expect.stringContaining('Stronger candidates do worse on it (discrimination -0.20)') },
    ]);
  });

  it('flag a learned level a whole level from the authored one, only when trusted', () => {
    expect(taskFlags(figures({ learned: { level: 3.1, inUse: true } }))).toEqual([
      { kind: 'level-differs', message: 'Plays as level 3.1, authored as level 2.' },
    ]);
    expect(kinds(figures({ learned: { level: 3.1, inUse: false } }))).toEqual([]);
  });

  it('flag unusual time against the task’s limit', () => {
    expect(kinds(figures({ medianTime: { from: 900, to: 1200 } }))).toEqual(['slow']);
    expect(kinds(figures({ medianTime: { from: 30, to: 60 } }))).toEqual(['quick']);
  });

  it('flag agreement below 80% and a drop of 15 points against the 30 days before', () => {
    expect(
      kinds(figures({ agreement: { handIns: 50, agreed: 35, recent: { handIns: 0, agreed: 0 }, before: { handIns: 0, agreed: 0 } } })),
    ).toEqual(['low-agreement']);
    const drift = { handIns: 80, agreed: 72, recent: { handIns: 10, agreed: 7 }, before: { handIns: 60, agreed: 58 } };
    expect(taskFlags(figures({ agreement: drift }))).toEqual([
      { kind: 'agreement-drift', message: 'Agreement fell to 70% in the last 7 days from 97% in the 30 days before.' },
    ]);
    expect(kinds(figures({ agreement: { ...drift, recent: { handIns: 3, agreed: 1 } } }))).toEqual([]);
  });
});
