import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { addressAt, contains, regionRange } from '../answer-region';
import { notEvaluated, resultFromUnits } from '../check-result';
import { mismatch } from '../compare';
import { compressionsFor, evaluateCompressed } from '../evaluator/compress';
import { VARIANT_MAX_ROWS } from '../evaluator/variants';
import { candidateGrids } from '../evaluator/grids';
import type { GradingContext } from '../grading-context';
import { regionFor } from '../grading-context';
import { assertAffordable } from '../limitations';

type HiddenDataCheck = Extract<Check, { kind: 'hidden-data' }>;

/** Relative tolerance for hidden-data answers: floating-point noise, not a different answer. */
const TOLERANCE = 1e-9;

/**
 * Re-runs the candidate's own formulas on the task's hidden variants (rows shuffled, values changed,
 * keys added and removed…) and compares each answer with what the reference solution gives on the same
 * variant. Typed-in answers, approximate lookups, short ranges and broken references fail here; any
 * truly equivalent formula passes. Every variant run is reported.
 */
export function gradeHiddenData(check: HiddenDataCheck, ctx: GradingContext): CheckResult {
  const ref = ctx.reference;
  if (!ref || ref.variants.length === 0)
    return notEvaluated(check, [{ sheet: '', cell: '', formula: null, note: 'the task defines no hidden data' }]);
  const region = regionFor(ctx, ref.region.sheet, regionRange(ref.region));
  if (ctx.withheld)
    return notEvaluated(check, [
      {
        sheet: region.sheet,
        cell: regionRange(region),
        formula: null,
        note: `not re-run on hidden data: ${ctx.withheld.reason.replaceAll('_', ' ')}`,
      },
    ]);
  const sampled = new Set(ref.offsets.map(({ r, c }) => `${region.top + r}:${region.left + c}`));
  // Only the sampled answer cells are evaluated: the rest of a large filled-down region is left out.
  const { grids, unevaluable } = candidateGrids(
    ctx.snapshot,
    (sheet, row, col) => contains(region, sheet, row, col) && !sampled.has(`${row}:${col}`),
  );
  assertAffordable(grids);
  const probes = ref.offsets.map(({ r, c }) => ({ sheet: region.sheet, row: region.top + r, col: region.left + c }));
  const compressions = ctx.task.private.hiddenData ? compressionsFor(ctx.task.private.hiddenData, VARIANT_MAX_ROWS) : null;
  const runs = unevaluable.length ? [] : evaluateCompressed(grids, ref.variants, probes, compressions);
  // A formula the engine cannot read shows up as an error in the answers that depend on it.
  const engineGap = runs.flat().some((p) => /not recognized|Parsing error/i.test(p.errorMessage ?? ''));
  if (unevaluable.length || engineGap) {
    const names = [...new Set(unevaluable.flatMap((u) => u.unsupported))];
    const where = unevaluable.slice(0, 5).map((u) => ({ sheet: u.sheet, cell: u.cell, formula: u.formula }));
    const note = `not re-run on hidden data: the grader cannot evaluate ${names.length ? names.join(', ') : 'a function used here'}; graded on Excel's own values only`;
    return notEvaluated(
      check,
      (where.length ? where : [{ sheet: region.sheet, cell: regionRange(region), formula: null }]).map((w) => ({ ...w, note })),
    );
  }

  const failures: Evidence[] = [];
  const passes: Evidence[] = [];
  runs.forEach((run, v) => {
    const variant = ref.variants[v]!;
    const label = `hidden variant ${variant.index} (${variant.changes.join(', ')})`;
    const wrong = run.flatMap((got, i) => {
      const expected = ref.onVariants[v]![i] ?? null;
      const why = mismatch(expected, got.value, TOLERANCE);
      return why ? [{ i, expected, got: got.value, why }] : [];
    });
    if (wrong.length === 0) {
      passes.push({
        sheet: region.sheet,
        cell: regionRange(region),
        formula: null,
        note: `${label}: all ${run.length} checked answers match the reference`,
      });
    } else {
      const first = wrong[0]!;
      const address = addressAt(region, ref.offsets[first.i]!);
      failures.push({
        sheet: region.sheet,
        cell: address,
        formula: ctx.book.cell(region.sheet, address)?.formula ?? null,
        expected: first.expected,
        got: first.got,
        note: `${label}: ${wrong.length} of ${run.length} answers differ from the reference; first at ${address}, ${first.why}`,
      });
    }
  });
  const result = resultFromUnits(check, runs.length, failures, passes);
  // Every variant is reported, the passed ones too, so a recruiter sees what was tried.
  return failures.length ? { ...result, evidence: [...failures, ...passes].slice(0, 20) } : result;
}
