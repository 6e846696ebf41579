import type { Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { expandRange } from '../a1';
import { resultFromCells } from '../check-result';
import type { WorkbookView } from '../workbook-view';

type FormulasCheck = Extract<Check, { kind: 'formulas' }>;

/** Every answer cell is computed by a formula, and none of them shows an Excel error. */
export function gradeFormulas(check: FormulasCheck, book: WorkbookView) {
  const cells = expandRange(check.range).flat();
  const failures: Evidence[] = [];
  for (const address of cells) {
    const cell = book.cell(check.sheet, address);
    if (!cell?.formula) {
      failures.push({ sheet: check.sheet, cell: address, formula: null, got: cell?.value ?? null, note: cell ? 'a typed value, not a formula' : 'the cell is empty' });
    } else if (cell.error) {
      failures.push({ sheet: check.sheet, cell: address, formula: cell.formula, got: cell.value, note: `the formula returns ${cell.error}` });
    }
  }
  return resultFromCells(check, cells.length, failures, {
    sheet: check.sheet, cell: check.range, formula: book.cell(check.sheet, cells[0]!)?.formula ?? null,
    note: `all ${cells.length} cells are error-free formulas`,
  });
}
