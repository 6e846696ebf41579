import type { SnapshotCell, WorkbookSnapshot } from './snapshot';

/** A1 addressing: column letters ⇄ numbers and range expansion. Pure, 1-based. */

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface CellRef {
  row: number;
  col: number;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row}`;
}

/** The rows and columns a range spans, 1-based and inclusive; a single cell spans one of each. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function boundsOf(range: string): Bounds {
  const [start, end = start] = range.split(':') as [string, string?];
  const a = parseCell(start);
  const b = parseCell(end);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Whether two ranges on one sheet share a cell. */
export function rangesOverlap(a: string, b: string): boolean {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right;
}

/** `B2:C3` → rows of addresses: [["B2","C2"],["B3","C3"]]. A single cell is a 1×1 range. */
export function expandRange(range: string): string[][] {
  const { top, left, bottom, right } = boundsOf(range);
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: string[] = [];
    for (let c = left; c <= right; c++) row.push(cellAddress({ row: r, col: c }));
    rows.push(row);
  }
  return rows;
}

/** The cells of a range on a sheet of the snapshot that hold something (a value or a formula); the sheet's name in any case. */
export function filledCellsIn(snapshot: WorkbookSnapshot, sheet: string, range: string): SnapshotCell[] {
  const asked = new Set(expandRange(range).flat());
  const found = snapshot.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  return (found?.cells ?? []).filter((c) => asked.has(c.address) && (c.formula !== undefined || (c.value !== null && c.value !== '')));
}
