import type { CellValue } from '../../shared/cells';
import type { SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import type { Check, TaskSpec } from '../../shared/task';
import { cellAddress, columnLetters, parseCell } from '../../shared/a1';
import { compare } from '../scoring/checks/sort-order';

type Answer = Extract<TaskSpec['answer'], { kind: 'object' }>;

interface Table {
  sheet: string;
  /** The data rows below the header, as wide as the starter's used columns. */
  rows: CellValue[][];
  left: number;
  width: number;
  top: number;
}

/** A sheet's rows from its second row (the first is the header), from column `left` over `width` columns. */
function tableOf(sheet: SnapshotSheet, left: number, width: number, top: number, bottom: number): Table {
  const at = new Map(sheet.cells.map((c) => [c.address, c.value]));
  const rows: CellValue[][] = [];
  for (let row = top; row <= bottom; row++)
    rows.push(Array.from({ length: width }, (_, c) => at.get(cellAddress({ row, col: left + c })) ?? null));
  while (rows.length && rows.at(-1)!.every((v) => v === null)) rows.pop();
  return { sheet: sheet.name, rows, left, width, top };
}

const rowKey = (row: CellValue[]) => JSON.stringify(row);
const normal = (v: CellValue) =>
  String(v ?? '')
    .trim()
    .toLowerCase();
const sameMultiset = (a: CellValue[][], b: CellValue[][]) =>
  a.length === b.length && JSON.stringify(a.map(rowKey).sort()) === JSON.stringify(b.map(rowKey).sort());

/** Whether each group of rows (rows equal on the keys so far) is ordered by column `i` in direction `sign`. */
const orderedWithin = (rows: CellValue[][], groups: number[][], i: number, sign: number) =>
  groups.every((g) => g.every((r, k) => k === 0 || sign * compare(rows[g[k - 1]!]![i] ?? null, rows[r]![i] ?? null) <= 0));

/** Splits groups of row indexes further by the values of column `i`. */
const splitBy = (rows: CellValue[][], groups: number[][], i: number) =>
  groups.flatMap((g) => {
    const out: number[][] = [];
    for (const r of g) {
      const last = out.at(-1);
      if (last && compare(rows[last[0]!]![i] ?? null, rows[r]![i] ?? null) === 0) last.push(r);
      else out.push([r]);
    }
    return out;
  });

/**
 * The keys the solved rows are sorted by, most significant first: each next key is the column that orders the
 * rows within the ties the keys so far leave, preferring a column the starter was not already sorted by and,
 * among those, the one with the fewest ties. Null when no column orders them.
 */
function sortKeys(before: Table, after: Table): { column: string; order: 'asc' | 'desc' }[] | null {
  const keys: { i: number; sign: number }[] = [];
  let groups = [after.rows.map((_, r) => r)];
  while (groups.some((g) => g.length > 1) && keys.length < 3) {
    const all = [before.rows.map((_, r) => r)];
    const candidates = Array.from({ length: after.width }, (_, i) => i)
      .filter((i) => !keys.some((k) => k.i === i))
      .flatMap((i) => [1, -1].map((sign) => ({ i, sign })))
      .filter(({ i, sign }) => orderedWithin(after.rows, groups, i, sign) && splitBy(after.rows, groups, i).length > groups.length)
      .map((k) => ({ ...k, new: !orderedWithin(before.rows, all, k.i, k.sign), parts: splitBy(after.rows, groups, k.i).length }))
      .sort((a, b) => Number(b.new) - Number(a.new) || b.parts - a.parts);
    const best = candidates[0];
    if (!best) break;
    keys.push(best);
    groups = splitBy(after.rows, groups, best.i);
  }
  return keys.length ? keys.map((k) => ({ column: columnLetters(after.left + k.i), order: k.sign === 1 ? 'asc' : 'desc' })) : null;
}

/**
 * The columns that identify a record: every column whose repeats the solved workbook removed (case and spaces
 * ignored, as Remove Duplicates does) while keeping each distinct value; else the whole row.
 */
function dedupeKeys(before: Table, after: Table): string[] {
  const distinct = (rows: CellValue[][], i: number) => new Set(rows.map((r) => normal(r[i] ?? null)));
  const columns = Array.from({ length: after.width }, (_, i) => i);
  const keys = columns.filter((i) => {
    const kept = distinct(after.rows, i);
    return kept.size === after.rows.length && distinct(before.rows, i).size === kept.size && kept.size < before.rows.length;
  });
  return (keys.length ? keys : columns).map((i) => columnLetters(after.left + i));
}

/**
 * A sort or a de-duplication the solved workbook did to the starter's data, in place and without formulas:
 * the same rows in another order (a sort-order check with the keys it was sorted by), or fewer rows, all of
 * them the starter's (a no-duplicates check on the columns whose repeats went). Null when neither.
 */
export function dataChange(starter: WorkbookSnapshot, solved: WorkbookSnapshot): { answer: Answer; check: Check; note: string } | null {
  for (const after of solved.sheets) {
    const before = starter.sheets.find((s) => s.name === after.name);
    if (!before?.usedRange || after.cells.some((c) => c.formula)) continue;
    const [a, b] = before.usedRange.split(':') as [string, string?];
    const [start, end] = [parseCell(a), parseCell(b ?? a)];
    if (end.row <= start.row) continue;
    const width = end.col - start.col + 1;
    const old = tableOf(before, start.col, width, start.row + 1, end.row);
    const now = tableOf(after, start.col, width, start.row + 1, end.row);
    const range = `${cellAddress({ row: start.row + 1, col: start.col })}:${cellAddress({ row: end.row, col: end.col })}`;
    if (JSON.stringify(old.rows) === JSON.stringify(now.rows)) continue;
    if (sameMultiset(old.rows, now.rows)) {
      const keys = sortKeys(old, now);
      if (!keys) continue;
      const words = keys.map((k) => `${k.column} ${k.order === 'asc' ? 'ascending' : 'descending'}`).join(', then ');
      return {
        answer: { kind: 'object', object: 'sorted-data', sheet: after.name, description: `${after.name}!${range} sorted by ${words}` },
        check: {
          id: 'sort',
          kind: 'sort-order',
          description: `The rows are sorted by ${words}, none lost or changed`,
          weight: 10,
          sheet: after.name,
          range,
          keys,
        },
        note: `The solved workbook sorts ${after.name}!${range} by ${words}: checked, with every row kept as it was.`,
      };
    }
    const original = new Set(old.rows.map(rowKey));
    if (now.rows.length < old.rows.length && now.rows.every((r) => original.has(rowKey(r)))) {
      const keyColumns = dedupeKeys(old, now);
      return {
        answer: {
          kind: 'object',
          object: 'deduplicated-data',
          sheet: after.name,
          description: `${after.name}!${range} with each record once`,
        },
        check: {
          id: 'dedupe',
          kind: 'no-duplicates',
          description: `Each ${keyColumns.length === 1 ? `value of ${keyColumns[0]}` : `record (${keyColumns.join(', ')})`} appears once and none was lost`,
          weight: 10,
          sheet: after.name,
          range,
          keyColumns,
        },
        note: `The solved workbook removes ${old.rows.length - now.rows.length} repeated rows of ${after.name}!${range} (by ${keyColumns.join(', ')}): checked.`,
      };
    }
  }
  return null;
}
