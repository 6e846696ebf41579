import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { parseCell } from '../../shared/a1';
import { addressAt, regionRange, sameRegion, type Region } from './answer-region';
import { mismatch } from './compare';
import type { ReferenceResults } from './evaluator/reference';
import type { WorkbookView } from './workbook-view';

const TOLERANCE = 1e-9;

/** Whether the starter workbook already had something in this cell: data the task gave is not an answer. */
function givenByTask(task: TaskSpec, sheet: string, row: number, col: number): boolean {
  const value = task.starter.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())?.rows[row - 1]?.[col - 1];
  return value !== undefined && value !== null && value !== '';
}

function fit(task: TaskSpec, book: WorkbookView, region: Region, ref: ReferenceResults): { matches: number; formulas: number } {
  let matches = 0;
  let formulas = 0;
  ref.offsets.forEach((offset, i) => {
    const cell = book.cell(region.sheet, addressAt(region, offset));
    if (!cell || givenByTask(task, region.sheet, region.top + offset.r, region.left + offset.c)) return;
    if (mismatch(ref.starter[i] ?? null, cell.value, TOLERANCE) === null) matches++;
    if (cell.formula) formulas++;
  });
  return { matches, formulas };
}

/**
 * Finds the candidate's answer when it is not in the suggested cells and the task allows that: the
 * region of the same shape, anywhere in the workbook, whose values best match what the reference gives,
 * formulas preferred. Returns null when the suggested cells are the best place to grade.
 */
export function locateAnswer(
  task: TaskSpec,
  snapshot: WorkbookSnapshot,
  book: WorkbookView,
  ref: ReferenceResults | null,
): { region: Region; note: string } | null {
  if (task.answer.kind !== 'range' || !task.answer.allowElsewhere || !ref || ref.offsets.length === 0) return null;
  const suggested = ref.region;
  const here = fit(task, book, suggested, ref);
  if (here.matches === ref.offsets.length) return null;
  const first = ref.starter[0];
  if (first === null || first === undefined || first === '') return null;

  let best: { region: Region; matches: number; formulas: number } | null = null;
  for (const sheet of snapshot.sheets) {
    for (const cell of sheet.cells) {
      if (mismatch(first, cell.value, TOLERANCE) !== null) continue;
      const { row, col } = parseCell(cell.address);
      const region: Region = { ...suggested, sheet: sheet.name, top: row - ref.offsets[0]!.r, left: col - ref.offsets[0]!.c };
      if (sameRegion(region, suggested)) continue;
      const f = fit(task, book, region, ref);
      if (!best || f.matches > best.matches || (f.matches === best.matches && f.formulas > best.formulas)) best = { region, ...f };
    }
  }
  if (!best || best.matches <= here.matches || best.matches * 2 < ref.offsets.length) return null;
  return {
    region: best.region,
    note: `The answer was found in ${best.region.sheet}!${regionRange(best.region)} instead of ${suggested.sheet}!${regionRange(suggested)}, and graded there.`,
  };
}
