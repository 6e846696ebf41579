import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { addressAt, regionRange } from '../answer-region';
import { resultFromUnits } from '../check-result';
import { countReferences } from '../engine/formula-refs';
import { regionFor, type GradingContext } from '../grading-context';

type NoHardCodingCheck = Extract<Check, { kind: 'no-hard-coding' }>;

/** Whole numbers this small are counts, column indexes and offsets, not copied data. */
const SMALL_INTEGER = 12;

/** The numbers in the task's starter data: a formula that types one in copies data instead of referring to it. */
function dataNumbers(ctx: GradingContext): Set<number> {
  const numbers = new Set<number>();
  for (const sheet of ctx.task.starter.sheets) for (const row of sheet.rows) for (const v of row) if (typeof v === 'number') numbers.add(v);
  return numbers;
}

function literalNumbers(formula: string): number[] {
  const code = formula.split(/"(?:[^"]|"")*"/).join(' ');
  return [...code.matchAll(/(?<![A-Za-z0-9_.$:])(\d+(?:\.\d+)?)(?![A-Za-z0-9_(:])/g)].map((m) => Number(m[1]));
}

/**
 * No answer is typed in where a formula is asked: a value instead of a formula, a formula with no
 * reference at all (`=1234`), or a formula that types in a number copied from the data (`=C2*24.5`).
 */
export function gradeNoHardCoding(check: NoHardCodingCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const copied = dataNumbers(ctx);
  const failures: Evidence[] = [];
  let total = 0;
  for (let r = 0; r < region.rows; r++) {
    for (let c = 0; c < region.cols; c++) {
      const address = addressAt(region, { r, c });
      const cell = ctx.book.cell(region.sheet, address);
      if (!cell) continue;
      total++;
      const at = { sheet: region.sheet, cell: address, formula: cell.formula ?? null, got: cell.value };
      if (!cell.formula) {
        failures.push({ ...at, note: 'the value is typed in' });
      } else if (countReferences(cell.formula) === 0 && !/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(])/.test(cell.formula.replace(/"(?:[^"]|"")*"|TRUE|FALSE/gi, ''))) {
        failures.push({ ...at, note: 'the formula refers to no cell: a constant in disguise' });
      } else {
        const hard = literalNumbers(cell.formula).filter((n) => copied.has(n) && !(Number.isInteger(n) && Math.abs(n) <= SMALL_INTEGER));
        if (hard.length) failures.push({ ...at, note: `the formula types in ${hard.join(', ')} from the data instead of referring to it` });
      }
    }
  }
  return resultFromUnits(check, Math.max(total, 1), total === 0 ? [{ sheet: region.sheet, cell: regionRange(region), formula: null, note: 'the region is empty' }] : failures, [{
    sheet: region.sheet, cell: regionRange(region), formula: null, note: `all ${total} answers are computed from the data`,
  }]);
}
