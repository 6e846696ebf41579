import type { TaskSpec } from '../../shared/task';
import { cellAddress, type Bounds } from '../../shared/a1';
import { toR1C1 } from '../../shared/formula-refs';
import type { CellChange } from './workbook-diff';

/** A rectangle of one sheet, 1-based and inclusive. */
export type AnswerRegion = Bounds & { sheet: string };

/** The smallest rectangle around some cells of one sheet. */
export const boundingArea = (sheet: string, cells: readonly { row: number; col: number }[]): AnswerRegion => ({
  sheet,
  top: Math.min(...cells.map((c) => c.row)),
  left: Math.min(...cells.map((c) => c.col)),
  bottom: Math.max(...cells.map((c) => c.row)),
  right: Math.max(...cells.map((c) => c.col)),
});

export const rangeOf = (r: AnswerRegion): string =>
  r.top === r.bottom && r.left === r.right
    ? cellAddress({ row: r.top, col: r.left })
    : `${cellAddress({ row: r.top, col: r.left })}:${cellAddress({ row: r.bottom, col: r.right })}`;

/**
 * Where the answer is: the formulas the solved workbook added, on the sheet that has most of them, bounded by
 * the rectangle they fill. Cells of that rectangle left without a formula are reported, not guessed at.
 */
export function answerRegion(changes: CellChange[]): { region: AnswerRegion; gaps: string[]; elsewhere: string[] } | null {
  const formulas = changes.filter((c) => c.after?.formula);
  if (formulas.length === 0) return null;
  const bySheet = new Map<string, CellChange[]>();
  for (const c of formulas) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const [sheet, cells] = [...bySheet.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  const region = boundingArea(sheet, cells);
  const have = new Set(cells.map((c) => c.address));
  const gaps: string[] = [];
  for (let row = region.top; row <= region.bottom; row++)
    for (let col = region.left; col <= region.right; col++) if (!have.has(cellAddress({ row, col }))) gaps.push(cellAddress({ row, col }));
  const elsewhere = formulas.filter((c) => c.sheet !== sheet).map((c) => `${c.sheet}!${c.address}`);
  return { region, gaps, elsewhere };
}

/**
 * The solved workbook's formulas in the region as the task format keeps them: one entry per column run of
 * the same formula filled down (same R1C1 form), written for the run's first cell.
 */
export function referenceFormulas(region: AnswerRegion, changes: CellChange[]): TaskSpec['private']['solution']['formulas'] {
  const at = new Map(changes.filter((c) => c.sheet === region.sheet && c.after?.formula).map((c) => [c.address, c.after!.formula!]));
  const out: TaskSpec['private']['solution']['formulas'] = [];
  for (let col = region.left; col <= region.right; col++) {
    let run: { top: number; formula: string; r1c1: string } | null = null;
    const close = (bottom: number) => {
      if (!run) return;
      const cell =
        bottom > run.top
          ? `${cellAddress({ row: run.top, col })}:${cellAddress({ row: bottom, col })}`
          : cellAddress({ row: run.top, col });
      out.push({ sheet: region.sheet, cell, formula: run.formula });
      run = null;
    };
    for (let row = region.top; row <= region.bottom; row++) {
      const formula = at.get(cellAddress({ row, col }));
      const r1c1 = formula ? toR1C1(formula, row, col) : null;
      if (run && r1c1 === run.r1c1) continue;
      close(row - 1);
      if (formula && r1c1) run = { top: row, formula, r1c1 };
    }
    close(region.bottom);
  }
  return out;
}
