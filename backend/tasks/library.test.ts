import { describe, expect, it } from 'vitest';
import { unmovedReads, unmovingVariants } from '../authoring/self-test';
import { scoreWorkbook } from '../scoring/score-workbook';
import { BUILT_IN_TASKS } from './library';
import { objectSolutionSnapshot } from '../../tests/helpers/object-solutions';
import { pastedValuesSnapshot, solvedSnapshot, starterSnapshot } from '../../tests/helpers/snapshots';

const formulaTasks = BUILT_IN_TASKS.filter((t) => t.private.solution.formulas.length > 0);
const objectTasks = BUILT_IN_TASKS.filter((t) => t.private.solution.formulas.length === 0);

describe('the built-in library', () => {
  it('has at least 18 tasks, with unique ids', () => {
    expect(BUILT_IN_TASKS.length).toBeGreaterThanOrEqual(18);
    expect(new Set(BUILT_IN_TASKS.map((t) => t.id)).size).toBe(BUILT_IN_TASKS.length);
  });

  it('covers every skill', () => {
    expect(new Set(BUILT_IN_TASKS.map((t) => t.skill))).toEqual(
      new Set([
        'lookups',
        'conditional-aggregation',
        'logic',
        'text',
        'dates',
        'references',
        'pivot-tables',
        'charts',
        'conditional-formatting',
        'data-cleaning',
        'tables',
        'data-validation',
      ]),
    );
  });
});

describe.each(formulaTasks.map((task) => ({ id: task.id, task })))('formula task $id', ({ task }) => {
  it('gives the reference solution full marks', () => {
    const result = scoreWorkbook(solvedSnapshot(task), task);
    expect(result.checks.filter((c) => !c.passed).map((c) => [c.id, c.evidence[0]?.note])).toEqual([]);
    expect(result.score).toBe(1);
  });

  it('gives the untouched starter workbook nothing', () => {
    expect(scoreWorkbook(starterSnapshot(task), task).score).toBe(0);
  });

  it('has hidden variants that change every range the reference reads, so a constant typed for any of them fails', () => {
    expect(unmovedReads(task)).toEqual([]);
  });

  it("has hidden variants that each move the reference answer away from the visible data's", () => {
    expect(unmovingVariants(task)).toEqual([]);
  });

  it('gives the reference values typed in at most 20%', () => {
    expect(scoreWorkbook(pastedValuesSnapshot(task), task).score).toBeLessThanOrEqual(0.2);
  });

  it('fails the reference values pasted in as constants on every hidden variant', () => {
    const hidden = scoreWorkbook(pastedValuesSnapshot(task), task).checks.find((c) => c.kind === 'hidden-data')!;
    expect(hidden).toMatchObject({ evaluated: true, passed: false, points: 0 });
  });
});

describe.each(objectTasks.map((task) => ({ id: task.id, task })))('object task $id', ({ task }) => {
  it('gives the reference structure full marks', () => {
    const result = scoreWorkbook(objectSolutionSnapshot(task), task);
    expect(result.checks.filter((c) => !c.passed).map((c) => [c.id, c.evidence])).toEqual([]);
    expect(result.score).toBe(1);
  });

  it('gives the untouched starter workbook nothing', () => {
    expect(scoreWorkbook(starterSnapshot(task), task).score).toBe(0);
  });
});
