import type { CellValue } from '../../shared/cells';
import type { SnapshotCell, WorkbookSnapshot } from '../../shared/snapshot';
import type { HiddenData, TaskSpec } from '../../shared/task';
import { boundsOf, cellAddress, columnLetters, parseCell } from '../../shared/a1';
import { rangesRead, shiftFormula } from '../../shared/formula-refs';
import { boundingArea, type AnswerRegion } from './reference';

type Block = HiddenData['blocks'][number];
type Generator = Block['columns'][string];
type Fills = TaskSpec['private']['solution']['formulas'];

type Area = AnswerRegion;

const areaOf = (sheet: string, range: string): Area => ({ sheet, ...boundsOf(range) });
const overlaps = (a: Area, b: Area) =>
  a.sheet === b.sheet && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const sameCell = (a: Area) => a.top === a.bottom && a.left === a.right;

/** Everything the reference formulas read, over the whole of each fill (a relative `B2` filled to row 13 reads B2:B13). */
function readAreas(fills: Fills): Area[] {
  return fills.flatMap((fill) => {
    const span = areaOf(fill.sheet, fill.cell);
    const first = rangesRead(fill.formula, fill.sheet);
    const last = rangesRead(shiftFormula(fill.formula, span.bottom - span.top, span.right - span.left), fill.sheet);
    return first.map((ref, i) => {
      const a = areaOf(ref.sheet, ref.range);
      const b = last[i] ? areaOf(last[i].sheet, last[i].range) : a;
      return boundingArea(a.sheet, [
        { row: a.top, col: a.left },
        { row: b.bottom, col: b.right },
        { row: b.top, col: b.left },
        { row: a.bottom, col: a.right },
      ]);
    });
  });
}

/** A starter sheet's cells by address. */
const gridOf = (snapshot: WorkbookSnapshot, sheet: string) =>
  new Map((snapshot.sheets.find((s) => s.name === sheet)?.cells ?? []).map((c) => [c.address, c]));

/** The boundaries the reference compares each column against: `B2>=5000` → 5000 for B; `B2>=$F$2` → the cell Team!F2. */
function comparisons(fills: Fills): Map<string, (number | string)[]> {
  const edges = new Map<string, (number | string)[]>();
  const operand = String.raw`((?:'[^']+'|[A-Za-z_][A-Za-z0-9_.]*)?!?\$?[A-Z]{1,3}\$?\d+|-?\d+(?:\.\d+)?)`;
  const pattern = new RegExp(`${operand}\\s*(<=|>=|<>|<|>|=)\\s*${operand}`, 'g');
  const isNumber = (t: string) => /^-?\d+(\.\d+)?$/.test(t);
  for (const fill of fills) {
    const body = fill.formula
      .slice(1)
      .split(/"(?:[^"]|"")*"/)
      .join(' ');
    const add = (ref: string, edge: number | string) => {
      const [read] = rangesRead(ref, fill.sheet);
      if (!read) return;
      const key = `${read.sheet}!${read.range.replace(/\d+$/, '')}`;
      edges.set(key, [...new Set([...(edges.get(key) ?? []), edge])]);
    };
    const asCell = (ref: string) => {
      const [read] = rangesRead(ref, fill.sheet);
      return read ? `${read.sheet}!${read.range}` : null;
    };
    for (const m of body.matchAll(pattern)) {
      const [x, y] = [m[1]!, m[3]!];
      if (isNumber(y) && !isNumber(x)) add(x, Number(y));
      else if (isNumber(x) && !isNumber(y)) add(y, Number(x));
      else if (!isNumber(x) && !isNumber(y) && y.includes('$')) add(x, asCell(y)!);
      else if (!isNumber(x) && !isNumber(y) && x.includes('$')) add(y, asCell(x)!);
    }
    // Criteria typed as text (`">=5000"`) bound every number column the same formula reads.
    for (const m of fill.formula.matchAll(/"(?:<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)"/g))
      for (const read of rangesRead(fill.formula, fill.sheet)) add(read.range.split(':')[0]!, Number(m[1]));
  }
  return edges;
}

const decimalsOf = (values: number[]) => Math.min(4, Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length)));
const looksLikeDate = (cell: SnapshotCell | undefined) =>
  !!cell?.numberFormat && /[dy]/i.test(cell.numberFormat) && !/[#0]/.test(cell.numberFormat);

/** How one column's values vary: keys, categories, numbers or dates, from what the column holds. */
function generatorFor(values: CellValue[], cells: (SnapshotCell | undefined)[], header: string, edges: (number | string)[]): Generator {
  const present = values.filter((v): v is string | number | boolean => v !== null && v !== '');
  if (present.length === 0) return { kind: 'keep' };
  if (present.every((v) => typeof v === 'number')) {
    const nums = present;
    if (looksLikeDate(cells.find((c) => c?.value !== null))) {
      return { kind: 'date', from: Math.floor(Math.min(...nums)) - 60, to: Math.ceil(Math.max(...nums)) + 60 };
    }
    const [lo, hi] = [Math.min(...nums), Math.max(...nums)];
    const spread = hi > lo ? (hi - lo) / 4 : Math.max(1, Math.abs(lo) / 5);
    const decimals = decimalsOf(nums);
    const round = (v: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
    const min = lo >= 0 ? Math.max(0, round(lo - spread)) : round(lo - spread);
    const max = round(hi + spread);
    return { kind: 'number', min, max: max > min ? max : min + 1, decimals, edges: edges.slice(0, 10) };
  }
  if (present.every((v) => typeof v === 'string')) {
    const texts = present;
    const distinct = [...new Set(texts)];
    if (distinct.length === texts.length && texts.length > 1) {
      const prefix = /^([A-Za-z]+[-_ ]?)\d+$/.exec(texts[0]!)?.[1];
      const shared = prefix && texts.every((t) => t.startsWith(prefix) && /\d+$/.test(t));
      return { kind: 'key', prefix: shared ? prefix : `${header.slice(0, 12) || 'Key'} `.slice(0, 20) };
    }
    return distinct.length <= 100 ? { kind: 'category', values: distinct.map((d) => d.slice(0, 200)) } : { kind: 'keep' };
  }
  return { kind: 'keep' };
}

/**
 * Hidden-data blocks for the ranges the reference reads: a single number cell (a threshold) becomes a block of
 * its own, listed first so others can sit on its boundary; a table's rows become a block spanning the table's
 * columns (not the answer's, not formulas), each column varied by what it holds. A text column whose values all
 * come from another block's key column picks from it, so lookups still find their keys.
 */
export function deriveHiddenData(
  starter: WorkbookSnapshot,
  fills: Fills,
  answer: AnswerRegion,
  seed: number,
): { hidden: HiddenData | null; notes: string[] } {
  const notes: string[] = [];
  const answerArea: Area = { ...answer };
  const reads = readAreas(fills).filter((r) => starter.sheets.some((s) => s.name === r.sheet) && !overlaps(r, answerArea));
  const edges = comparisons(fills);

  const params: Area[] = [];
  const groups: Area[] = [];
  for (const read of reads) {
    const grid = gridOf(starter, read.sheet);
    if (sameCell(read)) {
      const cell = grid.get(cellAddress({ row: read.top, col: read.left }));
      if (typeof cell?.value === 'number' && !cell.formula) {
        if (!params.some((p) => overlaps(p, read))) params.push(read);
        continue;
      }
    }
    const header = [...grid.values()].reduce((top, c) => Math.min(top, parseCell(c.address).row), Infinity);
    const area = { ...read };
    const headerIsText = Array.from({ length: area.right - area.left + 1 }, (_, i) =>
      grid.get(cellAddress({ row: area.top, col: area.left + i })),
    ).every((c) => c === undefined || typeof c.value === 'string');
    if (area.top === header && area.bottom > area.top && headerIsText) area.top += 1;
    const same = groups.find((g) => g.sheet === area.sheet && g.top <= area.bottom && area.top <= g.bottom);
    if (same)
      Object.assign(same, {
        top: Math.min(same.top, area.top),
        bottom: Math.max(same.bottom, area.bottom),
        left: Math.min(same.left, area.left),
        right: Math.max(same.right, area.right),
      });
    else groups.push(area);
  }

  // A table's rows move together: widen each group to the neighbouring data columns, never into the answer or a formula.
  for (const g of groups) {
    const grid = gridOf(starter, g.sheet);
    const usable = (col: number) => {
      if (col < 1 || overlaps({ ...g, left: col, right: col }, answerArea)) return false;
      const cells = Array.from({ length: g.bottom - g.top + 1 }, (_, i) => grid.get(cellAddress({ row: g.top + i, col })));
      return cells.some((c) => c && c.value !== null) && cells.every((c) => !c?.formula);
    };
    while (usable(g.left - 1) && !params.some((p) => overlaps(p, { ...g, left: g.left - 1, right: g.left - 1 }))) g.left -= 1;
    while (usable(g.right + 1) && !params.some((p) => overlaps(p, { ...g, left: g.right + 1, right: g.right + 1 }))) g.right += 1;
  }

  const columnValues = (area: Area, col: number) => {
    const grid = gridOf(starter, area.sheet);
    const cells = Array.from({ length: area.bottom - area.top + 1 }, (_, i) => grid.get(cellAddress({ row: area.top + i, col })));
    return { cells, values: cells.map((c) => c?.value ?? null) };
  };
  const headerOf = (area: Area, col: number) =>
    String(gridOf(starter, area.sheet).get(cellAddress({ row: area.top - 1, col }))?.value ?? '');

  const blocks: (Block & { area: Area })[] = params.map((p) => {
    const { values, cells } = columnValues(p, p.left);
    const letter = columnLetters(p.left);
    return {
      sheet: p.sheet,
      range: cellAddress({ row: p.top, col: p.left }),
      columns: { [letter]: generatorFor(values, cells, '', []) },
      duplicates: false,
      blanks: false,
      textNumbers: false,
      area: p,
    };
  });

  const tableBlocks = groups.map((g) => {
    const columns: Block['columns'] = {};
    for (let col = g.left; col <= g.right; col++) {
      const { values, cells } = columnValues(g, col);
      const letter = columnLetters(col);
      const columnEdges = (edges.get(`${g.sheet}!${letter}`) ?? []).filter(
        (e) => typeof e === 'number' || params.some((p) => `${p.sheet}!${cellAddress({ row: p.top, col: p.left })}` === e),
      );
      columns[letter] = generatorFor(values, cells, headerOf(g, col), columnEdges);
    }
    return {
      sheet: g.sheet,
      range: `${cellAddress({ row: g.top, col: g.left })}:${cellAddress({ row: g.bottom, col: g.right })}`,
      columns,
      duplicates: true,
      blanks: false,
      textNumbers: false,
      area: g,
    };
  });

  // Lookups: a column whose every value is a key of another block picks from that key column, and that block comes first.
  const keyColumns = tableBlocks.flatMap((b) =>
    Object.entries(b.columns)
      .filter(([, gen]) => gen.kind === 'key' || gen.kind === 'category')
      .map(([letter]) => ({ block: b, letter, values: new Set(columnValues(b.area, parseCell(`${letter}1`).col).values.map(String)) })),
  );
  const sources = new Set<(typeof tableBlocks)[number]>();
  for (const b of tableBlocks) {
    for (const [letter, gen] of Object.entries(b.columns)) {
      if (gen.kind !== 'category') continue;
      const values = columnValues(b.area, parseCell(`${letter}1`).col)
        .values.filter((v) => v !== null)
        .map(String);
      const source = keyColumns.find(
        (k) => k.block !== b && k.block.columns[k.letter]!.kind === 'key' && values.every((v) => k.values.has(v)),
      );
      if (!source) continue;
      b.columns[letter] = {
        kind: 'pick',
        from: `${source.block.sheet}!${source.letter}${source.block.area.top}:${source.letter}${source.block.area.bottom}`,
        missingRate: 0,
      };
      source.block.duplicates = false;
      sources.add(source.block);
      notes.push(`${b.sheet}!${letter} draws its values from ${source.block.sheet}!${source.letter}, so lookups find them.`);
    }
  }
  blocks.push(...tableBlocks.filter((b) => sources.has(b)), ...tableBlocks.filter((b) => !sources.has(b)));

  if (blocks.length === 0) {
    notes.push('The reference reads no data of the starter workbook, so there is no hidden data to vary.');
    return { hidden: null, notes };
  }
  const words = (g: Generator) =>
    g.kind === 'number'
      ? `other numbers${g.edges.length ? `, some exactly on ${g.edges.join(', ')}` : ''}`
      : g.kind === 'key'
        ? 'the same keys, some replaced by new ones'
        : g.kind === 'pick'
          ? `values from ${g.from}`
          : g.kind === 'category'
            ? 'the same categories, one sometimes left out'
            : g.kind === 'date'
              ? 'other dates'
              : 'kept';
  for (const b of blocks) {
    const columns = Object.entries(b.columns).map(([letter, g]) => `${letter}: ${words(g)}`);
    notes.push(`Hidden data rewrites ${b.sheet}!${b.range}${b.range.includes(':') ? ' (rows shuffled)' : ''} — ${columns.join('; ')}.`);
  }
  return { hidden: { seed, variants: 5, blocks: blocks.slice(0, 10).map(({ area: _area, ...block }) => block) }, notes };
}
