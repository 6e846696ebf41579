import type { Evidence } from '../../../shared/score';
import type { SnapshotSheet } from '../../../shared/snapshot';
import type { GradingContext } from '../grading-context';
import { textOf } from '../../../shared/text';

/** The sheets a check about an object looks at: the named one, or every sheet when the task allows any. */
export function sheetsFor(ctx: GradingContext, sheet: string | null): SnapshotSheet[] {
  return sheet === null ? ctx.snapshot.sheets : ctx.snapshot.sheets.filter((s) => s.name.toLowerCase() === sheet.toLowerCase());
}

/** Compares names the way Excel shows them to a person: case and surrounding spaces do not matter. */
export const sameName = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** Strips a sheet prefix and `$` anchors from a range, so `Sales!$A$1:$D$21` compares equal to `A1:D21`. */
export function bareRange(range: string | null | undefined): string {
  return (range ?? '').replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
}

/** Formulas and rule values compare without spaces or a leading `=`, anchors kept, case ignored (`=1000` is `1000`). */
export const sameRuleValue = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => textOf(v).replace(/\s+/g, '').replace(/^=/, '').toLowerCase();
  return norm(a) === norm(b);
};

/** Scores each candidate object by a match function and returns the best, so partial credit goes to the closest. */
export function best<T>(items: T[], score: (item: T) => number): T | null {
  let top: T | null = null;
  let topScore = -1;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) [top, topScore] = [item, s];
  }
  return top;
}

/** Evidence about one part of an object (a chart's type, a pivot's row fields) at one place. */
export function partEvidence(sheet: string, cell: string) {
  return (note: string, expected?: string, got?: string): Evidence => ({
    sheet,
    cell,
    formula: null,
    note,
    ...(expected !== undefined ? { expected } : {}),
    ...(got !== undefined ? { got } : {}),
  });
}
