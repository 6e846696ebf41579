import type { RawCellContent } from 'hyperformula';
import type { HiddenData, TaskSpec } from '../../../shared/task';
import { columnLetters, columnNumber, parseCell } from '../../../shared/a1';
import { seeded, type Random } from '../../../shared/random';

type Generator = HiddenData['blocks'][number]['columns'][string];

/** Variant data is capped at this many rows: enough to catch every flaw the variants target, cheap to evaluate. */
export const VARIANT_MAX_ROWS = 40;

/** One data block's contents in one variant, written over the block's range. */
export interface BlockData {
  sheet: string;
  top: number;
  left: number;
  /** The variant's data rows, as wide as the block (at most VARIANT_MAX_ROWS of them). */
  rows: RawCellContent[][];
  /**
   * Blank rows between the variant's first `gapAt` rows and the rest, so a variant of a block taller than its
   * data still ends on the block's last row: a range that stops short of the data stops short of the
   * variant's data too, wherever it ends. Blank in every variant, so written only once.
   */
  gapAt: number;
  gapRows: number;
}

export interface Variant {
  index: number;
  /** What this variant changed, in words, for the evidence. */
  changes: string[];
  blocks: BlockData[];
}

export function starterRows(task: TaskSpec, sheet: string, range: string): RawCellContent[][] {
  const grid = task.starter.sheets.find((s) => s.name === sheet)?.rows ?? [];
  const [s, e] = range.split(':') as [string, string?];
  const a = parseCell(s);
  const b = parseCell(e ?? s);
  const out: RawCellContent[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: RawCellContent[] = [];
    for (let c = a.col; c <= b.col; c++) row.push(grid[r - 1]?.[c - 1] ?? null);
    out.push(row);
  }
  return out;
}

export function generate(
  g: Generator,
  original: RawCellContent,
  rng: Random,
  picked: Map<string, RawCellContent[]>,
  leftOut: Set<string>,
): RawCellContent {
  switch (g.kind) {
    case 'keep':
    case 'key':
      return original;
    case 'number': {
      const f = 10 ** g.decimals;
      return Math.round((g.min + rng.next() * (g.max - g.min)) * f) / f;
    }
    case 'date':
      return rng.int(g.from, g.to);
    case 'category': {
      const values = g.values.filter((v) => !leftOut.has(v));
      return rng.pick(values.length ? values : g.values);
    }
    case 'pick': {
      const pool = (picked.get(g.from) ?? []).filter((v) => v !== null && v !== '');
      return pool.length ? rng.pick(pool) : original;
    }
    case 'text': {
      const value = rng.pick(g.values);
      if (!g.messy) return value;
      const pad = () => ' '.repeat(rng.int(0, 2));
      const cased = rng.next() < 0.3 ? value.toUpperCase() : rng.next() < 0.3 ? value.toLowerCase() : value;
      return pad() + cased.replace(/ /g, () => ' '.repeat(rng.int(1, 2))) + pad();
    }
  }
}

/**
 * Makes the task's hidden-data variants, deterministically from its seed. Every variant shuffles the rows
 * and gives generated columns new values, so no total, count or average of the visible data survives into
 * a variant (a constant typed into a formula fails them all); every other variant leaves one value of each
 * category column out, so counts of distinct keys change too. From the third on, keys are added and
 * removed; the fourth adds duplicates and blanks where the block allows; the fifth stores numbers as text
 * where allowed; later ones mix these.
 */
export function makeVariants(task: TaskSpec): Variant[] {
  const hidden = task.private.hiddenData;
  if (!hidden) return [];
  const variants: Variant[] = [];
  for (let index = 0; index < hidden.variants; index++) {
    const rng = seeded(hidden.seed * 7919 + index);
    const mode = index < 5 ? index : 1 + rng.int(1, 4);
    const narrowed = index % 2 === 0;
    const changes = new Set<string>(['rows shuffled']);
    const picked = new Map<string, RawCellContent[]>();
    // Every cell this variant has written so far, by `Sheet!A1`: boundaries that follow a varied threshold.
    const written = new Map<string, RawCellContent>();
    const edgeValue = (edge: number | string): number | null => {
      if (typeof edge === 'number') return edge;
      const v = written.get(edge.toLowerCase());
      return typeof v === 'number' ? v : null;
    };
    const blocks: BlockData[] = [];
    for (const block of hidden.blocks) {
      const [startCell] = block.range.split(':') as [string];
      const start = parseCell(startCell);
      const original = starterRows(task, block.sheet, block.range);
      const width = original[0]?.length ?? 0;
      let rows = original.slice(0, VARIANT_MAX_ROWS).map((r) => [...r]);
      const columns = Object.entries(block.columns).map(([letter, g]) => ({ i: columnNumber(letter) - start.col, g }));
      {
        const leftOut = new Set<string>();
        if (narrowed) for (const { g } of columns) if (g.kind === 'category' && g.values.length >= 3) leftOut.add(rng.pick(g.values));
        if (leftOut.size) changes.add('fewer distinct categories');
        rows = rows.map((row) => {
          const next = [...row];
          for (const { i, g } of columns) next[i] = generate(g, row[i] ?? null, rng, picked, leftOut);
          return next;
        });
        // Boundaries: a quarter of the rows sit exactly on an edge or tie with another column.
        for (const { i, g } of columns) {
          if (g.kind !== 'number') continue;
          const tie = g.tiesWith ? columnNumber(g.tiesWith) - start.col : -1;
          const edges = g.edges.map(edgeValue).filter((e): e is number => e !== null);
          rows.forEach((row) => {
            if (rng.next() >= 0.25) return;
            if (tie >= 0 && (edges.length === 0 || rng.next() < 0.5)) row[i] = row[tie] ?? row[i] ?? null;
            else if (edges.length) row[i] = rng.pick(edges);
          });
          if (edges.length || tie >= 0) changes.add('values on the boundaries');
        }
        if (columns.some(({ g }) => g.kind !== 'keep' && g.kind !== 'key')) changes.add('values changed');
      }
      if (mode >= 2) {
        for (const { i, g } of columns) {
          if (g.kind === 'key') {
            const replaced = Math.max(1, Math.round(rows.length / 5));
            for (let k = 0; k < replaced; k++) rows[rng.int(0, rows.length - 1)]![i] = `${g.prefix}${900 + index * 10 + k}`;
            changes.add('keys added and removed');
          }
          if (g.kind === 'pick' && g.missingRate > 0) {
            rows.forEach((row) => {
              if (rng.next() < g.missingRate) row[i] = `${String(row[i] ?? '')}-X`;
            });
            changes.add('some lookup keys missing');
          }
        }
      }
      if ((mode === 3 || mode > 4) && rows.length > 2) {
        if (block.duplicates) {
          rows[rng.int(1, rows.length - 1)] = [...rows[0]!];
          changes.add('a duplicate row');
        }
        const numeric = columns.filter(({ g }) => g.kind === 'number');
        if (block.blanks && numeric.length) {
          rows[rng.int(0, rows.length - 1)]![rng.pick(numeric).i] = null;
          changes.add('a blank value');
        }
      }
      if (mode >= 4 && block.textNumbers) {
        const numeric = columns.filter(({ g }) => g.kind === 'number');
        if (numeric.length) {
          const row = rows[rng.int(0, rows.length - 1)]!;
          const i = rng.pick(numeric).i;
          if (typeof row[i] === 'number') row[i] = String(row[i]);
          changes.add('a number stored as text');
        }
      }
      rng.shuffle(rows);
      // Later blocks may pick from this one's columns (`Prices!A2:A9`), so lookups find what exists.
      const lastRow = start.row + original.length - 1;
      for (let c = 0; c < width; c++) {
        const letter = columnLetters(start.col + c);
        picked.set(
          `${block.sheet}!${letter}${start.row}:${letter}${lastRow}`,
          rows.map((r) => r[c] ?? null),
        );
      }
      // The first and last halves of the block's rows, as the compressed layout keeps them (compress.ts).
      const gapRows = original.length - rows.length;
      rows.forEach((row, r) =>
        row.forEach((v, c) => written.set(`${block.sheet}!${columnLetters(start.col + c)}${start.row + r}`.toLowerCase(), v)),
      );
      blocks.push({
        sheet: block.sheet,
        top: start.row,
        left: start.col,
        rows,
        gapAt: gapRows > 0 ? VARIANT_MAX_ROWS / 2 : rows.length,
        gapRows,
      });
    }
    variants.push({ index: index + 1, changes: [...changes], blocks });
  }
  return variants;
}
