import { columnNumber } from '../../../shared/a1';
import { regionOf, type Region } from '../answer-region';

const overlap = (a: Region, b: Region) =>
  Math.max(0, Math.min(a.top + a.rows, b.top + b.rows) - Math.max(a.top, b.top)) *
  Math.max(0, Math.min(a.left + a.cols, b.left + b.cols) - Math.max(a.left, b.left));

/**
 * How well the areas an object covers match the expected area: the cells in both over the cells in either
 * (areas assumed not to overlap one another), so a rule on half the rows, or on twice as many, is half right.
 */
export function coverage(areas: Region[], expected: Region): number {
  const both = areas.reduce((sum, a) => sum + overlap(a, expected), 0);
  const either = areas.reduce((sum, a) => sum + a.rows * a.cols, 0) + expected.rows * expected.cols - both;
  return either === 0 ? 0 : both / either;
}

/** The share of the expected cells the areas cover: for a rule, cells beyond those asked for do no harm by themselves. */
export function recall(areas: Region[], expected: Region): number {
  const size = expected.rows * expected.cols;
  return size === 0 ? 0 : Math.min(1, areas.reduce((sum, a) => sum + overlap(a, expected), 0) / size);
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLS = 16_384;

/**
 * The areas of an address as Excel writes it for a rule: `C2:C21`, `C2:C10,C12:C21` or `C2:C10 C12:C21`,
 * whole columns `C:C` and whole rows `2:2`, with or without `$` and a sheet. Null when it is none of these.
 */
export function areasOf(sheet: string, address: string): Region[] | null {
  const areas: Region[] = [];
  for (const part of bareAreas(address)) {
    const cells = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(part);
    const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(part);
    const rows = /^(\d+):(\d+)$/.exec(part);
    if (cells) areas.push(regionOf(sheet, part));
    else if (cols)
      areas.push({
        sheet,
        top: 1,
        rows: EXCEL_ROWS,
        left: columnNumber(cols[1]!),
        cols: columnNumber(cols[2]!) - columnNumber(cols[1]!) + 1,
      });
    else if (rows) areas.push({ sheet, top: Number(rows[1]), rows: Number(rows[2]) - Number(rows[1]) + 1, left: 1, cols: EXCEL_COLS });
    else return null;
  }
  return areas.length ? areas : null;
}

const bareAreas = (address: string) =>
  address
    .split(/[ ,]+/)
    .map((a) => a.replace(/^.*!/, '').replace(/\$/g, '').toUpperCase())
    .filter(Boolean);
