import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type { CellValue } from '../../../shared/cells';
import { registerGraderFunctions } from './functions';

/** A sheet as rows of raw contents from A1: values, or formulas as text starting with `=`. */
export interface Grid {
  name: string;
  rows: RawCellContent[][];
}

/** useArrayArithmetic gives Excel 365's array semantics (SUMPRODUCT masks, SUM(IF(…))); no undo history is kept. */
const CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true, undoLimit: 0, dateFormats: ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'] };

/** Builds a calculation engine over the grids. */
export function buildEngine(grids: Grid[]): HyperFormula {
  registerGraderFunctions();
  // Grids are filled sparsely (rows[9] set before rows[2]); HyperFormula wants no holes.
  const dense = (rows: RawCellContent[][]) => Array.from(rows, (row) => (row ? Array.from(row, (v) => v ?? null) : []));
  return HyperFormula.buildFromSheets(Object.fromEntries(grids.map((g) => [g.name, dense(g.rows)])), CONFIG);
}

/** A computed value as the snapshot carries it: Excel errors as their text (`#N/A`), empty as null. */
export function readValue(hf: HyperFormula, sheet: number, row: number, col: number): { value: CellValue; errorMessage?: string } {
  const v = hf.getCellValue({ sheet, row: row - 1, col: col - 1 });
  if (v instanceof DetailedCellError) return { value: v.value, errorMessage: v.message };
  return { value: v ?? null };
}
