import { describe, expect, it } from 'vitest';
import { BUILT_IN_TASKS } from '../tasks/library';
import { solvedSnapshot, starterSnapshot } from '../../tests/helpers/snapshots';
import { scoreSubmission } from './score-submission';

describe.each(BUILT_IN_TASKS.map((task) => ({ id: task.id, task })))('scoring $id', ({ task }) => {
  it('gives the reference solution full marks', () => {
    const result = scoreSubmission(solvedSnapshot(task), task);
    expect(result.score).toBe(1);
    expect(result.checks.every((c) => c.passed)).toBe(true);
  });

  it('gives the untouched starter workbook nothing', () => {
    const result = scoreSubmission(starterSnapshot(task), task);
    expect(result.score).toBe(0);
    expect(result.checks.flatMap((c) => c.evidence).every((e) => e.note === 'the cell is empty')).toBe(true);
  });

  it('gives typed-in values the value points but not the formula points', () => {
    const typed = solvedSnapshot(task, () => ({ formula: undefined }));
    const result = scoreSubmission(typed, task);
    const [values, formulas] = result.checks;
    expect(values).toMatchObject({ passed: true, points: values!.maxPoints });
    expect(formulas).toMatchObject({ passed: false, points: 0 });
    expect(formulas!.evidence[0]!.note).toBe('a typed value, not a formula');
  });

  it('is deterministic: the same input gives the same result', () => {
    expect(JSON.stringify(scoreSubmission(solvedSnapshot(task), task))).toBe(JSON.stringify(scoreSubmission(solvedSnapshot(task), task)));
  });
});

describe('evidence and partial credit', () => {
  const task = BUILT_IN_TASKS[0]!; // unit prices in Orders!D2:D11

  it('gives partial credit in proportion to the cells that are right', () => {
    const oneWrong = solvedSnapshot(task, (address) => (address === 'D5' ? { value: 1 } : {}));
    const values = scoreSubmission(oneWrong, task).checks[0]!;
    expect(values).toMatchObject({ passed: false, points: 5.4, maxPoints: 6 });
    expect(values.evidence).toEqual([
      { sheet: 'Orders', cell: 'D5', formula: '=VLOOKUP(B5,Prices!$A$2:$B$9,2,FALSE)', expected: 229.99, got: 1, note: 'a different number' },
    ]);
  });

  it('names a number stored as text for what it is', () => {
    const asText = solvedSnapshot(task, (address, expected) => (address === 'D2' ? { value: String(expected) } : {}));
    expect(scoreSubmission(asText, task).checks[0]!.evidence[0]!.note).toBe('a number stored as text');
  });

  it('reports a formula that returns an Excel error', () => {
    const broken = solvedSnapshot(task, (address) => (address === 'D3' ? { value: '#N/A', error: '#N/A' } : {}));
    const formulas = scoreSubmission(broken, task).checks[1]!;
    expect(formulas.evidence[0]).toMatchObject({ cell: 'D3', note: 'the formula returns #N/A' });
  });

  it('finds the answer sheet whatever the case of its name, as Excel does', () => {
    const snapshot = solvedSnapshot(task);
    snapshot.sheets[0]!.name = 'ORDERS';
    expect(scoreSubmission(snapshot, task).score).toBe(1);
  });
});
