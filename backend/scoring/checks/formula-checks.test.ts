import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { computedSnapshot } from '../../../tests/helpers/snapshots';

const data: CellValue[][] = [
  ['Qty', 'Price', 'Total'],
  [2, 24.5, null],
  [3, 10, null],
  [5, 8.25, null],
];
const withTotals = (...totals: CellValue[]) =>
  computedSnapshot([{ name: 'Data', rows: data.map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, totals[i - 1] ?? null])) }]);

describe('the functions check', () => {
  const task = aTask({
    rows: data,
    checks: [{ kind: 'functions', sheet: 'Data', range: 'C2:C4', anyOf: ['PRODUCT'], forbidden: ['INDIRECT'] }],
  });

  it('passes formulas that call a required function', () => {
    expect(gradeOne(task, withTotals('=PRODUCT(A2:B2)', '=PRODUCT(A3:B3)', '=PRODUCT(A4:B4)')).passed).toBe(true);
  });

  it('names the cell whose formula uses none of them', () => {
    expect(gradeOne(task, withTotals('=PRODUCT(A2:B2)', '=A3*B3', '=PRODUCT(A4:B4)')).evidence[0]).toMatchObject({
      cell: 'C3',
      note: 'uses none of PRODUCT',
    });
  });
});

describe('the no-hard-coding check', () => {
  const task = aTask({ rows: data, checks: [{ kind: 'no-hard-coding', sheet: 'Data', range: 'C2:C4' }] });

  it('passes formulas computed from the data', () => {
    expect(gradeOne(task, withTotals('=A2*B2', '=A3*B3', '=A4*B4')).passed).toBe(true);
  });

  it('catches a typed value, a constant formula and a number copied from the data', () => {
    const notes = gradeOne(task, withTotals(49, '=30', '=A4*8.25')).evidence.map((e) => e.note);
    expect(notes).toEqual([
      'the value is typed in',
      'the formula refers to no cell: a constant in disguise',
      'the formula types in 8.25 from the data instead of referring to it',
    ]);
  });
});

describe('the no-hard-coding check on numbers worked out by hand', () => {
  const checks = [{ kind: 'no-hard-coding', sheet: 'Data', range: 'C2:C4' }];

  it('catches a literal that is a total, an average or a count of a data column', () => {
    const task = aTask({ rows: data, checks });
    const notes = gradeOne(task, withTotals('=B2/42.75', '=B3/14.25', '=A4/3*10')).evidence.map((e) => e.note);
    expect(notes).toEqual([
      'the formula types in 42.75, the sum of Data!B2:B4, instead of computing it',
      'the formula types in 14.25, the average of Data!B2:B4, instead of computing it',
    ]);
  });

  it('catches a hand-worked average typed with fewer decimals', () => {
    const rows: CellValue[][] = [
      ['Amount', 'Share'],
      [10, null],
      [20, null],
      [3.5, null],
    ];
    const task = aTask({ rows, checks: [{ kind: 'no-hard-coding', sheet: 'Data', range: 'B2:B4' }] });
    const snapshot = computedSnapshot([{ name: 'Data', rows: rows.map((r, i) => (i === 0 ? r : [r[0]!, `=A${i + 1}-11.17`])) }]);
    expect(gradeOne(task, snapshot).evidence[0]!.note).toBe(
      'the formula types in 11.17, the average of Data!A2:A4, instead of computing it',
    );
  });

  it('allows a number the instructions give, even when the data holds it too', () => {
    const task = aTask({
      rows: data,
      checks,
      instructions: 'Mark prices of 24.5 or more as "high"; the threshold is 8.25 for bulk orders of 1,000.',
    });
    expect(
      gradeOne(task, withTotals('=IF(B2>=24.5,"high","low")', '=IF(B3>=24.5,"high","low")', '=IF(A4*B4>=1000,"high","low")')).passed,
    ).toBe(true);
  });
});

describe('the fill-down check', () => {
  const task = aTask({ rows: data, checks: [{ kind: 'fill-down', sheet: 'Data', range: 'C2:C4' }] });

  it('passes one formula filled down', () => {
    expect(gradeOne(task, withTotals('=A2*B2', '=A3*B3', '=A4*B4')).passed).toBe(true);
  });

  it('names the cell that breaks the pattern', () => {
    const result = gradeOne(task, withTotals('=A2*B2', '=A3*B3', '=A4*B2'));
    expect(result.evidence[0]).toMatchObject({ cell: 'C4', formula: '=A4*B2' });
    expect(result.points).toBeCloseTo(6.6667, 3);
  });
});

describe('the fill-down check on ranges', () => {
  const rows: CellValue[][] = [
    ['Item', 'Price', 'Found'],
    ['a', 1, null],
    ['b', 2, null],
    ['c', 3, null],
  ];
  const task = aTask({ rows, checks: [{ kind: 'fill-down', sheet: 'Data', range: 'C2:C4' }] });
  const filled = (formula: (r: number) => string) =>
    computedSnapshot([{ name: 'Data', rows: rows.map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, formula(i + 1)])) }]);

  it('fails a lookup range that slides down with the formula, and says how to anchor it', () => {
    const result = gradeOne(
      task,
      filled((r) => `=VLOOKUP(A${r},A${r}:B${r + 2},2,FALSE)`),
    );
    expect(result).toMatchObject({ passed: false, points: 0 });
    expect(result.evidence[0]!.note).toBe('the range A2:B4 slides as the formula is filled down: anchor it with $');
  });

  it('accepts a running total whose range starts anchored', () => {
    expect(
      gradeOne(
        task,
        filled((r) => `=SUM($B$2:B${r})`),
      ).passed,
    ).toBe(true);
  });
});
