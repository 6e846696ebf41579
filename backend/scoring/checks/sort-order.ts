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
function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (v === null || v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

/** The data rows are sorted by the given keys, and are the same rows as before (none lost, none changed). */
export function gradeSortOrder(check: SortOrderCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const rows = candidateRows(ctx, region);
  const before = starterRows(ctx.task, region);
  const keys = check.keys.map((k) => ({ i: columnNumber(k.column) - region.left, sign: k.order === 'asc' ? 1 : -1 }));
  const sameRows = JSON.stringify(rows.map((r) => rowKey(r)).sort()) === JSON.stringify(before.map((r) => rowKey(r)).sort());
  const firstOut = rows.findIndex(
    (row, i) => i > 0 && keys.reduce((order, k) => order || k.sign * compare(rows[i - 1]![k.i] ?? null, row[k.i] ?? null), 0) > 0,
  );
  const at = { sheet: region.sheet, cell: regionRange(region), formula: null };
  const order = check.keys.map((k) => `${k.column} ${k.order === 'asc' ? 'ascending' : 'descending'}`).join(', then ');
  return resultFromParts(check, [
    {
      ok: rows.length > 0 && sameRows,
      evidence: {
        ...at,
        note: sameRows ? `the same ${rows.length} rows as the original data` : 'rows were lost, added or changed while sorting',
      },
    },
    {
      ok: rows.length > 0 && firstOut < 0,
      evidence: {
        ...at,
        note: firstOut < 0 ? `sorted by ${order}` : `not sorted by ${order}: row ${region.top + firstOut} is out of order`,
      },
    },
  ]);
}
