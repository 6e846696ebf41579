import { describe, expect, it } from 'vitest';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { aSheet, aSnapshot } from '../../../tests/helpers/snapshots';

const check = { kind: 'chart', sheet: 'Data', types: ['Line', 'ColumnClustered'], series: [{ values: 'B2:B13', categories: 'A2:A13' }], titleRequired: true };
const chart = (over: object = {}) => ({ name: 'Chart 1', type: 'Line', title: 'Revenue', series: [{ name: 'Revenue', values: 'Data!$B$2:$B$13', categories: 'Data!$A$2:$A$13' }], ...over });

describe('the chart check', () => {
  it('passes a chart of an accepted type plotting the expected ranges with a title', () => {
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data', [], { charts: [chart()] })])).passed).toBe(true);
  });

  it('refuses a pie chart and a missing title, and says which', () => {
    const result = gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data', [], { charts: [chart({ type: 'Pie', title: null })] })]));
    expect(result.evidence.map((e) => e.note)).toEqual(['chart type', 'chart title']);
    expect(result.points).toBe(5);
  });

  it('refuses a chart of the wrong range', () => {
    const result = gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data', [], { charts: [chart({ series: [{ name: 'x', values: 'Data!$B$2:$B$7', categories: 'Data!$A$2:$A$7' }] })] })]));
    expect(result.passed).toBe(false);
  });
});
