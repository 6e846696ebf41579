import type { CellValue } from '../../../shared/cells';
import { expandRange } from '../../../shared/a1';
import type { GradingContext } from '../grading-context';

/** Ranges larger than this are not read cell by cell for an object check (an object over a whole column). */
const MAX_CELLS = 200_000;

/** `Sales!$A$1:$D$25`, `'My data'!A1:D25` or `A1:D25` (on `defaultSheet`) as a sheet and a bare range. */
export function splitRef(ref: string, defaultSheet: string): { sheet: string; range: string } | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim().replace(/^=/, ''));
  if (!m) return null;
  const sheet = m[1]?.replace(/''/g, "'") ?? m[2] ?? defaultSheet;
  return { sheet, range: `${m[3]}${m[4]}${m[5] ? `:${m[5]}${m[6]}` : ''}` };
}

/** Whole columns (`Sales!$A:$D`) as the rows that hold anything: a source written that way reads the same data. */
function boundColumns(ctx: GradingContext, ref: string, defaultSheet: string): string {
  const m = /^(.*!)?\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(ref.trim().replace(/^=/, ''));
  if (!m) return ref;
  const sheet = splitRef(`${m[1] ?? ''}A1`, defaultSheet)?.sheet ?? defaultSheet;
  const cells = ctx.snapshot.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())?.cells ?? [];
  const last = cells.reduce((max, c) => Math.max(max, Number(/\d+$/.exec(c.address)?.[0] ?? 1)), 1);
  return `${m[1] ?? ''}${m[2]}1:${m[3]}${last}`;
}

/** A range's values as rows, read from the hand-in (an empty cell is null); null when it is not a range. */
export function rangeValues(
  ctx: GradingContext,
  ref: string,
  defaultSheet: string,
): { sheet: string; range: string; rows: CellValue[][] } | null {
  const at = splitRef(boundColumns(ctx, ref, defaultSheet), defaultSheet);
  if (!at) return null;
  const addresses = expandRange(at.range);
  if (addresses.length * (addresses[0]?.length ?? 0) > MAX_CELLS) return null;
  return { ...at, rows: addresses.map((row) => row.map((address) => ctx.book.cell(at.sheet, address)?.value ?? null)) };
}
