import type { RawCellContent } from 'hyperformula';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import { EXCEL } from '../../../shared/excel-limits';
import { parseCell } from '../../../shared/a1';
import { evaluateOnVariants } from './evaluate';
import { normaliseFormula } from './normalise';
import { tablesOf } from './tables';
import type { Grid } from './workbook';

/** A condition to test on one sheet: a formula without its `=`, as Excel would evaluate it for one cell. */
export interface Condition {
  sheet: string;
  formula: string;
}

/** More conditions than this are not evaluated for one check (a rule over a whole column of a large sheet). */
export const MAX_CONDITIONS = 20_000;

/**
 * Evaluates conditions (a conditional format's rule for each cell it covers) on the hand-in's values as
 * Excel computed them: every cell is its value, and each condition is written into a free column of its
 * sheet, where an A1 formula means what it means anywhere. True, false, or null for the whole lot when a
 * condition uses what the engine cannot evaluate.
 */
export function evaluateConditions(snapshot: WorkbookSnapshot, conditions: Condition[]): boolean[] | null {
  if (conditions.length > MAX_CONDITIONS) return null;
  const tables = tablesOf(snapshot.sheets);
  const grids: Grid[] = snapshot.sheets.map((sheet) => {
    const rows: RawCellContent[][] = [];
    for (const cell of sheet.cells) {
      const { row, col } = parseCell(cell.address);
      (rows[row - 1] ??= [])[col - 1] = cell.value;
    }
    return { name: sheet.name, rows };
  });
  const probes: { sheet: string; row: number; col: number }[] = [];
  const freeColumn = new Map<string, number>();
  // A reduce, not Math.max(...rows): a sheet may reach row 1,048,576, more arguments than a call can take.
  for (const grid of grids) freeColumn.set(grid.name.toLowerCase(), grid.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0) + 2);
  const next = new Map<string, number>();
  for (const condition of conditions) {
    const key = condition.sheet.toLowerCase();
    const grid = grids.find((g) => g.name.toLowerCase() === key);
    if (!grid) return null;
    const row = (next.get(key) ?? 0) + 1;
    next.set(key, row);
    const col = freeColumn.get(key)!;
    if (col > EXCEL.columns) return null; // no free column left on this sheet
    const n = normaliseFormula(`=IFERROR(IF(${condition.formula},TRUE,FALSE),FALSE)`, { sheet: grid.name, row, col }, tables);
    if (n.unsupported.length) return null;
    (grid.rows[row - 1] ??= [])[col - 1] = n.formula;
    probes.push({ sheet: grid.name, row, col });
  }
  const [run] = evaluateOnVariants(grids, [{ index: 0, changes: [], blocks: [] }], probes);
  if (!run || run.some((p) => /not recognized|Parsing error/i.test(p.errorMessage ?? ''))) return null;
  return run.map((p) => p.value === true);
}
