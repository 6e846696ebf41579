import { describe, expect, it } from 'vitest';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { aSheet, aSnapshot } from '../../../tests/helpers/snapshots';

const check = { kind: 'pivot-table', sheet: null, source: 'A1:D25', rows: ['Region'], columns: [], filters: [], values: [{ field: 'Amount', summarizeBy: 'Sum' }] };
const pivot = (over: object = {}) => ({ name: 'PivotTable1', source: 'Sales!$A$1:$D$25', location: 'Pivot!A3', rows: ['Region'], columns: [], filters: [], values: [{ name: 'Sum of Amount', field: 'Amount', summarizeBy: 'Sum' as const }], ...over });

describe('the pivot-table check', () => {
  it('passes a PivotTable with the expected fields on any sheet', () => {
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data'), aSheet('Pivot', [], { pivotTables: [pivot()] })])).passed).toBe(true);
  });

  it('gives partial credit and names the wrong aggregation', () => {
    const result = gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Pivot', [], { pivotTables: [pivot({ values: [{ name: 'Count of Amount', field: 'Amount', summarizeBy: 'Count' }] })] })]));
    expect(result).toMatchObject({ passed: false, points: 7.5 });
    expect(result.evidence).toEqual([expect.objectContaining({ note: 'value field Amount', expected: 'Sum', got: 'Count' })]);
  });

  it('fails when there is no PivotTable', () => {
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data')])).evidence[0]!.note).toBe('no PivotTable found');
  });
});
