import type { CellValue } from '../../shared/cells';
import type { SnapshotCell, SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { cellAddress, expandRange, parseCell } from '../../backend/scoring/a1';

/** A sheet with the given non-empty cells and nothing else. */
export function aSheet(name: string, cells: SnapshotCell[] = []): SnapshotSheet {
  return { name, visible: true, usedRange: null, cells, tables: [], pivotTables: [], charts: [], conditionalFormats: [], dataValidations: [] };
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

/** The starter workbook, untouched. */
export function starterSnapshot(task: TaskSpec): WorkbookSnapshot {
  return aSnapshot(
    task.starter.sheets.map((sheet) =>
      aSheet(
        sheet.name,
        sheet.rows.flatMap((row, r) =>
          row.flatMap((value, c): SnapshotCell[] => (value === null ? [] : [{ address: cellAddress({ row: r + 1, col: c + 1 }), value }])),
        ),
      ),
    ),
  );
}

/** Moves the unanchored row numbers of a formula's A1 references down by `rows`, as Excel's fill-down does. */
function fillDown(formula: string, rows: number): string {
  return formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (ref, col: string, anchor: string, row: string) =>
    anchor ? ref : `${col}${Number(row) + rows}`);
}

type Answer = (address: string, expected: CellValue, formula: string) => Partial<SnapshotCell> | null;

/**
 * The starter workbook with the answer region filled in: by default with the reference solution's formulas
 * and the values they produce. `answer` changes what goes in each cell (a typed value, a wrong formula…).
 */
export function solvedSnapshot(task: TaskSpec, answer: Answer = () => ({})): WorkbookSnapshot {
  const snapshot = starterSnapshot(task);
  for (const solution of task.private.solution.formulas) {
    const check = task.private.checks.find((c) => c.kind === 'values' && c.sheet === solution.sheet);
    const sheet = snapshot.sheets.find((s) => s.name === solution.sheet)!;
    const top = parseCell(solution.cell.split(':')[0]!).row;
    expandRange(solution.cell).forEach((row, r) =>
      row.forEach((address, c) => {
        const expected = check?.kind === 'values' ? (check.expected[r]?.[c] ?? null) : null;
        const formula = fillDown(solution.formula, parseCell(address).row - top);
        const change = answer(address, expected, formula);
        sheet.cells = sheet.cells.filter((cell) => cell.address !== address);
        if (change) sheet.cells.push({ address, value: expected, formula, ...change });
      }),
    );
  }
  return snapshot;
}
