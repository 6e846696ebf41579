import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/cells';
import type { SnapshotChartSchema } from '../../../shared/snapshot';
import type { z } from 'zod';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { computedSnapshot } from '../../../tests/helpers/snapshots';

type Chart = z.infer<typeof SnapshotChartSchema>;
const revenue: CellValue[][] = [['Month', 'Revenue', 'Costs'], ...['Jan', 'Feb', 'Mar', 'Apr'].map((m, i) => [m, 100 + i * 10, 50 + i])];
const task = aTask({
  rows: revenue,
  checks: [
    {
      kind: 'chart',
      sheet: 'Data',
      types: ['Line', 'ColumnClustered'],
      series: [{ values: 'B2:B5', categories: 'A2:A5' }],
      titleRequired: true,
    },
  ],
});
const chart = (over: Partial<Chart> = {}): Chart => ({
  name: 'Chart 1',
  type: 'Line',
  title: 'Revenue',
  series: [{ name: 'Revenue', values: 'Data!$B$2:$B$5', categories: 'Data!$A$2:$A$5' }],
  ...over,
});
const handIn = (...charts: Chart[]) => {
  const snapshot = computedSnapshot([{ name: 'Data', rows: revenue }]);
  snapshot.sheets[0]!.charts = charts;
  return gradeOne(task, snapshot);
};

describe('the chart check', () => {
  it('passes a chart of an accepted type plotting the expected numbers with a title', () => {
    expect(handIn(chart()).passed).toBe(true);
  });

  it('gives little to a pie chart where a line was asked, and says so', () => {
    const result = handIn(chart({ type: 'Pie' }));
    expect(result.evidence.map((e) => e.note)).toEqual(['chart type']);
    expect(result.points).toBeLessThanOrEqual(2);
  });

  it('takes only a little for a missing title', () => {
    const result = handIn(chart({ title: null }));
    expect(result.evidence.map((e) => e.note)).toEqual(['chart title']);
    expect(result.points).toBeGreaterThanOrEqual(8);
  });

  it('gives little to a chart of the wrong numbers', () => {
    expect(handIn(chart({ series: [{ name: 'x', values: 'Data!$C$2:$C$5', categories: 'Data!$A$2:$A$5' }] })).points).toBeLessThanOrEqual(
      2,
    );
  });

  it('does not check the series of a chart whose ranges this Excel did not report, and says so', () => {
    const result = handIn(chart({ series: [{ name: 'Revenue', values: null, categories: null }] }));
    expect(result).toMatchObject({ passed: true, points: 10 });
    expect(result.evidence.map((e) => e.note)).toContain("not checked: series values B2:B5: this Excel did not report the chart's ranges");
  });
});
