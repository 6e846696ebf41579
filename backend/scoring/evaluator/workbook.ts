import { DenseSparseChooseBasedOnThreshold, DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type { CellValue } from '../../../shared/cells';
import { EXCEL } from '../../../shared/excel-limits';
import { registerGraderFunctions } from './functions';

/** A sheet as rows of raw contents from A1: values, or formulas as text starting with `=`. */
export interface Grid {
  name: string;
  rows: RawCellContent[][];
}

/**
 * useArrayArithmetic gives Excel 365's array semantics (SUMPRODUCT masks, SUM(IF(…))); no undo history is
 * kept. The grid is Excel's whole grid (HyperFormula's default stops at 40,000 rows, and a candidate's cell
 * past it made scoring throw); a sheet that fills little of its extent is stored sparsely.
 */
const CONFIG = {
  licenseKey: 'gpl-v3',
  useArrayArithmetic: true,
  undoLimit: 0,
  dateFormats: ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'],
  maxRows: EXCEL.rows,
  maxColumns: EXCEL.columns,
  chooseAddressMappingPolicy: new DenseSparseChooseBasedOnThreshold(0.8),
};

/** Cells past this many rows or columns beyond the filled ones are set one by one, not as a dense rectangle. */
const DENSE_SLACK = 1_000;

interface Scattered {
  row: number;
  col: number;
  value: RawCellContent;
}

/**
 * The rectangle HyperFormula is built from, and the outlying cells set after: one scribble at XFD1048576
 * would otherwise make a million-row, 16,384-column array (gigabytes) to hold nothing.
 */
function split(rows: RawCellContent[][]): { dense: RawCellContent[][]; scattered: Scattered[] } {
  let filledRows = 0;
  rows.forEach((row) => {
    if (row) filledRows++;
  });
  const rowLimit = 2 * filledRows + DENSE_SLACK;
  const dense: RawCellContent[][] = [];
  const scattered: Scattered[] = [];
  rows.forEach((row, r) => {
    if (!row) return;
    let filled = 0;
    row.forEach((v) => {
      if (v !== undefined) filled++;
    });
    const colLimit = r < rowLimit ? 2 * filled + DENSE_SLACK : 0;
    const kept: RawCellContent[] = [];
    row.forEach((value, c) => {
      if (value === undefined) return;
      if (c < colLimit) kept[c] = value;
      else scattered.push({ row: r, col: c, value });
    });
    if (kept.length) dense[r] = Array.from(kept, (v) => v ?? null);
  });
  // Grids are filled sparsely (rows[9] set before rows[2]); HyperFormula wants no holes.
  return { dense: Array.from(dense, (row) => row ?? []), scattered };
}

/** Builds a calculation engine over the grids. */
export function buildEngine(grids: Grid[]): HyperFormula {
  registerGraderFunctions();
  const parts = grids.map((g) => ({ name: g.name, ...split(g.rows) }));
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(parts.map((p) => [p.name, p.dense])), CONFIG);
  if (parts.some((p) => p.scattered.length)) {
    hf.batch(() => {
      for (const p of parts) {
        const sheet = hf.getSheetId(p.name)!;
        for (const cell of p.scattered) hf.setCellContents({ sheet, row: cell.row, col: cell.col }, [[cell.value]]);
      }
    });
  }
  return hf;
}

/** A computed value as the snapshot carries it: Excel errors as their text (`#N/A`), empty as null. */
export function readValue(hf: HyperFormula, sheet: number, row: number, col: number): { value: CellValue; errorMessage?: string } {
  const v = hf.getCellValue({ sheet, row: row - 1, col: col - 1 });
  if (v instanceof DetailedCellError) return { value: v.value, errorMessage: v.message };
  return { value: v ?? null };
}
