import type { CellValue } from '../../../shared/cells';
import type { TaskSpec } from '../../../shared/task';
import { addressAt, type Region } from '../answer-region';
import type { GradingContext } from '../grading-context';

/** The region's rows as the candidate left them, trailing empty rows dropped. */
export function candidateRows(ctx: GradingContext, region: Region): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < region.rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < region.cols; c++) row.push(ctx.book.cell(region.sheet, addressAt(region, { r, c }))?.value ?? null);
    rows.push(row);
  }
  while (rows.length && rows.at(-1)!.every((v) => v === null || v === '')) rows.pop();
  return rows;
}

/** The same region's rows in the starter workbook, trailing empty rows dropped. */
export function starterRows(task: TaskSpec, region: Region): CellValue[][] {
  const sheet = task.starter.sheets.find((s) => s.name.toLowerCase() === region.sheet.toLowerCase());
  const rows: CellValue[][] = [];
  for (let r = 0; r < region.rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < region.cols; c++) row.push(sheet?.rows[region.top - 1 + r]?.[region.left - 1 + c] ?? null);
    rows.push(row);
  }
  while (rows.length && rows.at(-1)!.every((v) => v === null || v === '')) rows.pop();
  return rows;
}

/** A row's identity as Excel's Remove Duplicates sees it: case and surrounding spaces ignored. */
export function rowKey(row: CellValue[], columns?: number[]): string {
  return JSON.stringify(
    (columns ?? row.map((_, i) => i)).map((i) => {
      const v = row[i] ?? null;
      return typeof v === 'string' ? v.trim().toLowerCase() : v;
    }),
  );
}
