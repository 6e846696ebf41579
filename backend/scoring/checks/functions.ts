import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { regionRange } from '../answer-region';
import { notEvaluated, resultFromUnits } from '../check-result';
import { functionsUsed } from '../../../shared/formula-refs';
import { regionFor, type GradingContext } from '../grading-context';
import { formulaCells } from './region-formulas';

type FunctionsCheck = Extract<Check, { kind: 'functions' }>;

/** Each answer formula calls one of the required functions and none of the forbidden ones. */
export function gradeFunctions(check: FunctionsCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const cells = formulaCells(ctx, region);
  if (cells.length === 0)
    return resultFromUnits(
      check,
      1,
      [{ sheet: region.sheet, cell: regionRange(region), formula: null, note: 'no formulas to inspect' }],
      [],
    );
  const anyOf = check.anyOf.map((f) => f.toUpperCase());
  const forbidden = check.forbidden.map((f) => f.toUpperCase());
  const failures: Evidence[] = [];
  for (const { address, cell } of cells) {
    const used = functionsUsed(cell.formula);
    const banned = used.filter((f) => forbidden.includes(f));
    if (banned.length)
      failures.push({
        sheet: region.sheet,
        cell: address,
        formula: cell.formula,
        note: `uses ${banned.join(', ')}, which this task rules out`,
      });
    else if (anyOf.length && !used.some((f) => anyOf.includes(f)))
      failures.push({ sheet: region.sheet, cell: address, formula: cell.formula, note: `uses none of ${anyOf.join(', ')}` });
  }
  if (!anyOf.length && !forbidden.length) return notEvaluated(check, []);
  return resultFromUnits(check, cells.length, failures, [
    {
      sheet: region.sheet,
      cell: regionRange(region),
      formula: cells[0]!.cell.formula,
      note: anyOf.length ? `every formula uses ${anyOf.join(' or ')}` : `no formula uses ${forbidden.join(', ')}`,
    },
  ]);
}
