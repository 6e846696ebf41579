import type { CheckResult, Evidence } from '../../../shared/score';
import type { Check } from '../../../shared/task';
import { columnLetters } from '../../../shared/a1';
import { addressAt, regionRange } from '../answer-region';
import { resultFromUnits } from '../check-result';
import { countReferences } from '../../../shared/formula-refs';
import { regionFor, type GradingContext } from '../grading-context';

type NoHardCodingCheck = Extract<Check, { kind: 'no-hard-coding' }>;

/** Whole numbers this small are counts, column indexes and offsets, not copied data. */
const SMALL_INTEGER = 12;

/** The numbers of the task's starter data, and each numeric column's sum, count, average, maximum and minimum. */
function dataNumbers(ctx: GradingContext): { exact: Set<number>; aggregates: { value: number; label: string }[] } {
  const exact = new Set<number>();
  const aggregates: { value: number; label: string }[] = [];
  for (const sheet of ctx.task.starter.sheets) {
    const width = Math.max(0, ...sheet.rows.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      const cells = sheet.rows.flatMap((row, r) => (typeof row[c] === 'number' ? [{ r, v: row[c] as number }] : []));
      for (const { v } of cells) exact.add(v);
      if (cells.length < 2) continue;
      const letter = columnLetters(c + 1);
      const range = `${sheet.name}!${letter}${cells[0]!.r + 1}:${letter}${cells.at(-1)!.r + 1}`;
      const values = cells.map((x) => x.v);
      const sum = values.reduce((a, b) => a + b, 0);
      for (const [label, value] of [
        ['sum', sum],
        ['average', sum / values.length],
        ['count', values.length],
        ['maximum', Math.max(...values)],
        ['minimum', Math.min(...values)],
      ] as const) {
        aggregates.push({ value, label: `the ${label} of ${range}` });
      }
    }
  }
  return { exact, aggregates };
}

/** Numbers the instructions give (`50,000`, `3.5%`): typing them in is following the instructions. */
function instructedNumbers(instructions: string): Set<number> {
  const out = new Set<number>();
  for (const m of instructions.matchAll(/(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)/g)) {
    const n = Number(`${m[1]!.replaceAll(',', '')}${m[2] ?? ''}`);
    out.add(n);
    if (m[3]) out.add(n / 100);
  }
  return out;
}

const decimalsOf = (literal: string): number => literal.split('.')[1]?.length ?? 0;

/** A literal that equals an aggregate, exactly or as typed with the literal's own decimals (`11.17` for 11.1666…). */
function aggregateOf(literal: string, aggregates: { value: number; label: string }[]): string | null {
  const n = Number(literal);
  const places = decimalsOf(literal);
  const hit = aggregates.find(
    ({ value }) =>
      Math.abs(value - n) <= 1e-9 * Math.max(1, Math.abs(value)) ||
      (places > 0 && Math.abs(value) >= 1 && Number(value.toFixed(places)) === n && Math.abs(value - n) > 0),
  );
  return hit?.label ?? null;
}

function literalNumbers(formula: string): string[] {
  const code = formula.split(/"(?:[^"]|"")*"/).join(' ');
  return [...code.matchAll(/(?<![A-Za-z0-9_.$:])(\d+(?:\.\d+)?)(?![A-Za-z0-9_(:])/g)].map((m) => m[1]!);
}

/**
 * No answer is typed in where a formula is asked: a value instead of a formula, a formula with no
 * reference at all (`=1234`), a formula that types in a number copied from the data (`=C2*24.5`), or one
 * worked out from it by hand (`=B2/48213`, the column's total). Numbers the instructions give are allowed.
 */
export function gradeNoHardCoding(check: NoHardCodingCheck, ctx: GradingContext): CheckResult {
  const region = regionFor(ctx, check.sheet, check.range);
  const data = dataNumbers(ctx);
  const instructed = instructedNumbers(ctx.task.instructions);
  const suspect = (literal: string) => {
    const n = Number(literal);
    return !instructed.has(n) && !(Number.isInteger(n) && Math.abs(n) <= SMALL_INTEGER);
  };
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
      } else if (
        countReferences(cell.formula) === 0 &&
        !/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(])/.test(cell.formula.replace(/"(?:[^"]|"")*"|TRUE|FALSE/gi, ''))
      ) {
        failures.push({ ...at, note: 'the formula refers to no cell: a constant in disguise' });
      } else {
        const literals = literalNumbers(cell.formula).filter(suspect);
        const copied = literals.filter((l) => data.exact.has(Number(l)));
        const worked = literals
          .filter((l) => !data.exact.has(Number(l)))
          .map((l) => ({ l, of: aggregateOf(l, data.aggregates) }))
          .filter((w) => w.of);
        if (copied.length)
          failures.push({ ...at, note: `the formula types in ${copied.join(', ')} from the data instead of referring to it` });
        else if (worked.length)
          failures.push({
            ...at,
            note: `the formula types in ${worked.map((w) => `${w.l}, ${w.of}`).join('; ')}, instead of computing it`,
          });
      }
    }
  }
  return resultFromUnits(
    check,
    Math.max(total, 1),
    total === 0 ? [{ sheet: region.sheet, cell: regionRange(region), formula: null, note: 'the region is empty' }] : failures,
    [
      {
        sheet: region.sheet,
        cell: regionRange(region),
        formula: null,
        note: `all ${total} answers are computed from the data`,
      },
    ],
  );
}
