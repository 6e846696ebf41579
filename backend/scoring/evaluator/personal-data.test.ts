import { describe, expect, it } from 'vitest';
import type { TaskSpec } from '../../../shared/task';
import { BUILT_IN_TASKS } from '../../tasks/library';
import { pastedValuesSnapshot, solvedSnapshot } from '../../../tests/helpers/snapshots';
import { scoreWorkbook } from '../score-workbook';
import { referenceResults } from './reference';
import { personalise } from './personal-data';

const personal = BUILT_IN_TASKS.filter((t) => t.answer.kind === 'range' && t.private.hiddenData);
const SEEDS = [1, 20_261_205, 987_654_321];
const errors = (task: TaskSpec) => referenceResults(task)!.starter.filter((v) => typeof v === 'string' && v.startsWith('#')).length;

describe("each candidate's own data", () => {
  it('covers every library task answered in cells', () => {
    expect(personal.length).toBeGreaterThanOrEqual(17);
  });

  it.each(personal.map((t) => [t.id, t] as const))('gives two candidates different data for %s', (_id, task) => {
    const [a, b] = [personalise(task, SEEDS[0]!), personalise(task, SEEDS[1]!)];
    expect(a.starter).not.toEqual(b.starter);
    expect(a.starter).not.toEqual(task.starter);
    // Same layout: the same sheets with as many rows.
    expect(a.starter.sheets.map((s) => [s.name, s.rows.length])).toEqual(task.starter.sheets.map((s) => [s.name, s.rows.length]));
  });

  it.each(personal.map((t) => [t.id, t] as const))(
    'lets the reference score 100%% on every candidate’s data, with no more errors than the shared data, for %s',
    (_id, task) => {
      for (const seed of SEEDS) {
        const mine = personalise(task, seed);
        const result = scoreWorkbook(solvedSnapshot(mine), mine);
        expect({ seed, score: result.score, failed: result.checks.filter((c) => !c.passed).map((c) => c.id) }).toEqual({
          seed,
          score: 1,
          failed: [],
        });
        expect(errors(mine)).toBeLessThanOrEqual(errors(task));
      }
    },
  );

  it.each(personal.map((t) => [t.id, t] as const))(
    'fails another candidate’s answers, typed in or in their workbook, for %s',
    (_id, task) => {
      const [theirs, mine] = [personalise(task, SEEDS[0]!), personalise(task, SEEDS[1]!)];
      const valuesOf = (result: ReturnType<typeof scoreWorkbook>) => result.checks.find((c) => c.kind === 'values')!.passed;
      // Their answers are right for their data, and wrong for mine.
      expect(valuesOf(scoreWorkbook(pastedValuesSnapshot(theirs), theirs))).toBe(true);
      expect(valuesOf(scoreWorkbook(pastedValuesSnapshot(theirs), mine))).toBe(false);
      const copied = scoreWorkbook(solvedSnapshot(theirs), mine);
      expect(valuesOf(copied)).toBe(false);
    },
  );

  it('keeps the values of a column the brief names, so the brief still speaks of the candidate’s data', () => {
    const task = BUILT_IN_TASKS.find((t) => t.id === 'price-lookup-vlookup')!;
    const named = { ...task, instructions: `${task.instructions} The 27" monitor costs 229.99.` };
    const prices = (t: TaskSpec) =>
      t.starter.sheets
        .find((s) => s.name === 'Prices')!
        .rows.slice(1)
        .map((r) => Number(r[1]))
        .sort((a, b) => a - b);
    expect(prices(personalise(named, 3))).toEqual(prices(task));
    expect(prices(personalise(task, 3))).not.toEqual(prices(task));
  });

  it('is the same for the same seed, and leaves tasks answered by an object as they are', () => {
    const task = personal[0]!;
    expect(personalise(task, 5)).toEqual(personalise(task, 5));
    for (const t of BUILT_IN_TASKS.filter((x) => x.answer.kind === 'object')) expect(personalise(t, 5)).toBe(t);
  });
});
