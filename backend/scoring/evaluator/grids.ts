import type { RawCellContent } from 'hyperformula';
import type { WorkbookSnapshot } from '../../../shared/snapshot';
import type { TaskSpec } from '../../../shared/task';
import { parseCell } from '../../../shared/a1';
import { regionOf } from '../answer-region';
import { shiftFormula } from '../../../shared/formula-refs';
import { normaliseFormula } from './normalise';
import { tablesOf } from './tables';
import type { Grid } from './workbook';

function put(rows: RawCellContent[][], row: number, col: number, value: RawCellContent): void {
  (rows[row - 1] ??= [])[col - 1] = value;
}

/** A formula the engine cannot evaluate, where it is and why. */
export interface Unevaluable {
  sheet: string;
  cell: string;
  formula: string;
  unsupported: string[];
}

/**
 * The candidate's workbook as engine grids: values as Excel computed them, formulas normalised so the
 * engine evaluates them as Excel does. `skip` drops cells the grader will not read (the unsampled part
 * of a large filled-down answer), which is most of the cost of a 10,000-row answer.
 */
export function candidateGrids(
  snapshot: WorkbookSnapshot,
  skip: (sheet: string, row: number, col: number) => boolean = () => false,
): { grids: Grid[]; unevaluable: Unevaluable[] } {
  const tables = tablesOf(snapshot.sheets);
  const unevaluable: Unevaluable[] = [];
  const grids = snapshot.sheets.map((sheet) => {
    const rows: RawCellContent[][] = [];
    for (const cell of sheet.cells) {
      const { row, col } = parseCell(cell.address);
      if (skip(sheet.name, row, col)) continue;
      if (cell.formula) {
        const n = normaliseFormula(cell.formula, { sheet: sheet.name, row, col }, tables);
        if (n.unsupported.length)
          unevaluable.push({ sheet: sheet.name, cell: cell.address, formula: cell.formula, unsupported: n.unsupported });
        put(rows, row, col, n.formula);
      } else {
        put(rows, row, col, cell.value);
      }
    }
    return { name: sheet.name, rows };
  });
  return { grids, unevaluable };
}

/**
 * The starter workbook with the reference solution's formulas filled into their ranges. `keep` limits
 * which cells get one (the sampled part of a large answer region); the rest of the workbook is complete.
 */
export function referenceGrids(task: TaskSpec, keep: (sheet: string, row: number, col: number) => boolean = () => true): Grid[] {
  const grids: Grid[] = task.starter.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  for (const { sheet, cell, formula } of task.private.solution.formulas) {
    const grid = grids.find((g) => g.name === sheet);
    if (!grid) continue;
    const region = regionOf(sheet, cell);
    for (let r = 0; r < region.rows; r++) {
      for (let c = 0; c < region.cols; c++) {
        if (!keep(sheet, region.top + r, region.left + c)) continue;
        const n = normaliseFormula(shiftFormula(formula, r, c), { sheet, row: region.top + r, col: region.left + c }, []);
        put(grid.rows, region.top + r, region.left + c, n.formula);
      }
    }
  }
  return grids;
}
