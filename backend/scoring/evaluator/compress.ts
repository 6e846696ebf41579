import type { RawCellContent } from 'hyperformula';
import type { HiddenData } from '../../../shared/task';
import { parseCell } from '../../../shared/a1';
import { evaluateOnVariants, type Probe, type ProbeResult } from './evaluate';
import type { Variant } from './variants';
import type { Grid } from './workbook';

/**
 * A large data block is graded on a compressed copy of its sheet: the first and last `keep` rows of the
 * block stay, the rows between go, and everything below moves up. Variant data fills exactly the kept
 * rows, so a formula over `$C$2:$C$10001` becomes one over `$C$2:$C$41` with the same meaning on that
 * data — and a range that stops short of the block's end still stops short of the data's end. On the full
 * sheet the variant data sits on the same rows, first and last, with the middle blank (variants.ts).
 */
export interface Compression {
  sheet: string;
  top: number;
  bottom: number;
  keep: number;
}

/** The compressions the hidden data allows: one per sheet whose block is larger than the variant data. */
export function compressionsFor(hidden: HiddenData, variantRows: number): Compression[] | null {
  const keep = variantRows / 2;
  const out: Compression[] = [];
  for (const block of hidden.blocks) {
    const [s, e] = block.range.split(':') as [string, string?];
    const top = parseCell(s).row;
    const bottom = parseCell(e ?? s).row;
    if (bottom - top + 1 <= variantRows) continue;
    const same = out.find((c) => c.sheet.toLowerCase() === block.sheet.toLowerCase());
    if (same && (same.top !== top || same.bottom !== bottom)) return null; // two differently sized blocks on a sheet: no single layout
    if (!same) out.push({ sheet: block.sheet, top, bottom, keep });
  }
  return out;
}

/** Where a row of the full sheet lands in the compressed one, or null for a dropped row. */
export function mapRow(c: Compression, row: number): number | null {
  if (row < c.top + c.keep) return row;
  if (row > c.bottom - c.keep) return row - (c.bottom - c.top + 1 - 2 * c.keep);
  return null;
}

const unquote = (sheet: string) =>
  sheet
    .replace(/^'(.*)'!$/, '$1')
    .replace(/!$/, '')
    .replace(/''/g, "'");

/**
 * Rewrites a formula's row numbers for the compressed layout, or returns null when it refers to a dropped
 * row (a single cell in the middle of the block), in which case the grader evaluates the full sheet.
 */
export function compressFormula(formula: string, ownSheet: string, compressions: Compression[]): string | null {
  let unmappable = false;
  const find = (sheet: string) => compressions.find((c) => c.sheet.toLowerCase() === sheet.toLowerCase());
  const rewritten = formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.$])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![A-Za-z0-9_(])/g,
            (match, prefix: string | undefined, col1: string, row1: string, col2: string | undefined, row2: string | undefined) => {
              const c = find(prefix ? unquote(prefix) : ownSheet);
              if (!c) return match;
              const r1 = mapRow(c, Number(row1));
              const r2 = row2 === undefined ? r1 : mapRow(c, Number(row2));
              // A range from the head of the block to its tail keeps its meaning; one end in the middle does not.
              if (r1 === null || r2 === null) {
                unmappable = true;
                return match;
              }
              return `${prefix ?? ''}${col1}${r1}${col2 !== undefined ? `:${col2}${r2}` : ''}`;
            },
          ),
    )
    .join('');
  return unmappable ? null : rewritten;
}

/** The grids in the compressed layout, or null when some formula cannot be mapped. */
export function compressGrids(grids: Grid[], compressions: Compression[]): Grid[] | null {
  const out: Grid[] = [];
  for (const grid of grids) {
    const c = compressions.find((x) => x.sheet.toLowerCase() === grid.name.toLowerCase());
    const rows: RawCellContent[][] = [];
    for (let r = 0; r < grid.rows.length; r++) {
      const target = c ? mapRow(c, r + 1) : r + 1;
      if (target === null) continue;
      const row = grid.rows[r] ?? [];
      const mapped: RawCellContent[] = [];
      for (let col = 0; col < row.length; col++) {
        const v = row[col];
        if (typeof v === 'string' && v.startsWith('=') && compressions.length) {
          const f = compressFormula(v, grid.name, compressions);
          if (f === null) return null;
          mapped[col] = f;
        } else {
          mapped[col] = v ?? null;
        }
      }
      rows[target - 1] = mapped;
    }
    out.push({ name: grid.name, rows });
  }
  return out;
}

/** Probes moved to the compressed layout (every probe of a sampled answer lands on a kept row). */
export function compressProbes(probes: Probe[], compressions: Compression[]): Probe[] | null {
  const out: Probe[] = [];
  for (const p of probes) {
    const c = compressions.find((x) => x.sheet.toLowerCase() === p.sheet.toLowerCase());
    const row = c ? mapRow(c, p.row) : p.row;
    if (row === null) return null;
    out.push({ ...p, row });
  }
  return out;
}

/** In the compressed layout a large block is exactly as tall as its variant data: the gap is the dropped rows. */
export function compressVariants(variants: Variant[], compressions: Compression[]): Variant[] {
  const compressed = (sheet: string) => compressions.some((c) => c.sheet.toLowerCase() === sheet.toLowerCase());
  return variants.map((v) => ({ ...v, blocks: v.blocks.map((b) => (compressed(b.sheet) ? { ...b, gapRows: 0 } : b)) }));
}

/**
 * Evaluates probes on variants in the compressed layout when every formula maps onto it, else on the
 * full grids. Both give the same answers; the compressed one costs what a 40-row sheet costs.
 */
export function evaluateCompressed(
  grids: Grid[],
  variants: Variant[],
  probes: Probe[],
  compressions: Compression[] | null,
): ProbeResult[][] {
  if (compressions && compressions.length) {
    const small = compressGrids(grids, compressions);
    const mapped = compressProbes(probes, compressions);
    if (small && mapped) return evaluateOnVariants(small, compressVariants(variants, compressions), mapped);
  }
  return evaluateOnVariants(grids, variants, probes);
}
