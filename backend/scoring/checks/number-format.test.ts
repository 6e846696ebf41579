import { describe, expect, it } from 'vitest';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { aSheet, aSnapshot } from '../../../tests/helpers/snapshots';

const check = { kind: 'number-format', sheet: 'Data', range: 'B2:B3', formats: ['#,##0.00'] };

describe('the number-format check', () => {
  it('passes cells shown in an accepted format', () => {
    const sheet = aSheet('Data', [
      { address: 'B2', value: 1, numberFormat: '#,##0.00' },
      { address: 'B3', value: 2, numberFormat: '#,##0.00' },
    ]);
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([sheet])).passed).toBe(true);
  });

  it('names the format a cell has instead', () => {
    const sheet = aSheet('Data', [
      { address: 'B2', value: 1, numberFormat: '#,##0.00' },
      { address: 'B3', value: 2, numberFormat: 'General' },
    ]);
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([sheet])).evidence[0]).toMatchObject({ cell: 'B3', got: 'General' });
  });
});
