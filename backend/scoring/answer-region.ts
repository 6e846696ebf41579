import { boundsOf, cellAddress } from '../../shared/a1';
import { VARIANT_MAX_ROWS } from './evaluator/variants';

/** Regions up to this many cells are graded cell by cell; larger filled-down regions on a sample. */
export const FULL_CHECK_MAX_CELLS = 64;

/** A rectangular region on one sheet. */
export interface Region {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function regionOf(sheet: string, range: string): Region {
  const { top, left, bottom, right } = boundsOf(range);
  return { sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function sameRegion(a: Region, b: Region): boolean {
  return a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.top === b.top && a.left === b.left && a.rows === b.rows && a.cols === b.cols;
}

export function regionRange(region: Region): string {
  const a = cellAddress({ row: region.top, col: region.left });
  const b = cellAddress({ row: region.top + region.rows - 1, col: region.left + region.cols - 1 });
  return a === b ? a : `${a}:${b}`;
}

/**
 * Offsets (row, col) within a region that are graded: all of them, or for a large filled-down region the
 * first and last rows — the rows a large block's variant data occupies, top and bottom.
 */
export function sampledOffsets(region: Region): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  const rowsWanted = Math.min(VARIANT_MAX_ROWS, Math.max(2, Math.floor(FULL_CHECK_MAX_CELLS / region.cols)));
  const all = region.rows * region.cols <= FULL_CHECK_MAX_CELLS || region.rows <= rowsWanted;
  const half = Math.floor(rowsWanted / 2);
  const rows = all
    ? [...Array(region.rows).keys()]
    : [...Array(half).keys(), ...Array.from({ length: half }, (_, i) => region.rows - half + i)];
  for (const r of rows) for (let c = 0; c < region.cols; c++) out.push({ r, c });
  return out;
}

export function addressAt(region: Region, offset: { r: number; c: number }): string {
  return cellAddress({ row: region.top + offset.r, col: region.left + offset.c });
}

/** Every address of a region, row by row. */
export function addressesOf(region: Region): string[] {
  const out: string[] = [];
  for (let r = 0; r < region.rows; r++) for (let c = 0; c < region.cols; c++) out.push(addressAt(region, { r, c }));
  return out;
}

/** Whether a cell (1-based) lies in the region. */
export function contains(region: Region, sheet: string, row: number, col: number): boolean {
  return (
    sheet.toLowerCase() === region.sheet.toLowerCase() &&
    row >= region.top &&
    row < region.top + region.rows &&
    col >= region.left &&
    col < region.left + region.cols
  );
}
