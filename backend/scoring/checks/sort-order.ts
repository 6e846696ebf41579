import type { CellValue } from '../../../shared/cells';
import type { CheckResult } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { columnNumber } from '../../../shared/a1';
import { regionRange } from '../answer-region';
import { resultFromParts } from '../check-result';
import { regionFor, type GradingContext } from '../grading-context';
import { candidateRows, rowKey, starterRows } from './region-rows';

type SortOrderCheck = Extract<Check, { kind: 'sort-order' }>;

/** Excel's sort order: numbers before text, text case-insensitively, blanks last. */
export function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (v === null || v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

type Key = { i: number; sign: number };

/** How many of the keys, most significant first, order the rows: each within the ties the keys before it leave. */
function keysHeld(rows: CellValue[][], keys: Key[]): number {
  let held = 0;
  for (let k = 0; k < keys.length; k++) {
    const inOrder = rows.every((row, r) => {
      if (r === 0) return true;
      const previous = rows[r - 1]!;
      // Rows of different earlier keys are ordered by those; only ties need this key in order.
      if (keys.slice(0, k).some((e) => compare(previous[e.i] ?? null, row[e.i] ?? null) !== 0)) return true;
      return keys[k]!.sign * compare(previous[keys[k]!.i] ?? null, row[keys[k]!.i] ?? null) <= 0;
    });
    if (!inOrder) break;
    held += 1;
  }
  return held;
}

/**
 * The data rows are sorted by the given keys, and are the same rows as before (none lost, none changed). The
 * order earns credit in proportion to the keys it holds beyond those the original data already held, so an
 * untouched list earns nothing, and keeping every row counts only once something was sorted (an untouched
 * list keeps every row too). Rows changed while sorting (one column sorted alone) cap the check.
 */
export function gradeSortOrder(check: SortOrderCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const rows = candidateRows(ctx, region);
  const before = starterRows(ctx.task, region);
  const keys = check.keys.map((k) => ({ i: columnNumber(k.column) - region.left, sign: k.order === 'asc' ? 1 : -1 }));
  const sameRows = JSON.stringify(rows.map((r) => rowKey(r)).sort()) === JSON.stringify(before.map((r) => rowKey(r)).sort());
  const [held, heldBefore] = [keysHeld(rows, keys), keysHeld(before, keys)];
  const progress =
    heldBefore === keys.length ? (held === keys.length ? 1 : 0) : Math.max(0, held - heldBefore) / (keys.length - heldBefore);
  const at = { sheet: region.sheet, cell: regionRange(region), formula: null };
  const order = check.keys.map((k) => `${k.column} ${k.order === 'asc' ? 'ascending' : 'descending'}`).join(', then ');
  const sorted = rows.length > 0 && held === keys.length;
  const firstOut = rows.findIndex(
    (row, i) => i > 0 && keys.reduce((o, k) => o || k.sign * compare(rows[i - 1]![k.i] ?? null, row[k.i] ?? null), 0) > 0,
  );
  const untouched = JSON.stringify(rows) === JSON.stringify(before);
  return resultFromParts(check, [
    {
      ok: sorted,
      share: progress,
      evidence: {
        ...at,
        note: sorted
          ? `sorted by ${order}`
          : `${
              held > 0
                ? `sorted by ${check.keys
                    .slice(0, held)
                    .map((k) => k.column)
                    .join(', then ')} but `
                : ''
            }not sorted by ${order}: row ${region.top + firstOut} is out of order`,
      },
    },
    {
      ok: rows.length > 0 && sameRows && progress > 0,
      evidence: {
        ...at,
        note: !sameRows
          ? 'rows were lost, added or changed while sorting'
          : progress > 0
            ? `the same ${rows.length} rows as the original data`
            : untouched
              ? 'the rows are as they were'
              : `the same ${rows.length} rows, in no order asked for`,
      },
    },
  ]);
}
