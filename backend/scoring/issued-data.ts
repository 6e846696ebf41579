import type { CellValue } from '../../shared/cells';
import type { IntegrityFlag } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { cellAddress, parseCell } from '../../shared/a1';

/** A data block whose cells differ from the issued data in more than this share reads as someone else's. */
const FOREIGN_SHARE = 0.5;
const MIN_BLOCK_CELLS = 6;

const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  (a ?? null) === (b ?? null) || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/**
 * One flag per other interview the task's stamps name, placed where it was found: the document's properties
 * when they name it (the whole workbook is another's), else the first task sheet that does (a sheet copied
 * out of another's workbook into this one, whose document stamp is the candidate's own). Only sheets under
 * the task's own names count: the set-up renames an earlier interview's sheet aside (`Orders (1)`) in a
 * workbook used again, and that sheet keeps its stamp without being handed in.
 */
function foreignStampFlags(snapshot: WorkbookSnapshot, issued: TaskSpec, interviewId: string): IntegrityFlag[] {
  const taskSheets = new Set(issued.starter.sheets.map((s) => s.name.toLowerCase()));
  const foreign = (snapshot.stamps ?? []).filter(
    (s) => s.taskId === issued.id && s.interviewId !== interviewId && (s.sheet === undefined || taskSheets.has(s.sheet.toLowerCase())),
  );
  const others = [...new Set(foreign.map((s) => s.interviewId))];
  return others.map((other) => {
    const named = foreign.filter((s) => s.interviewId === other);
    const sheet = named.some((s) => s.sheet === undefined) ? undefined : named[0]!.sheet;
    return {
      kind: 'workbook-of-another-interview',
      sheet: sheet ?? '',
      cell: sheet === undefined ? 'document properties' : 'sheet properties',
      excerpt: `interview ${other.slice(0, 8)}`,
    };
  });
}

/**
 * Signs that a hand-in is another candidate's workbook, against the task as issued to this interview: the
 * task pane's stamps naming another interview, or data blocks that mostly differ from the data this
 * candidate was given (each interview has its own). Reported with the score, never applied to it: the
 * values already fail on data that is not the candidate's own.
 */
export function issuedDataFlags(snapshot: WorkbookSnapshot, issued: TaskSpec, interviewId: string): IntegrityFlag[] {
  const flags = foreignStampFlags(snapshot, issued, interviewId);
  // Only data a candidate should leave alone: an answer in cells. Sorting or de-duplicating rewrites it.
  const blocks = issued.answer.kind === 'range' ? (issued.private.hiddenData?.blocks ?? []) : [];
  for (const block of blocks) {
    const starter = issued.starter.sheets.find((s) => s.name === block.sheet);
    const sheet = snapshot.sheets.find((s) => s.name === block.sheet);
    if (!starter || !sheet) continue;
    const [from, to] = block.range.split(':') as [string, string?];
    const [a, b] = [parseCell(from), parseCell(to ?? from)];
    const cells = new Map(sheet.cells.map((c) => [c.address, c.value]));
    let compared = 0;
    let differ = 0;
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) {
        const given = starter.rows[r - 1]?.[c - 1];
        if (given === null || given === undefined || given === '') continue;
        compared += 1;
        if (!same(cells.get(cellAddress({ row: r, col: c })), given)) differ += 1;
      }
    if (compared >= MIN_BLOCK_CELLS && differ > compared * FOREIGN_SHARE)
      flags.push({
        kind: 'data-not-issued',
        sheet: block.sheet,
        cell: block.range,
        excerpt: `${differ} of ${compared} cells differ`,
      });
  }
  return flags;
}
