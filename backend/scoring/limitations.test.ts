import { describe, expect, it } from 'vitest';
import type { SnapshotCell, WorkbookSnapshot } from '../../shared/snapshot';
import { builtInTask } from '../tasks/library';
import { solvedSnapshot } from '../../tests/helpers/snapshots';
import { evaluationCost, MAX_EVALUATION_COST } from './limitations';
import { scoreWorkbook } from './score-workbook';

const task = builtInTask('price-lookup-vlookup')!; // answers in Orders!D2:D11

/** The solved workbook with extra cells on its answer sheet. */
function solvedWith(cells: SnapshotCell[]): WorkbookSnapshot {
  const snapshot = solvedSnapshot(task);
  const orders = snapshot.sheets.find((s) => s.name === 'Orders')!;
  orders.cells.push(...cells);
  return snapshot;
}

describe('hand-ins at the edges of what the grader evaluates', () => {
  it("scores a workbook with a cell at the last cell of Excel's grid, past the engine's default 40,000 rows", () => {
    const result = scoreWorkbook(
      solvedWith([
        { address: 'XFD1048576', value: 1 },
        { address: 'A40001', value: 'note', formula: undefined },
      ]),
      task,
    );
    expect(result.score).toBe(1);
    expect(result.limitation).toBeUndefined();
  });

  it('scores a formula nested too deeply for the engine without evaluating, and says so', () => {
    const deep = `=${'('.repeat(3_000)}1${')'.repeat(3_000)}`;
    const result = scoreWorkbook(solvedWith([{ address: 'H1', value: 1, formula: deep }]), task);
    expect(result.limitation).toMatchObject({ reason: 'too_deeply_nested' });
    expect(result.limitation!.message).toMatch(/nested too deeply.*graded on Excel's own values/);
    const hidden = result.checks.find((c) => c.kind === 'hidden-data')!;
    expect(hidden).toMatchObject({ evaluated: false, points: 0, maxPoints: 0 });
    expect(result.checks.find((c) => c.kind === 'values')).toMatchObject({ passed: true });
  });

  it('refuses to evaluate a workbook whose formulas would read more cells than the budget, before evaluating', () => {
    const bomb = Array.from({ length: 400 }, (_, i): SnapshotCell => ({
      address: `J${i + 1}`,
      value: 0,
      formula: '=SUMPRODUCT(K1:K40000,L1:L40000)',
    }));
    const result = scoreWorkbook(solvedWith(bomb), task);
    expect(result.limitation).toMatchObject({ reason: 'over_cost_estimate' });
    expect(result.limitation!.message).toContain('32.0 M cell reads');
  });
});

describe('the evaluation cost estimate', () => {
  const grid = (rows: (string | number)[][]) => [{ name: 'S', rows }];

  it('counts each formula once plus the cells of every range it reads', () => {
    expect(evaluationCost(grid([['=SUM(A1:B10)+C1'], ['=A1*2']]))).toBe(1 + 20 + 1);
  });

  it('counts a whole column as the rows the workbook uses, and ignores ranges inside text', () => {
    const rows: (string | number)[][] = Array.from({ length: 500 }, () => [1]);
    rows[0] = ['=SUMIFS(C:C,B:B,"A1:A99999")'];
    expect(evaluationCost(grid(rows))).toBe(1 + 500 + 500);
  });

  it("leaves the library's solved tasks far inside the budget", () => {
    expect(evaluationCost(grid([['=SUMIFS($C$2:$C$201,$B$2:$B$201,B3)']]))).toBeLessThan(MAX_EVALUATION_COST / 1000);
  });
});
