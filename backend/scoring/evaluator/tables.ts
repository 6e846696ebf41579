import type { SnapshotSheet } from '../../../shared/snapshot';
import { cellAddress, parseCell } from '../../../shared/a1';

/** An Excel table with the sheet it is on, as the structured-reference rewriter needs it. */
export interface SnapshotTable {
  sheet: string;
  name: string;
  range: string;
  headers: string[];
  showTotals: boolean;
}

export function tablesOf(sheets: SnapshotSheet[]): SnapshotTable[] {
  return sheets.flatMap((s) =>
    s.tables.map((t) => ({ sheet: s.name, name: t.name, range: t.range, headers: t.headers, showTotals: t.showTotals })),
  );
}

const quoteSheet = (sheet: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);

/** The A1 range (with sheet) of part of a table: whole data body, one or more columns, this row, headers. */
function tableRange(
  table: SnapshotTable,
  spec: { from?: string; to?: string; thisRow?: number; area: 'data' | 'all' | 'headers' },
): string | null {
  const [start, end] = table.range.split(':') as [string, string];
  const a = parseCell(start);
  const b = parseCell(end ?? start);
  const colOf = (name: string) => {
    const i = table.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    return i < 0 ? null : a.col + i;
  };
  const c1 = spec.from ? colOf(spec.from) : a.col;
  const c2 = spec.to ? colOf(spec.to) : spec.from ? c1 : b.col;
  if (c1 === null || c2 === null) return null;
  const lastData = table.showTotals ? b.row - 1 : b.row;
  const [r1, r2] =
    spec.thisRow !== undefined
      ? [spec.thisRow, spec.thisRow]
      : spec.area === 'headers'
        ? [a.row, a.row]
        : spec.area === 'all'
          ? [a.row, b.row]
          : [a.row + 1, lastData];
  const abs = (row: number, col: number) => cellAddress({ row, col }).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const body = r1 === r2 && c1 === c2 ? abs(r1, c1) : `${abs(r1, c1)}:${abs(r2, c2)}`;
  return `${quoteSheet(table.sheet)}!${body}`;
}

/**
 * Rewrites Excel's structured references (`Sales[Amount]`, `Sales[@Amount]`, `[@Amount]`,
 * `Sales[[#This Row],[Amount]]`, `Sales[[Qty]:[Price]]`, `Sales[#All]`) into A1 ranges, which is all
 * HyperFormula understands. Reports whether any reference was left unresolved.
 */
export function resolveStructuredReferences(
  formula: string,
  at: { sheet: string; row: number; col: number },
  tables: SnapshotTable[],
): { formula: string; unresolved: boolean } {
  if (!formula.includes('[')) return { formula, unresolved: false };
  let unresolved = false;
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const containing = tables.find((t) => {
    if (t.sheet.toLowerCase() !== at.sheet.toLowerCase()) return false;
    const [s, e] = t.range.split(':') as [string, string];
    const a = parseCell(s);
    const b = parseCell(e ?? s);
    return at.row >= a.row && at.row <= b.row && at.col >= a.col && at.col <= b.col;
  });
  const parts = formula.split(/("(?:[^"]|"")*")/);
  const rewritten = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    return part.replace(/([A-Za-z_][A-Za-z0-9_.]*)?\[((?:[^[\]]|\[[^[\]]*\])*)\]/g, (match, name: string | undefined, inner: string) => {
      const table = name ? byName.get(name.toLowerCase()) : containing;
      if (!table) {
        unresolved = true;
        return match;
      }
      const items = inner.startsWith('[') ? [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!) : [inner];
      let thisRow: number | undefined;
      let area: 'data' | 'all' | 'headers' = 'data';
      const columns: string[] = [];
      for (const raw of items) {
        const item = raw.trim();
        if (/^#this row$/i.test(item)) thisRow = at.row;
        else if (/^#all$/i.test(item)) area = 'all';
        else if (/^#headers$/i.test(item)) area = 'headers';
        else if (/^#data$/i.test(item)) area = 'data';
        else if (item.startsWith('@')) {
          thisRow = at.row;
          const col = item.slice(1).replace(/^\[|\]$/g, '');
          if (col) columns.push(col);
        } else if (item !== '') columns.push(item);
      }
      const range =
        columns.length === 0 && inner === ''
          ? tableRange(table, { area: 'data' })
          : tableRange(table, { from: columns[0], to: columns.at(-1) !== columns[0] ? columns.at(-1) : undefined, thisRow, area });
      if (!range) {
        unresolved = true;
        return match;
      }
      return range;
    });
  });
  return { formula: rewritten.join(''), unresolved };
}
