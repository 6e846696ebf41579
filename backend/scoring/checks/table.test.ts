import { describe, expect, it } from 'vitest';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { aSheet, aSnapshot } from '../../../tests/helpers/snapshots';

const check = { kind: 'table', sheet: 'Data', range: 'A1:D16', headers: ['Date', 'Product'] };

describe('the table check', () => {
  it('passes a table over the range with the headers', () => {
    const sheet = aSheet('Data', [], { tables: [{ name: 'Ledger', range: 'A1:D16', headers: ['Date', 'Product', 'Qty', 'Price'], showTotals: false, style: null }] });
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([sheet])).passed).toBe(true);
  });

  it('gives partial credit for a table that misses the last rows', () => {
    const sheet = aSheet('Data', [], { tables: [{ name: 'Ledger', range: 'A1:D10', headers: ['Date', 'Product', 'Qty', 'Price'], showTotals: false, style: null }] });
    const result = gradeOne(aTask({ checks: [check] }), aSnapshot([sheet]));
    expect(result.points).toBeCloseTo(6.6667, 3);
  });
});
