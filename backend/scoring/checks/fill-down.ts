import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { addressesOf, regionRange } from '../answer-region';
import { resultFromUnits } from '../check-result';
import { slidingRanges, toR1C1 } from '../../../shared/formula-refs';
import { regionFor, type GradingContext } from '../grading-context';
import { formulaCells } from './region-formulas';

type FillDownCheck = Extract<Check, { kind: 'fill-down' }>;

/**
 * The answer region is one formula filled down (or across): every cell has the same R1C1 form as the
 * most common one, which is what references that are absolute and relative in the right places give.
 */
export function gradeFillDown(check: FillDownCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const cells = formulaCells(ctx, region).map((f) => ({ ...f, r1c1: toR1C1(f.cell.formula, f.row, f.col) }));
  const total = region.rows * region.cols;
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c.r1c1, (counts.get(c.r1c1) ?? 0) + 1);
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const model = cells.find((c) => c.r1c1 === common);
  const withFormula = new Set(cells.map((c) => c.address));
  const direction = region.rows > 1 ? 'rows' : 'cols';
  const sliding = model && total > 1 ? slidingRanges(model.cell.formula, direction) : [];
  const failures: Evidence[] = [
    ...sliding.map((range) => ({
      sheet: region.sheet,
      cell: model!.address,
      formula: model!.cell.formula,
      note: `the range ${range} slides as the formula is filled ${direction === 'rows' ? 'down' : 'across'}: anchor it with $`,
    })),
    ...addressesOf(region)
      .filter((a) => !withFormula.has(a))
      .map((address) => ({ sheet: region.sheet, cell: address, formula: null, note: 'no formula here' })),
    ...cells
      .filter((c) => c.r1c1 !== common)
      .map((c) => ({
        sheet: region.sheet,
        cell: c.address,
        formula: c.cell.formula,
        note: `differs from the filled-down formula (as in ${model!.address}: ${model!.cell.formula})`,
      })),
  ];
  // A sliding range is wrong in every cell it is filled into, so it costs the whole check.
  if (sliding.length) return { ...resultFromUnits(check, total, failures, []), points: 0, passed: false };
  return resultFromUnits(check, total, failures, [
    {
      sheet: region.sheet,
      cell: regionRange(region),
      formula: model?.cell.formula ?? null,
      note: `one formula filled through all ${total} cells`,
    },
  ]);
}
