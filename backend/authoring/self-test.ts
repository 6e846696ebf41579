import type { SelfTest } from '../../shared/authoring';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { rangesRead } from '../../shared/formula-refs';
import { regionOf } from '../scoring/answer-region';
import { referenceResults } from '../scoring/evaluator/reference';
import { scoreWorkbook } from '../scoring/score-workbook';

/** A sample answer the author uploads, with the band of scores they expect it to get, written before it is scored. */
export interface Sample {
  name: string;
  snapshot: WorkbookSnapshot;
  band: [number, number];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The ranges the reference formulas read that no hidden-data block rewrites, as `Sheet!A1`: a constant typed for them would go unnoticed. */
export function unmovedReads(task: TaskSpec): string[] {
  const blocks = task.private.hiddenData?.blocks.map((b) => regionOf(b.sheet, b.range)) ?? [];
  return task.private.solution.formulas.flatMap((f) =>
    rangesRead(f.formula, f.sheet).flatMap(({ sheet, range }) => {
      const read = regionOf(sheet, range);
      const moved = blocks.some(
        (b) =>
          b.sheet === read.sheet &&
          b.top < read.top + read.rows &&
          read.top < b.top + b.rows &&
          b.left < read.left + read.cols &&
          read.left < b.left + b.cols,
      );
      return moved ? [] : [`${sheet}!${range}`];
    }),
  );
}

/** The hidden variants whose reference answer is the same as on the visible data (they would catch nothing). */
export function unmovingVariants(task: TaskSpec): number[] {
  const reference = referenceResults(task);
  if (!reference) return [];
  return reference.onVariants.flatMap((values, v) =>
    values.every((value, i) => value === reference.starter[i]) ? [reference.variants[v]!.index] : [],
  );
}

/** The workbook with every formula replaced by its value: right answers, typed in. */
export function typedIn(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({ ...s, cells: s.cells.map(({ formula: _f, formulaR1C1: _r, error: _e, ...cell }) => cell) })),
  };
}

/**
 * The self-tests a task must pass before it is published, run on the author's own workbooks: the solved one
 * scores 100%, the starter 0, and for formula answers the solved values typed in at most 20% (and fail every
 * hidden variant), every range the reference reads is varied, and every variant moves the reference's answer.
 * Each sample scores within the band its author wrote for it.
 */
export function selfTest(task: TaskSpec, starter: WorkbookSnapshot, solved: WorkbookSnapshot, samples: Sample[] = []): SelfTest[] {
  const tests: SelfTest[] = [];
  const solvedResult = scoreWorkbook(solved, task);
  const failing = solvedResult.checks.filter((c) => !c.passed);
  tests.push({
    name: 'The solved workbook scores 100%',
    passed: solvedResult.score === 1,
    detail: failing.length
      ? `${pct(solvedResult.score)}: ${failing.map((c) => `${c.description} — ${c.evidence[0]?.note ?? 'failed'}${c.evidence[0]?.expected !== undefined ? ` (expected ${JSON.stringify(c.evidence[0].expected)}, got ${JSON.stringify(c.evidence[0].got ?? null)})` : ''}`).join('; ')}`.slice(
          0,
          2_000,
        )
      : pct(solvedResult.score),
  });
  const starterScore = scoreWorkbook(starter, task).score;
  tests.push({ name: 'The starter workbook scores 0', passed: starterScore === 0, detail: pct(starterScore) });
  if (task.private.solution.formulas.length > 0) {
    const typed = scoreWorkbook(typedIn(solved), task);
    tests.push({ name: 'The solved answers typed in score at most 20%', passed: typed.score <= 0.2, detail: pct(typed.score) });
    if (task.private.hiddenData) {
      const hidden = typed.checks.find((c) => c.kind === 'hidden-data');
      tests.push({
        name: 'The solved answers typed in fail every hidden variant',
        passed: !!hidden && hidden.evaluated && hidden.points === 0,
        detail: hidden ? `${hidden.points} of ${hidden.maxPoints} points` : 'no hidden-data check',
      });
      const unmoved = unmovedReads(task);
      tests.push({
        name: 'The hidden data varies every range the reference reads',
        passed: unmoved.length === 0,
        detail: unmoved.length ? `not varied: ${unmoved.join(', ')}` : 'all varied',
      });
      const still = unmovingVariants(task);
      tests.push({
        name: "Every hidden variant moves the reference's answer",
        passed: still.length === 0,
        detail: still.length
          ? `variants ${still.join(', ')} give the visible answer`
          : `${task.private.hiddenData.variants} of ${task.private.hiddenData.variants} move it`,
      });
    }
  }
  for (const sample of samples) {
    const score = scoreWorkbook(sample.snapshot, task).score;
    const [lo, hi] = sample.band;
    tests.push({
      name: `Sample "${sample.name}" scores between ${pct(lo)} and ${pct(hi)}`,
      passed: score >= lo - 1e-9 && score <= hi + 1e-9,
      detail: pct(score),
    });
  }
  return tests;
}
