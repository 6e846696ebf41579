import { describe, expect, it } from 'vitest';
import { aTask, gradeOne } from '../../../tests/helpers/tasks';
import { aSheet, aSnapshot } from '../../../tests/helpers/snapshots';

describe('the conditional-format check', () => {
  const check = { kind: 'conditional-format', sheet: 'Data', range: 'C2:C21', types: ['CellValue'], rule: { operator: 'GreaterThan', formula1: '1000' } };

  it('passes the rule on the range, reading "=1000" as 1000', () => {
    const sheet = aSheet('Data', [], { conditionalFormats: [{ range: 'C2:C21', type: 'CellValue', rule: { operator: 'GreaterThan', formula1: '=1000' } }] });
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([sheet])).passed).toBe(true);
  });

  it('refuses a rule on too short a range, with the range as evidence', () => {
    const sheet = aSheet('Data', [], { conditionalFormats: [{ range: 'C2:C10', type: 'CellValue', rule: { operator: 'GreaterThan', formula1: '=1000' } }] });
    const result = gradeOne(aTask({ checks: [check] }), aSnapshot([sheet]));
    expect(result.evidence[0]).toMatchObject({ note: 'conditional format range', expected: 'C2:C21', got: 'C2:C10' });
  });
});

describe('the data-validation check', () => {
  const check = { kind: 'data-validation', sheet: 'Data', range: 'D2:D13', type: 'List', rule: { source: 'Open,In progress,Closed' } };

  it('passes a list validation with the same items, spaces aside', () => {
    const sheet = aSheet('Data', [], { dataValidations: [{ range: 'D2:D13', type: 'List', rule: { source: 'Open, In progress, Closed' } }] });
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([sheet])).passed).toBe(true);
  });

  it('fails when there is no validation', () => {
    expect(gradeOne(aTask({ checks: [check] }), aSnapshot([aSheet('Data')])).points).toBe(0);
  });
});
