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
 * What made data remembers as it goes, block by block: each block's columns by range (`Prices!A2:A9`), so
 * later blocks pick lookup keys that exist, and each cell written, by `Sheet!A1`, so later boundaries follow
 * a varied threshold.
 */
export interface MadeSoFar {
  picked: Map<string, RawCellContent[]>;
  written: Map<string, RawCellContent>;
}

export const nothingMadeYet = (): MadeSoFar => ({ picked: new Map(), written: new Map() });

/** Remembers a block once its rows are made (`rows` may be fewer than the block's `originalRows`). */
export function remember(
  made: MadeSoFar,
  sheet: string,
  start: { row: number; col: number },
  originalRows: number,
  rows: RawCellContent[][],
): void {
  const lastRow = start.row + originalRows - 1;
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const letter = columnLetters(start.col + c);
    made.picked.set(
      `${sheet}!${letter}${start.row}:${letter}${lastRow}`,
      rows.map((r) => r[c] ?? null),
    );
  }
  rows.forEach((row, r) =>
    row.forEach((v, c) => made.written.set(`${sheet}!${columnLetters(start.col + c)}${start.row + r}`.toLowerCase(), v)),
  );
}

/**
 * Boundaries: a `share` of the rows of each number column sit exactly on one of its edges (numbers, or cells
 * made earlier) or tie with another column. True when some column has boundaries.
 */
export function placeOnBoundaries(
  rows: RawCellContent[][],
  columns: readonly { i: number; g: Generator }[],
  startCol: number,
  made: MadeSoFar,
  rng: Random,
  share: number,
): boolean {
  let any = false;
  for (const { i, g } of columns) {
    if (g.kind !== 'number') continue;
    const tie = g.tiesWith ? columnNumber(g.tiesWith) - startCol : -1;
    const edges = g.edges
      .map((e) => (typeof e === 'number' ? e : made.written.get(e.toLowerCase())))
      .filter((e): e is number => typeof e === 'number');
    rows.forEach((row) => {
      if (rng.next() >= share) return;
      if (tie >= 0 && (edges.length === 0 || rng.next() < 0.5)) row[i] = row[tie] ?? row[i] ?? null;
      else if (edges.length) row[i] = rng.pick(edges);
    });
    if (edges.length || tie >= 0) any = true;
  }
  return any;
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
    const made = nothingMadeYet();
    const blocks: BlockData[] = [];
    for (const block of hidden.blocks) {
      const [startCell] = block.range.split(':') as [string];
      const start = parseCell(startCell);
      const original = starterRows(task, block.sheet, block.range);
      let rows = original.slice(0, VARIANT_MAX_ROWS).map((r) => [...r]);
      const columns = Object.entries(block.columns).map(([letter, g]) => ({ i: columnNumber(letter) - start.col, g }));
      {
        const leftOut = new Set<string>();
        if (narrowed) for (const { g } of columns) if (g.kind === 'category' && g.values.length >= 3) leftOut.add(rng.pick(g.values));
        if (leftOut.size) changes.add('fewer distinct categories');
        rows = rows.map((row) => {
          const next = [...row];
          for (const { i, g } of columns) next[i] = generate(g, row[i] ?? null, rng, made.picked, leftOut);
          return next;
        });
        if (placeOnBoundaries(rows, columns, start.col, made, rng, 0.25)) changes.add('values on the boundaries');
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
      remember(made, block.sheet, start, original.length, rows);
      // The first and last halves of the block's rows, as the compressed layout keeps them (compress.ts).
      const gapRows = original.length - rows.length;
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
