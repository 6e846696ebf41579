import ExcelJS from 'exceljs';
import type { TaskPublic } from '../../shared/task';

/** Functions newer than Excel 2007 are stored with a prefix in .xlsx; Excel shows them without. */
const FUTURE =
  /(?<![A-Za-z0-9_.])(IFS|TEXTJOIN|CONCAT|XLOOKUP|XMATCH|MAXIFS|MINIFS|SWITCH|IFNA|FILTER|SORT|SORTBY|UNIQUE|LET|TEXTBEFORE|TEXTAFTER)\(/g;
const stored = (formula: string) =>
  formula
    .slice(1)
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(FUTURE, '_xlfn.$1(')))
    .join('');

/**
 * A task's starter as an .xlsx file, for a candidate who hands in files instead of using the add-in: the same
 * sheets, values, formulas and column formats the add-in writes into the open workbook.
 */
export async function starterWorkbook(task: TaskPublic): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of task.starter.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        ws.getCell(r + 1, c + 1).value = typeof value === 'string' && value.startsWith('=') ? { formula: stored(value) } : value;
      }),
    );
    for (const [column, format] of Object.entries(sheet.columnFormats ?? {})) {
      for (let r = 2; r <= Math.max(2, sheet.rows.length); r++) ws.getCell(`${column}${r}`).numFmt = format;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
