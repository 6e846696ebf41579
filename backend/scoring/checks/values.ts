import type { CellValue } from '../../../shared/cells';
import type { Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { expandRange } from '../a1';
import { resultFromCells } from '../check-result';
import type { WorkbookView } from '../workbook-view';

type ValuesCheck = Extract<Check, { kind: 'values' }>;

/** Why a value does not match, in a recruiter's words, or null when it does. */
export function mismatch(expected: CellValue, got: CellValue | undefined, tolerance: number): string | null {
  if (got === undefined || got === null || got === '') return expected === null ? null : 'the cell is empty';
  if (typeof expected === 'number') {
    if (typeof got === 'string' && got.trim() !== '' && Number.isFinite(Number(got))) return 'a number stored as text';
    if (typeof got !== 'number') return `expected a number, found ${describe(got)}`;
    const allowed = tolerance * Math.max(1, Math.abs(expected));
    return Math.abs(got - expected) <= allowed ? null : 'a different number';
  }
  if (typeof expected === 'string') {
    if (typeof got !== 'string') return `expected text, found ${describe(got)}`;
    return got.trim() === expected.trim() ? null : 'different text';
  }
  if (typeof expected === 'boolean') return got === expected ? null : 'a different TRUE/FALSE value';
  return 'expected an empty cell';
}

function describe(v: CellValue): string {
  if (typeof v === 'string') return v.startsWith('#') ? `the error ${v}` : 'text';
  return typeof v === 'boolean' ? 'TRUE/FALSE' : typeof v;
}

/** The answer region holds the expected values, cell by cell. */
export function gradeValues(check: ValuesCheck, book: WorkbookView) {
  const cells = expandRange(check.range);
  const failures: Evidence[] = [];
  let total = 0;
  cells.forEach((row, r) =>
    row.forEach((address, c) => {
      const expected = check.expected[r]?.[c] ?? null;
      const cell = book.cell(check.sheet, address);
      total++;
      const why = mismatch(expected, cell?.value, check.tolerance);
      if (why) failures.push({ sheet: check.sheet, cell: address, formula: cell?.formula ?? null, expected, got: cell?.value ?? null, note: why });
    }),
  );
  const first = cells[0]![0]!;
  return resultFromCells(check, total, failures, {
    sheet: check.sheet, cell: check.range, formula: book.cell(check.sheet, first)?.formula ?? null,
    note: `all ${total} cells hold the expected values`,
  });
}
