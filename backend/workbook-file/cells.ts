import type ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/cells';
import { LIMITS } from '../../shared/limits';
import type { SnapshotCell } from '../../shared/snapshot';

/** Days from 1970-01-01 to Excel's day 0 (1899-12-30); a 1904 workbook counts 1,462 days later. */
const UNIX_DAY_ZERO = 25_569;
const DAYS_1904 = 1_462;

/** Excel stores functions newer than 2007 with a prefix; Excel shows them (and `range.formulas` returns them) without. */
const withoutPrefixes = (formula: string) =>
  formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/_xlfn\.|_xlws\./g, '')))
    .join('');

/** A value as Office.js reads it: numbers (dates as serials), text, TRUE/FALSE, or the error's text. */
function plain(v: unknown, date1904: boolean): { value: CellValue; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (v instanceof Date) {
    const serial = v.getTime() / 86_400_000 + UNIX_DAY_ZERO - (date1904 ? DAYS_1904 : 0);
    return { value: Math.round(serial * 1e8) / 1e8 };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return { value: v.slice(0, LIMITS.cellTextChars) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { value: String(o.error), error: String(o.error) };
    if ('richText' in o && Array.isArray(o.richText))
      return plain(o.richText.map((t: { text?: string }) => t.text ?? '').join(''), date1904);
    if ('text' in o) return plain(o.text, date1904);
  }
  return { value: null };
}

/**
 * One sheet's non-empty cells as the add-in reads them. A formula whose file carries no computed value (a
 * workbook written by a program that does not calculate) is kept with an empty value and reported in
 * `uncomputed`, so the grader knows the value was unreadable rather than empty.
 */
export function readCells(ws: ExcelJS.Worksheet, date1904: boolean): { cells: SnapshotCell[]; uncomputed: string[] } {
  const cells: SnapshotCell[] = [];
  const uncomputed: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const raw = cell.value as unknown;
      const isFormula = typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw);
      const formula = isFormula && cell.formula ? `=${withoutPrefixes(cell.formula)}`.slice(0, LIMITS.formulaChars) : undefined;
      const result = isFormula ? (raw as { result?: unknown }).result : raw;
      if (formula && result === undefined) uncomputed.push(cell.address);
      const { value, error } = plain(result, date1904);
      if (!formula && (value === null || value === '')) return;
      const format = typeof cell.numFmt === 'string' && cell.numFmt !== 'General' ? cell.numFmt.slice(0, LIMITS.shortText) : undefined;
      cells.push({
        address: cell.address,
        value: value === '' ? null : value,
        ...(error ? { error } : {}),
        ...(formula ? { formula } : {}),
        ...(format ? { numberFormat: format } : {}),
      });
    });
  });
  return { cells, uncomputed };
}
