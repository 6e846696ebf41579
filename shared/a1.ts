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

/** `B2:C3` → rows of addresses: [["B2","C2"],["B3","C3"]]. A single cell is a 1×1 range. */
export function expandRange(range: string): string[][] {
  const [start, end = start] = range.split(':') as [string, string?];
  const a = parseCell(start);
  const b = parseCell(end);
  const rows: string[][] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    const row: string[] = [];
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) row.push(cellAddress({ row: r, col: c }));
    rows.push(row);
  }
  return rows;
}
