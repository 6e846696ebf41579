import type { RawCellContent } from 'hyperformula';
import type { CellValue } from '../../../shared/cells';
import { buildEngine, readValue, type Grid } from './workbook';
import type { BlockData, Variant } from './variants';

/** A cell to read back after each variant, by sheet and 1-based position. */
export interface Probe {
  sheet: string;
  row: number;
  col: number;
}

export interface ProbeResult {
  value: CellValue;
  /** HyperFormula's own message for an error (for example "Function name X not recognized"). */
  errorMessage?: string;
}

/** A block's rows as laid out on the sheet: its data, with the blank gap (if any) in its place. */
function laidOut(block: BlockData): RawCellContent[][] {
  const blank = Array.from({ length: block.gapRows }, () => Array<RawCellContent>(block.rows[0]?.length ?? 0).fill(null));
  return [...block.rows.slice(0, block.gapAt), ...blank, ...block.rows.slice(block.gapAt)];
}

/** Writes a block's rows, gap included, into a grid (once, before the engine is built). */
function writeBlock(grid: Grid, block: BlockData): void {
  laidOut(block).forEach((row, r) => {
    const target = (grid.rows[block.top - 1 + r] ??= []);
    row.forEach((v, c) => {
      target[block.left - 1 + c] = v;
    });
  });
}

/**
 * Evaluates the probes on every variant with one engine: the first variant is written into the grids
 * before the engine is built, later ones are swapped in, one rectangular write per block in one batch.
 */
export function evaluateOnVariants(grids: Grid[], variants: Variant[], probes: Probe[]): ProbeResult[][] {
  if (variants.length === 0) return [];
  const [first, ...rest] = variants as [Variant, ...Variant[]];
  const copies = grids.map((g) => ({ name: g.name, rows: g.rows.map((row) => [...row]) }));
  for (const block of first.blocks) {
    const grid = copies.find((g) => g.name.toLowerCase() === block.sheet.toLowerCase());
    if (grid) writeBlock(grid, block);
  }
  const hf = buildEngine(copies);
  try {
    const sheetIds = new Map(copies.map((g) => [g.name.toLowerCase(), hf.getSheetId(g.name)!]));
    const read = () =>
      probes.map((p) => {
        const id = sheetIds.get(p.sheet.toLowerCase());
        return id === undefined ? { value: null } : readValue(hf, id, p.row, p.col);
      });
    const results = [read()];
    // Blocks whose gap is already blank in this engine (from the first variant): only their data is swapped.
    const blanked = new Set(first.blocks.map((b) => `${b.sheet}:${b.top}:${b.left}`));
    for (const variant of rest) {
      hf.batch(() => {
        for (const block of variant.blocks) {
          const id = sheetIds.get(block.sheet.toLowerCase());
          if (id === undefined) continue;
          const key = `${block.sheet}:${block.top}:${block.left}`;
          const at = (row: number) => ({ sheet: id, row: block.top - 1 + row, col: block.left - 1 });
          if (!blanked.has(key) || block.gapRows === 0) {
            hf.setCellContents(at(0), laidOut(block));
          } else {
            hf.setCellContents(at(0), block.rows.slice(0, block.gapAt));
            if (block.gapAt < block.rows.length) hf.setCellContents(at(block.gapAt + block.gapRows), block.rows.slice(block.gapAt));
          }
          blanked.add(key);
        }
      });
      results.push(read());
    }
    return results;
  } finally {
    hf.destroy();
  }
}
