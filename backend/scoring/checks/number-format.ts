import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { addressAt, regionRange } from '../answer-region';
import { resultFromUnits } from '../check-result';
import { regionFor, type GradingContext } from '../grading-context';

type NumberFormatCheck = Extract<Check, { kind: 'number-format' }>;

/** Every cell of the region shows one of the accepted number formats. */
export function gradeNumberFormat(check: NumberFormatCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const accepted = check.formats.map((f) => f.replace(/\s+/g, '').toLowerCase());
  const failures: Evidence[] = [];
  for (let r = 0; r < region.rows; r++) {
    for (let c = 0; c < region.cols; c++) {
      const address = addressAt(region, { r, c });
      const format = ctx.book.cell(region.sheet, address)?.numberFormat ?? 'General';
      if (!accepted.includes(format.replace(/\s+/g, '').toLowerCase())) {
        failures.push({
          sheet: region.sheet,
          cell: address,
          formula: null,
          expected: check.formats.join(' or '),
          got: format,
          note: 'a different number format',
        });
      }
    }
  }
  return resultFromUnits(check, region.rows * region.cols, failures, [
    { sheet: region.sheet, cell: regionRange(region), formula: null, note: `formatted as ${check.formats[0]}` },
  ]);
}
