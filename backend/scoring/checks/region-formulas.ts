import type { SnapshotCell } from '../../../shared/snapshot';
import { addressAt, type Region } from '../answer-region';
import type { GradingContext } from '../grading-context';

/** The formula cells of a region, with their address and position, for the checks that read formulas. */
export function formulaCells(
  ctx: GradingContext,
  region: Region,
): { address: string; row: number; col: number; cell: SnapshotCell & { formula: string } }[] {
  const out: { address: string; row: number; col: number; cell: SnapshotCell & { formula: string } }[] = [];
  for (let r = 0; r < region.rows; r++) {
    for (let c = 0; c < region.cols; c++) {
      const address = addressAt(region, { r, c });
      const cell = ctx.book.cell(region.sheet, address);
      if (cell?.formula) out.push({ address, row: region.top + r, col: region.left + c, cell: cell as SnapshotCell & { formula: string } });
    }
  }
  return out;
}
