import type { TaskPublic } from '../../shared/task';
import { a1Address } from './addresses';
import type { ExcelRun } from './read-snapshot';
import { stampKey, type Stamp } from './stamp';

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** A name for an older sheet that is in the way: `Sales (1)`, `Sales (2)`… within Excel's 31 characters. */
function spareName(name: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Writes a task's starter sheets into the workbook, in two syncs: one to see which sheets exist, one to
 * write. A sheet already named like a starter sheet (from an earlier task) is renamed, never overwritten,
 * so no earlier work is lost; the answer's sheet is activated and its answer range selected. Where the host
 * has custom properties, the workbook (and each starter sheet, where it can) is stamped with the interview
 * it was set up for.
 */
export async function setupTask(run: ExcelRun, task: TaskPublic, stamp: Stamp | null = null): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    for (const starter of task.starter.sheets) {
      const existing = sheets.items.find((s) => s.name.toLowerCase() === starter.name.toLowerCase());
      if (existing) {
        const renamed = spareName(starter.name, taken);
        existing.name = renamed;
        taken.add(renamed.toLowerCase());
      }
      const ws = context.workbook.worksheets.add(starter.name);
      const width = Math.max(1, ...starter.rows.map((r) => r.length));
      if (starter.rows.length) {
        const rows = starter.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
        ws.getRangeByIndexes(0, 0, rows.length, width).formulas = rows;
      }
      for (const [letters, format] of Object.entries(starter.columnFormats ?? {})) {
        const dataRows = Math.max(1, starter.rows.length - 1);
        ws.getRangeByIndexes(1, columnIndex(letters), dataRows, 1).numberFormat = Array.from({ length: dataRows }, () => [format]);
      }
      if (stamp?.supported('sheetStamps')) ws.customProperties.add(stampKey(task.id), stamp.interviewId);
    }
    if (stamp?.supported('customProperties')) context.workbook.properties.custom.add(stampKey(task.id), stamp.interviewId);
    const answerSheet = task.answer.sheet ?? task.starter.sheets[0]!.name;
    const target = context.workbook.worksheets.getItem(answerSheet);
    target.activate();
    target.getRange(task.answer.kind === 'range' ? task.answer.range : a1Address(0, 0)).select();
    await context.sync();
  });
}
