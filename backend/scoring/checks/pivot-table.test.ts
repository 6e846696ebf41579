import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import { aSheet, aSnapshot, computedSnapshot } from '../../../tests/helpers/snapshots';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';

const sales: CellValue[][] = [
  ['Date', 'Region', 'Rep', 'Amount'],
  [1, 'North', 'Avery', 100],
  [2, 'South', 'Blake', 250],
  [3, 'North', 'Blake', 50],
  [4, 'South', 'Avery', 25],
];
const task = aTask({
  sheet: 'Sales',
  rows: sales,
  checks: [
    {
      kind: 'pivot-table',
      sheet: null,
      source: 'A1:D5',
      rows: ['Region'],
      columns: [],
      filters: [],
      values: [{ field: 'Amount', summarizeBy: 'Sum' }],
    },
  ],
});
const pivot = (over: object = {}) => ({
  name: 'PivotTable1',
  source: 'Sales!$A$1:$D$5',
  location: 'Pivot!A3',
  rows: ['Region'],
  columns: [],
  filters: [],
  values: [{ name: 'Sum of Amount', field: 'Amount', summarizeBy: 'Sum' as const }],
  ...over,
});
const handIn = (...pivots: object[]) => {
  const snapshot = computedSnapshot([{ name: 'Sales', rows: sales }]);
  snapshot.sheets.push(aSheet('Pivot', [], { pivotTables: pivots.map((p) => pivot(p)) }));
  return gradeOne(task, snapshot);
};

describe('the pivot-table check', () => {
  it('passes a PivotTable whose numbers are the expected ones, on any sheet', () => {
    const result = handIn({});
    expect(result.passed).toBe(true);
    expect(result.evidence.map((e) => e.note)).toContain('all 2 numbers the PivotTable shows are right');
  });

  it('gives little to a PivotTable that counts where it should sum, and names the aggregation', () => {
    const result = handIn({ values: [{ name: 'Count of Amount', field: 'Amount', summarizeBy: 'Count' }] });
    expect(result.points).toBeLessThanOrEqual(2);
    expect(result.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ note: 'value field Amount', expected: 'Sum', got: 'Count' })]),
    );
  });

  it('gives little to a PivotTable whose source misses rows, since every total it shows is off', () => {
    const result = handIn({ source: 'Sales!$A$1:$D$4' });
    expect(result.passed).toBe(false);
    expect(result.points).toBeLessThanOrEqual(6);
    expect(result.evidence.map((e) => e.note)).toContain('1 of the 2 numbers the PivotTable shows differ from the expected ones');
  });

  it('never counts a source the host did not report as a match, and says it was not checked', () => {
    const result = handIn({ source: null });
    expect(result.evidence.map((e) => e.note)).toEqual(expect.arrayContaining(['not checked: source range: the host did not report it']));
    expect(result.passed).toBe(true);
  });

  it('reads a source of whole columns as the data they hold', () => {
    const result = handIn({ source: 'Sales!$A:$D' });
    expect(result.evidence.map((e) => e.note)).toContain('all 2 numbers the PivotTable shows are right');
    expect(result.points).toBeGreaterThan(9);
  });

  it('fails when there is no PivotTable', () => {
    expect(gradeOne(task, aSnapshot([aSheet('Sales')])).evidence[0]!.note).toBe('no PivotTable found');
  });
});
