import type { SnapshotCell, SnapshotSheet, WorkbookSnapshot } from '../../shared/snapshot';
import { parseCell } from '../../shared/a1';

export interface CellChange {
  sheet: string;
  address: string;
  row: number;
  col: number;
  before: SnapshotCell | undefined;
  after: SnapshotCell | undefined;
}

const cellsBy = (sheet: SnapshotSheet | undefined) => new Map((sheet?.cells ?? []).map((c) => [c.address, c]));
const sameContent = (a: SnapshotCell | undefined, b: SnapshotCell | undefined) =>
  (a?.formula ?? null) === (b?.formula ?? null) && (a?.formula ? true : (a?.value ?? null) === (b?.value ?? null));

/** The cells whose contents (a value typed, or a formula) differ between the two workbooks, sheet by sheet. */
export function changedCells(starter: WorkbookSnapshot, solved: WorkbookSnapshot): CellChange[] {
  const changes: CellChange[] = [];
  for (const sheet of solved.sheets) {
    const before = cellsBy(starter.sheets.find((s) => s.name === sheet.name));
    const after = cellsBy(sheet);
    for (const address of new Set([...before.keys(), ...after.keys()])) {
      const [b, a] = [before.get(address), after.get(address)];
      if (sameContent(b, a)) continue;
      changes.push({ sheet: sheet.name, address, ...parseCell(address), before: b, after: a });
    }
  }
  return changes;
}

/** Cells that hold the same content in both workbooks but are shown with another number format in the solved one. */
export function reformattedCells(starter: WorkbookSnapshot, solved: WorkbookSnapshot): CellChange[] {
  const changes: CellChange[] = [];
  for (const sheet of solved.sheets) {
    const before = cellsBy(starter.sheets.find((s) => s.name === sheet.name));
    for (const a of sheet.cells) {
      const b = before.get(a.address);
      if (!b || !sameContent(b, a) || (b.numberFormat ?? 'General') === (a.numberFormat ?? 'General')) continue;
      changes.push({ sheet: sheet.name, address: a.address, ...parseCell(a.address), before: b, after: a });
    }
  }
  return changes;
}

/** Objects of one kind in the solved workbook that the starter does not have (compared as JSON, sheet by sheet). */
export function addedObjects<K extends 'pivotTables' | 'charts' | 'conditionalFormats' | 'dataValidations' | 'tables'>(
  starter: WorkbookSnapshot,
  solved: WorkbookSnapshot,
  kind: K,
): { sheet: string; object: SnapshotSheet[K][number] }[] {
  return solved.sheets.flatMap((sheet) => {
    const had = new Set((starter.sheets.find((s) => s.name === sheet.name)?.[kind] ?? []).map((o) => JSON.stringify(o)));
    return (sheet[kind] as SnapshotSheet[K][number][])
      .filter((o) => !had.has(JSON.stringify(o)))
      .map((object) => ({ sheet: sheet.name, object }));
  });
}
