import type { CellValue } from '../../../shared/cells';
import { LIMITS } from '../../../shared/limits';
import type { SnapshotCell } from '../../../shared/snapshot';
import { a1Address } from '../addresses';

/** Cells read per range request, well inside what Excel on the web returns in one response. */
export const ROW_BLOCK_CELLS = 20_000;

/** Asks for a sheet's used range in row blocks of at most ROW_BLOCK_CELLS cells: values, formulas, formats, types. */
export function queueCellBlocks(ws: Excel.Worksheet, used: Excel.Range): Excel.Range[] {
  if (used.isNullObject) return [];
  const blocks: Excel.Range[] = [];
  const rowsPerBlock = Math.max(1, Math.floor(ROW_BLOCK_CELLS / Math.max(1, used.columnCount)));
  for (let r = 0; r < used.rowCount; r += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, used.rowCount - r);
    blocks.push(
      ws
        .getRangeByIndexes(used.rowIndex + r, used.columnIndex, rows, used.columnCount)
        .load('address,rowIndex,columnIndex,values,formulas,numberFormat,valueTypes'),
    );
  }
  return blocks;
}

/** The non-empty cells of the loaded blocks, sparse. */
export function cellsOf(blocks: Excel.Range[]): SnapshotCell[] {
  const cells: SnapshotCell[] = [];
  for (const block of blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = toCell(
          a1Address(block.rowIndex + r, block.columnIndex + c),
          value,
          block.formulas[r]?.[c],
          block.numberFormat[r]?.[c],
          block.valueTypes[r]?.[c],
        );
        if (cell) cells.push(cell);
      }),
    );
  }
  return cells;
}

function toCell(address: string, value: unknown, formula: unknown, format: unknown, type: string | undefined): SnapshotCell | null {
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  const v: CellValue =
    typeof value === 'number' || typeof value === 'boolean'
      ? value
      : typeof value === 'string'
        ? value.slice(0, LIMITS.cellTextChars)
        : null;
  if (!isFormula && (v === null || v === '')) return null;
  const error = type === 'Error' && typeof value === 'string' ? value : undefined;
  return {
    address,
    value: v === '' ? null : v,
    ...(error ? { error } : {}),
    ...(isFormula ? { formula: formula.slice(0, LIMITS.formulaChars) } : {}),
    ...(typeof format === 'string' && format !== 'General' ? { numberFormat: format.slice(0, LIMITS.shortText) } : {}),
  };
}
