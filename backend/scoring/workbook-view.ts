import type { SnapshotCell, WorkbookSnapshot } from '../../shared/snapshot';

/** Read access to a snapshot by sheet and address; an empty cell reads as undefined. */
export interface WorkbookView {
  cell(sheet: string, address: string): SnapshotCell | undefined;
}

/** Indexes the snapshot once, so each check looks cells up in O(1). Sheet names compare as Excel does, ignoring case. */
export function viewOf(snapshot: WorkbookSnapshot): WorkbookView {
  const sheets = new Map<string, Map<string, SnapshotCell>>();
  for (const sheet of snapshot.sheets) {
    sheets.set(sheet.name.toLowerCase(), new Map(sheet.cells.map((c) => [c.address, c])));
  }
  return {
    cell: (sheet, address) => sheets.get(sheet.toLowerCase())?.get(address),
  };
}
