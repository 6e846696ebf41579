import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import type { SnapshotRangeRule } from '../../../shared/snapshot';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { computedSnapshot } from '../../../tests/helpers/snapshots';

const amounts = [2919.17, 450, 1000, 1200.5, 80, 999.99, 5000, 1000.01];
const orders: CellValue[][] = [['Order', 'Amount', 'Status'], ...amounts.map((a, i) => [`PO-${i}`, a, i % 3 === 0 ? null : 'Paid'])];
const handIn = (
  rules: { conditionalFormats?: SnapshotRangeRule[]; dataValidations?: SnapshotRangeRule[] },
  rows: CellValue[][] = orders,
) => {
  const snapshot = computedSnapshot([{ name: 'Data', rows }]);
  Object.assign(snapshot.sheets[0]!, rules);
  return snapshot;
};

describe('the conditional-format check', () => {
  const task = aTask({
    rows: orders,
    checks: [
      {
        kind: 'conditional-format',
        sheet: 'Data',
        range: 'B2:B9',
        types: ['CellValue'],
        rule: { operator: 'GreaterThan', formula1: '1000' },
      },
    ],
  });
  const grade = (...conditionalFormats: SnapshotRangeRule[]) => gradeOne(task, handIn({ conditionalFormats }));

  it('passes the rule on the range, reading "=1000" as 1000', () => {
    expect(grade({ range: 'B2:B9', type: 'CellValue', rule: { operator: 'GreaterThan', formula1: '=1000' } }).passed).toBe(true);
  });

  it('passes an equivalent rule that highlights the same cells, written as a formula over the whole column', () => {
    expect(grade({ range: '$B:$B', type: 'Custom', rule: { formula: '=AND(ISNUMBER(B1),B1>1000)' } }).passed).toBe(true);
  });

  it('gives a rule on half the rows only part, saying which range it covers', () => {
    const result = grade({ range: 'B2:B5', type: 'CellValue', rule: { operator: 'GreaterThan', formula1: '=1000' } });
    expect(result.passed).toBe(false);
    expect(result.points).toBeLessThanOrEqual(7);
    expect(result.evidence[0]).toMatchObject({ note: 'conditional format range', expected: 'B2:B9', got: 'B2:B5' });
  });

  it('gives little to a formula rule whose reference never moves because of a misplaced $', () => {
    const result = grade({ range: 'B2:B9', type: 'Custom', rule: { formula: '=B$2>1000' } });
    expect(result.points).toBeLessThanOrEqual(2);
    expect(result.evidence[0]!.note).toMatch(/^highlights 8 cells where 4 are asked for; wrongly highlights/);
  });

  it("grades a hand-in with a cell on the last row of Excel's grid", () => {
    const snapshot = handIn({
      conditionalFormats: [{ range: 'B2:B9', type: 'CellValue', rule: { operator: 'GreaterThan', formula1: '=1000' } }],
    });
    snapshot.sheets[0]!.cells.push({ address: 'A1048576', value: 'last' });
    expect(gradeOne(task, snapshot).passed).toBe(true);
  });

  it('tells "greater than" from "at least" on a value that sits on the boundary', () => {
    const result = grade({ range: 'B2:B9', type: 'CellValue', rule: { operator: 'GreaterThanOrEqual', formula1: '=1000' } });
    expect(result.evidence[0]!.note).toBe('highlights 5 cells where 4 are asked for; wrongly highlights B4');
  });
});

describe('the data-validation check', () => {
  const task = aTask({
    rows: [...orders.map((r) => [...r, null]), [null, null, null, 'Open'], [null, null, null, 'In progress'], [null, null, null, 'Closed']],
    checks: [{ kind: 'data-validation', sheet: 'Data', range: 'C2:C9', type: 'List', rule: { source: 'Open,In progress,Closed' } }],
  });
  const rows = task.starter.sheets[0]!.rows;
  const grade = (...dataValidations: SnapshotRangeRule[]) => gradeOne(task, handIn({ dataValidations }, rows));

  it('passes a list validation with the same items, spaces aside', () => {
    expect(grade({ range: 'C2:C9', type: 'List', rule: { source: 'Open, In progress, Closed' } }).passed).toBe(true);
  });

  it('passes the same list taken from a range of cells', () => {
    expect(grade({ range: 'C2:C9', type: 'List', rule: { source: '=$D$10:$D$12' } }).passed).toBe(true);
  });

  it('gives little to a validation on a few of the cells', () => {
    expect(grade({ range: 'C2:C3', type: 'List', rule: { source: 'Open,In progress,Closed' } }).points).toBeLessThanOrEqual(4);
  });

  it('gives little to a list that allows other values', () => {
    const result = grade({ range: 'C2:C9', type: 'List', rule: { source: 'Open,Closed' } });
    expect(result.points).toBeLessThanOrEqual(2);
    expect(result.evidence[0]).toMatchObject({
      note: 'the values the list allows',
      expected: 'Open, In progress, Closed',
      got: 'Open, Closed',
    });
  });

  it('fails when there is no validation', () => {
    expect(grade().points).toBe(0);
  });
});
