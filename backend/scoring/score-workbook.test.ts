import { describe, expect, it } from 'vitest';
import { builtInTask } from '../tasks/library';
import {
  computedSnapshot,
  fill,
  pastedValuesSnapshot,
  solvedContents,
  solvedSnapshot,
  starterContents,
} from '../../tests/helpers/snapshots';
import { TaskSpecSchema } from '../../shared/task';
import { scoreWorkbook } from './score-workbook';

const task = builtInTask('price-lookup-vlookup')!; // unit prices in Orders!D2:D11, from Prices!A2:B9

describe('scoring a submission', () => {
  it('explains every check with points and evidence', () => {
    const result = scoreWorkbook(solvedSnapshot(task), task);
    expect(result.checks.map((c) => c.kind)).toEqual(['values', 'formulas', 'functions', 'no-hard-coding', 'fill-down', 'hidden-data']);
    for (const check of result.checks) {
      expect(check.evidence.length).toBeGreaterThan(0);
      expect(check.points).toBe(check.maxPoints);
    }
  });

  it('is deterministic: the same input gives the same result, byte for byte', () => {
    expect(JSON.stringify(scoreWorkbook(solvedSnapshot(task), task))).toBe(JSON.stringify(scoreWorkbook(solvedSnapshot(task), task)));
  });

  it('gives partial credit in proportion to the cells that are right', () => {
    const contents = solvedContents(task);
    contents[0]!.rows[4]![3] = '=VLOOKUP(B5,Prices!$A$2:$B$9,2,FALSE)+1';
    const values = scoreWorkbook(computedSnapshot(contents), task).checks[0]!;
    expect(values).toMatchObject({ passed: false, points: 3.6, maxPoints: 4 });
    expect(values.evidence[0]).toMatchObject({ cell: 'D5', note: 'a different number' });
  });

  it('accepts an equivalent formula that differs from the key', () => {
    const contents = fill(starterContents(task), 'Orders', 'D2:D11', '=INDEX(Prices!$B$2:$B$9,MATCH(B2,Prices!$A$2:$A$9,0))');
    expect(scoreWorkbook(computedSnapshot(contents), task).score).toBe(1);
  });

  it('grades an answer put in another column, and says so', () => {
    const contents = fill(starterContents(task), 'Orders', 'F2:F11', '=VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE)');
    const result = scoreWorkbook(computedSnapshot(contents), task);
    expect(result.answerLocation).toMatchObject({ sheet: 'Orders', range: 'F2:F11' });
    expect(result.answerLocation!.note).toContain('instead of Orders!D2:D11');
    expect(result.score).toBe(1);
  });

  it('fails an approximate-match lookup on the hidden data, variant by variant', () => {
    const contents = fill(starterContents(task), 'Orders', 'D2:D11', '=VLOOKUP(B2,Prices!$A$2:$B$9,2,TRUE)');
    const result = scoreWorkbook(computedSnapshot(contents), task);
    const hidden = result.checks.find((c) => c.kind === 'hidden-data')!;
    expect(hidden.passed).toBe(false);
    expect(hidden.evidence.some((e) => e.note.startsWith('hidden variant'))).toBe(true);
  });

  it('finds the answer sheet whatever the case of its name, as Excel does', () => {
    const snapshot = solvedSnapshot(task);
    snapshot.sheets[0]!.name = 'ORDERS';
    expect(scoreWorkbook(snapshot, task).score).toBe(1);
  });

  describe('gates', () => {
    it('caps typed-in answers at the gate and says why', () => {
      const result = scoreWorkbook(pastedValuesSnapshot(task), task);
      expect(result.score).toBeLessThanOrEqual(0.2);
      const formulas = result.gates!.find((g) => g.check === 'answer-formulas');
      expect(formulas).toMatchObject({ applied: true, cap: 0.2 });
      expect(formulas!.reason).toMatch(/formula/);
    });

    it('raises the cap in proportion to the part of the gating check that passed', () => {
      const contents = solvedContents(task);
      contents[0]!.rows[1]![3] = 7; // one of ten answers typed in
      const result = scoreWorkbook(computedSnapshot(contents), task);
      expect(result.gates!.find((g) => g.check === 'answer-formulas')).toMatchObject({ cap: 0.92 });
      expect(result.score).toBeLessThanOrEqual(0.92);
    });

    it('leaves work that passes its gates as the checks score it', () => {
      expect(scoreWorkbook(solvedSnapshot(task), task)).toMatchObject({ score: 1, gates: [] });
    });

    it('must name a check of the task', () => {
      const spec = { ...task, private: { ...task.private, gates: [{ check: 'no-such-check', cap: 0.2, reason: 'x' }] } };
      expect(TaskSpecSchema.safeParse(spec).error?.issues[0]?.message).toMatch(/no-such-check/);
    });
  });
});
