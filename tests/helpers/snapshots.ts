import type { RawCellContent } from 'hyperformula';
import type { CellValue } from '../../shared/cells';
import type { SnapshotCell, SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { cellAddress, parseCell } from '../../shared/a1';
import { regionOf } from '../../backend/scoring/answer-region';
import { shiftFormula } from '../../shared/formula-refs';
import { normaliseFormula } from '../../backend/scoring/evaluator/normalise';
import { buildEngine, readValue } from '../../backend/scoring/evaluator/workbook';

/** A sheet with the given non-empty cells and nothing else. */
export function aSheet(name: string, cells: SnapshotCell[] = [], extra: Partial<SnapshotSheet> = {}): SnapshotSheet {
  return {
    name,
    visible: true,
    usedRange: null,
    cells,
    tables: [],
    pivotTables: [],
    charts: [],
    conditionalFormats: [],
    dataValidations: [],
    ...extra,
  };
}

/** A snapshot as the add-in would send it, from Excel on the web. */
export function aSnapshot(sheets: SnapshotSheet[]): WorkbookSnapshot {
  return {
    version: 1,
    capturedAt: '2026-11-25T10:00:00.000Z',
    host: { platform: 'OfficeOnline', version: '16.0', requirementSets: ['ExcelApi 1.12'] },
    unsupported: [],
    activeSheet: sheets[0]?.name ?? null,
    sheets,
    names: [],
  };
}

/** Sheets as rows of contents from A1: values, or formulas as text starting with `=`. */
export interface SheetContents {
  name: string;
  rows: RawCellContent[][];
}

/**
 * What Excel would hold for these sheets: every formula computed (by the grader's engine, standing in
 * for Excel here), every value as typed. Formulas keep the text the candidate typed.
 */
export function computedSnapshot(sheets: SheetContents[]): WorkbookSnapshot {
  const at = (sheet: string, row: number, col: number) => ({ sheet, row, col });
  const hf = buildEngine(
    sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((row, r) =>
        row.map((v, c) => (typeof v === 'string' && v.startsWith('=') ? normaliseFormula(v, at(s.name, r + 1, c + 1), []).formula : v)),
      ),
    })),
  );
  try {
    return aSnapshot(
      sheets.map((s) => {
        const id = hf.getSheetId(s.name)!;
        const cells: SnapshotCell[] = [];
        s.rows.forEach((row, r) =>
          row.forEach((content, c) => {
            if (content === null || content === undefined || content === '') return;
            const address = cellAddress({ row: r + 1, col: c + 1 });
            const isFormula = typeof content === 'string' && content.startsWith('=');
            const { value } = isFormula ? readValue(hf, id, r + 1, c + 1) : { value: content as CellValue };
            cells.push({
              address,
              value,
              ...(isFormula ? { formula: content } : {}),
              ...(typeof value === 'string' && value.startsWith('#') && isFormula ? { error: value } : {}),
            });
          }),
        );
        return aSheet(s.name, cells);
      }),
    );
  } finally {
    hf.destroy();
  }
}

/** The task's starter sheets as editable contents. */
export function starterContents(task: TaskSpec): SheetContents[] {
  return task.starter.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
}

/**
 * A workbook's sheets as a task's starter: rows of values, or formulas as typed, from A1. What a candidate
 * who downloads their starter file has, to work on.
 */
export function starterOf(snapshot: WorkbookSnapshot): TaskSpec['starter'] {
  return {
    sheets: snapshot.sheets.map((s) => {
      const rows: CellValue[][] = [];
      for (const c of s.cells) {
        const { row, col } = parseCell(c.address);
        (rows[row - 1] ??= [])[col - 1] = c.formula ?? c.value;
      }
      const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
      return { name: s.name, rows: Array.from(rows, (r) => Array.from({ length: width }, (_, c) => r?.[c] ?? null)) };
    }),
  };
}

/** The starter workbook, untouched. */
export function starterSnapshot(task: TaskSpec): WorkbookSnapshot {
  return computedSnapshot(starterContents(task));
}

/** Writes `formula` into a range, filled down and across as Excel's fill handle does. */
export function fill(
  contents: SheetContents[],
  sheet: string,
  range: string,
  formula: string | ((row: number, col: number) => RawCellContent),
): SheetContents[] {
  const grid = contents.find((s) => s.name === sheet)!;
  const region = regionOf(sheet, range);
  for (let r = 0; r < region.rows; r++) {
    for (let c = 0; c < region.cols; c++) {
      const row = (grid.rows[region.top - 1 + r] ??= []);
      row[region.left - 1 + c] = typeof formula === 'function' ? formula(region.top + r, region.left + c) : shiftFormula(formula, r, c);
    }
  }
  return contents;
}

/** The reference solution's formulas filled into the starter sheets. */
export function solvedContents(task: TaskSpec): SheetContents[] {
  const contents = starterContents(task);
  for (const { sheet, cell, formula } of task.private.solution.formulas) fill(contents, sheet, cell, formula);
  return contents;
}

/** The reference solution, computed as Excel would hold it. */
export function solvedSnapshot(task: TaskSpec): WorkbookSnapshot {
  return computedSnapshot(solvedContents(task));
}

/** The reference solution's values pasted over its formulas: right answers, typed in. */
export function pastedValuesSnapshot(task: TaskSpec): WorkbookSnapshot {
  const snapshot = solvedSnapshot(task);
  for (const sheet of snapshot.sheets) sheet.cells = sheet.cells.map(({ formula: _formula, error: _error, ...cell }) => cell);
  return snapshot;
}
