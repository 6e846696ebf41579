import { describe, expect, it } from 'vitest';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { aSheet, aSnapshot } from '../../../tests/helpers/snapshots';

const check = { kind: 'table', sheet: 'Data', range: 'A1:D16', headers: ['Date', 'Product'] };
const table = (over: object = {}) => ({
  name: 'Ledger',
  range: 'A1:D16',
  headers: ['Date', 'Product', 'Qty', 'Price'],
  showTotals: false,
  style: null,
  ...over,
});

describe('the table check', () => {
  it('passes a table over the range with the headers', () => {
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data', [], { tables: [table()] })])).passed).toBe(true);
  });

  it('gives part for a table that misses the last rows', () => {
    const result = gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data', [], { tables: [table({ range: 'A1:D10' })] })]));
    expect(result.passed).toBe(false);
    expect(result.points).toBeCloseTo(7, 3); // 10 of 16 rows: capped at 0.2 + 0.8 × 10/16
  });

  it('checks the name when the task asks for one', () => {
    const named = aTask({ checks: [{ ...check, name: 'Orders' }] });
    const result = gradeOne(named, aSnapshot([aSheet('Data', [], { tables: [table({ name: 'Table1' })] })]));
    expect(result).toMatchObject({ passed: false });
    expect(result.evidence[0]).toMatchObject({ note: 'table name', expected: 'Orders', got: 'Table1' });
    expect(gradeOne(named, aSnapshot([aSheet('Data', [], { tables: [table({ name: 'orders' })] })])).passed).toBe(true);
  });
});
