import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { addressAt, regionRange } from '../answer-region';
import { resultFromUnits } from '../check-result';
import { regionFor, type GradingContext } from '../grading-context';

type FormulasCheck = Extract<Check, { kind: 'formulas' }>;

/** Every answer cell is computed by a formula, and none of them shows an Excel error. */
export function gradeFormulas(check: FormulasCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const failures: Evidence[] = [];
  for (let r = 0; r < region.rows; r++) {
    for (let c = 0; c < region.cols; c++) {
      const address = addressAt(region, { r, c });
      const cell = ctx.book.cell(region.sheet, address);
      if (!cell?.formula) {
        failures.push({
          sheet: region.sheet,
          cell: address,
          formula: null,
          got: cell?.value ?? null,
          note: cell ? 'a typed value, not a formula' : 'the cell is empty',
        });
      } else if (cell.error) {
        failures.push({
          sheet: region.sheet,
          cell: address,
          formula: cell.formula,
          got: cell.value,
          note: `the formula returns ${cell.error}`,
        });
      }
    }
  }
  const total = region.rows * region.cols;
  return resultFromUnits(check, total, failures, [
    {
      sheet: region.sheet,
      cell: regionRange(region),
      formula: ctx.book.cell(region.sheet, addressAt(region, { r: 0, c: 0 }))?.formula ?? null,
      note: `all ${total} cells are error-free formulas`,
    },
  ]);
}
