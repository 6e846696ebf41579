import type { RawCellContent } from 'hyperformula';
import type { CellValue } from '../../shared/cells';
import type { SnapshotCell, WorkbookSnapshot } from '../../shared/snapshot';
import { TaskSpecSchema, type TaskSpec } from '../../shared/task';
import { cellAddress } from '../../shared/a1';
import { regionOf } from '../../backend/scoring/answer-region';
import { evaluateOnVariants } from '../../backend/scoring/evaluator/evaluate';
import { candidateGrids, referenceGrids } from '../../backend/scoring/evaluator/grids';
import { makeVariants } from '../../backend/scoring/evaluator/variants';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { builtInTask } from '../../backend/tasks/library';
import { aSheet, aSnapshot, solvedSnapshot } from '../helpers/snapshots';
import { quantile, report } from './report';

function timeRuns(runs: number, fn: () => void): number[] {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function reportTimes(name: string, times: number[]): void {
  report(`${name}.median_ms`, quantile(times, 0.5), 'ms');
  report(`${name}.p99_ms`, quantile(times, 0.99), 'ms');
}

/**
 * The naive grader, for comparison: a fresh engine over the whole workbook for every variant, for the
 * candidate and for the reference alike, every answer cell evaluated, nothing cached.
 */
function naiveHiddenData(snapshot: WorkbookSnapshot, task: TaskSpec): number {
  const region = regionOf((task.answer as { sheet: string }).sheet, (task.answer as { range: string }).range);
  const probes = [];
  for (let r = 0; r < region.rows; r++)
    for (let c = 0; c < region.cols; c++) probes.push({ sheet: region.sheet, row: region.top + r, col: region.left + c });
  let matches = 0;
  for (const variant of makeVariants(task)) {
    const [got] = evaluateOnVariants(candidateGrids(snapshot).grids, [variant], probes);
    const [want] = evaluateOnVariants(referenceGrids(task), [variant], probes);
    got!.forEach((g, i) => {
      if (g.value === want![i]!.value) matches++;
    });
  }
  return matches;
}

/** A 10,000-row sales sheet and a 1,000-product price list, with one lookup-and-SUMIFS formula per row. */

function tenThousandFormulas(): { task: TaskSpec; snapshot: WorkbookSnapshot } {
  const rows = 10_000;
  const products = 1_000;
  const regions = ['North', 'South', 'East', 'West'];
  const prices: [string, number][] = Array.from({ length: products }, (_, i) => [`P${1000 + i}`, 5 + ((i * 37) % 400) / 4]);
  const data: [string, string, number][] = Array.from({ length: rows }, (_, i) => [
    `P${1000 + ((i * 7919) % products)}`,
    regions[i % 4]!,
    1 + ((i * 31) % 50),
  ]);
  const qtyByRegion = new Map<string, number>();
  for (const [, region, qty] of data) qtyByRegion.set(region, (qtyByRegion.get(region) ?? 0) + qty);
  const priceOf = new Map(prices);
  const formula = (r: number) =>
    `=VLOOKUP(A${r},Prices!$A$2:$B$${products + 1},2,FALSE)*C${r}+SUMIFS($C$2:$C$${rows + 1},$B$2:$B$${rows + 1},B${r})`;
  const dataRows: CellValue[][] = [['Product', 'Region', 'Qty', 'Value'], ...data.map(([p, g, q]) => [p, g, q, null])];
  const task = TaskSpecSchema.parse({
    id: 'bench-10k-formulas',
    title: 'Value every sale',
    skill: 'lookups',
    difficulty: 3,
    instructions: 'Value each sale.',
    timeLimitSeconds: 1800,
    starter: {
      sheets: [
        { name: 'Sales', rows: dataRows },
        { name: 'Prices', rows: [['Product', 'Price'], ...prices] },
      ],
    },
    answer: { kind: 'range', sheet: 'Sales', range: `D2:D${rows + 1}`, description: 'Value per sale' },
    private: {
      solution: { formulas: [{ sheet: 'Sales', cell: `D2:D${rows + 1}`, formula: formula(2) }] },
      checks: [
        { id: 'values', kind: 'values', description: 'values', weight: 4, sheet: 'Sales', range: `D2:D${rows + 1}` },
        { id: 'formulas', kind: 'formulas', description: 'formulas', weight: 1, sheet: 'Sales', range: `D2:D${rows + 1}` },
        {
          id: 'functions',
          kind: 'functions',
          description: 'functions',
          weight: 1,
          sheet: 'Sales',
          range: `D2:D${rows + 1}`,
          anyOf: ['VLOOKUP', 'XLOOKUP', 'INDEX'],
        },
        { id: 'no-hard-coding', kind: 'no-hard-coding', description: 'no constants', weight: 1, sheet: 'Sales', range: `D2:D${rows + 1}` },
        { id: 'fill-down', kind: 'fill-down', description: 'fill-down', weight: 1, sheet: 'Sales', range: `D2:D${rows + 1}` },
        { id: 'hidden', kind: 'hidden-data', description: 'hidden data', weight: 4 },
      ],
      hiddenData: {
        seed: 10_000,
        variants: 5,
        blocks: [
          { sheet: 'Prices', range: `A2:B${products + 1}`, columns: { B: { kind: 'number', min: 1, max: 200, decimals: 2 } } },
          {
            sheet: 'Sales',
            range: `A2:C${rows + 1}`,
            columns: {
              A: { kind: 'pick', from: `Prices!A2:A${products + 1}` },
              B: { kind: 'category', values: regions },
              C: { kind: 'number', min: 1, max: 60, decimals: 0 },
            },
          },
        ],
      },
      followUps: [],
    },
  });
  // Excel's values for the visible data, computed directly (a 10,000-row SUMIFS is slow in any engine).
  const cells = (sheetRows: RawCellContent[][]) =>
    sheetRows.flatMap((row, r) =>
      row.flatMap((v, c): SnapshotCell[] =>
        v === null ? [] : [{ address: cellAddress({ row: r + 1, col: c + 1 }), value: v as CellValue }],
      ),
    );
  const sales = cells(dataRows);
  data.forEach(([p, g, q], i) =>
    sales.push({ address: `D${i + 2}`, formula: formula(i + 2), value: priceOf.get(p)! * q + qtyByRegion.get(g)! }),
  );
  const snapshot = aSnapshot([aSheet('Sales', sales), aSheet('Prices', cells([['Product', 'Price'], ...prices]))]);
  return { task, snapshot };
}

export function scoringBench(): void {
  const typical = builtInTask('regional-sales-sumifs')!;
  const submission = solvedSnapshot(typical);
  if (scoreWorkbook(submission, typical).score !== 1) throw new Error('the typical bench submission should score 1');
  reportTimes(
    'scoring.typical',
    timeRuns(200, () => scoreWorkbook(submission, typical)),
  );
  reportTimes(
    'scoring.typical_naive',
    timeRuns(60, () => naiveHiddenData(submission, typical)),
  );

  const big = tenThousandFormulas();
  const t0 = performance.now();
  const first = scoreWorkbook(big.snapshot, big.task);
  report('scoring.10k_formulas.first_run_ms', performance.now() - t0, 'ms');
  if (first.score !== 1)
    throw new Error(
      `the 10k bench submission should score 1, got ${JSON.stringify(first.checks.filter((c) => !c.passed).map((c) => c.evidence[0]))}`,
    );
  reportTimes(
    'scoring.10k_formulas',
    timeRuns(20, () => scoreWorkbook(big.snapshot, big.task)),
  );
}
