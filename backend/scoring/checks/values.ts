import type { CellValue } from '../../../shared/cells';
import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { addressAt, regionOf, regionRange, sameRegion, sampledOffsets } from '../answer-region';
import { notEvaluated, resultFromUnits } from '../check-result';
import { mismatch } from '../compare';
import { regionFor, type GradingContext } from '../grading-context';

type ValuesCheck = Extract<Check, { kind: 'values' }>;

/** The answer region holds the expected values, cell by cell (a large filled-down region on a sample). */
export function gradeValues(check: ValuesCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const own = regionOf(check.sheet, check.range);
  const ref = ctx.reference;
  const isAnswerRegion = ref !== null && sameRegion(own, ref.region);
  const offsets = check.expected ? sampledOffsets(own) : isAnswerRegion ? ref.offsets : undefined;
  const expectedAt = (i: number, r: number, c: number): CellValue | undefined =>
    check.expected ? (check.expected[r]?.[c] ?? null) : ctx.reference?.starter[i];
  if (!offsets)
    return notEvaluated(check, [
      {
        sheet: check.sheet,
        cell: check.range,
        formula: null,
        note: 'no expected values: the task has no reference solution for this range',
      },
    ]);

  const failures: Evidence[] = [];
  offsets.forEach(({ r, c }, i) => {
    const address = addressAt(region, { r, c });
    const cell = ctx.book.cell(region.sheet, address);
    const expected = expectedAt(i, r, c) ?? null;
    const why = mismatch(expected, cell?.value, check.tolerance);
    if (why)
      failures.push({ sheet: region.sheet, cell: address, formula: cell?.formula ?? null, expected, got: cell?.value ?? null, note: why });
  });
  const total = region.rows * region.cols;
  const scope = offsets.length < total ? `the ${offsets.length} sampled cells of ${total}` : `all ${total} cells`;
  return resultFromUnits(check, offsets.length, failures, [
    {
      sheet: region.sheet,
      cell: regionRange(region),
      formula: ctx.book.cell(region.sheet, addressAt(region, { r: 0, c: 0 }))?.formula ?? null,
      note: `${scope} hold the expected values`,
    },
  ]);
}
