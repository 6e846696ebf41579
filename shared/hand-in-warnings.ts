import { filledCellsIn } from './a1';
import type { WorkbookSnapshot } from './snapshot';
import type { TaskPublic } from './task';

/**
 * What the candidate is asked to confirm before handing in: mistakes of the hand-in itself (nothing set up,
 * nothing in the answer area, typed values where formulas are asked), told from what the candidate can see
 * in their own workbook. Nothing here reads the answer key, so no warning says whether an answer is right.
 */
export function handInWarnings(task: TaskPublic, snapshot: WorkbookSnapshot): string[] {
  const sheets = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  if (!task.starter.sheets.some((s) => sheets.has(s.name.toLowerCase())))
    return ['The task’s sheet was never set up, so this workbook has none of the task’s data. Press “Set up sheet” first.'];
  if (task.answer.kind !== 'range') return [];
  const where = `${task.answer.sheet}!${task.answer.range}`;
  const elsewhere = task.answer.allowElsewhere ? ' If your answer is somewhere else, you can still hand in.' : '';
  const cells = filledCellsIn(snapshot, task.answer.sheet, task.answer.range);
  if (cells.length === 0) return [`The answer area (${where}) is empty.${elsewhere}`];
  if (task.formulasAsked && !cells.some((c) => c.formula))
    return [`The answer area (${where}) holds typed values, and this task asks for formulas.${elsewhere}`];
  return [];
}
