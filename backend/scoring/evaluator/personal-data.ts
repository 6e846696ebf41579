import type { RawCellContent } from 'hyperformula';
import type { CellValue } from '../../../shared/cells';
import type { TaskSpec } from '../../../shared/task';
import { columnNumber, parseCell } from '../../../shared/a1';
import { fnv1a, seeded, type Random } from '../../../shared/random';
import { generate, nothingMadeYet, placeOnBoundaries, remember, starterRows } from './variants';

/** Blocks shorter than this (a threshold cell, a header row) keep their values: the brief may name them. */
const MIN_PERSONAL_ROWS = 3;

const NUMBERED = /^(.*?)(\d+)$/;

/**
 * Whether the brief names one of a column's values ("the price of the Desk lamp", "orders over 5000"): such
 * a column keeps its values, or the brief would speak of data the candidate does not have. Words of three
 * characters or more and numbers of three digits or more count; shorter ones match by accident.
 */
function namedInBrief(column: readonly RawCellContent[], brief: string): boolean {
  const text = brief.toLowerCase();
  return column.some((v) => {
    const s = String(v ?? '')
      .trim()
      .toLowerCase();
    if (s.length < 3 || (typeof v === 'number' && Math.abs(v) < 100)) return false;
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(text);
  });
}

/**
 * Another number for a numbered key (`SKU-310` → `SKU-643`), as many digits long, none in `taken`; a key
 * without a number (a product's name) is kept, since a made-up name would read as nonsense.
 */
function renumber(key: RawCellContent, taken: Set<string>, rng: Random): RawCellContent {
  const m = NUMBERED.exec(String(key ?? ''));
  if (!m) return key;
  const [low, high] = [10 ** (m[2]!.length - 1), 10 ** m[2]!.length - 1];
  let n = rng.int(low, high);
  for (let tries = 0; taken.has(`${m[1]}${n}`) && tries <= high - low; tries++) n = n === high ? low : n + 1;
  taken.add(`${m[1]}${n}`);
  return `${m[1]}${n}`;
}

/**
 * The task as one interview's candidate has it: the same layout with other values, order and keys, made by
 * the task's own hidden-data generators from a seed kept with the interview, so answers cannot be passed
 * from one candidate to another. Every data block of three rows or more is regenerated: rows shuffled,
 * generated columns drawn again (a column of distinct categories stays distinct), numbered keys renumbered
 * (lookups pick from the renumbered keys, with some unknown ones where the task wants missing ones), some
 * values on the task's boundaries. Short blocks (thresholds, headers) keep their values, and so does a column
 * whose values the brief names, since the brief would otherwise speak of data the candidate does not have.
 * The values check then expects what the reference computes on this data, and the hidden-data variants
 * are made from it with a seed of their own. Tasks answered by an object (a pivot, a chart, a sort) and
 * tasks without generators are returned as they are: their checks may name values of the shared data.
 */
export function personalise(task: TaskSpec, interviewSeed: number): TaskSpec {
  const hidden = task.private.hiddenData;
  if (task.answer.kind !== 'range' || !hidden) return task;
  const rng = seeded(fnv1a(task.id, interviewSeed));
  const sheets = task.starter.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const made = nothingMadeYet();
  for (const block of hidden.blocks) {
    const [startCell] = block.range.split(':') as [string];
    const start = parseCell(startCell);
    const original = starterRows(task, block.sheet, block.range);
    let rows = original.map((r) => [...r]);
    if (rows.length >= MIN_PERSONAL_ROWS) {
      const columns = Object.entries(block.columns)
        .map(([letter, g]) => ({ i: columnNumber(letter) - start.col, g }))
        .filter(
          ({ i }) =>
            !namedInBrief(
              rows.map((r) => r[i] ?? null),
              task.instructions,
            ),
        );
      for (const { i, g } of columns) {
        const column = rows.map((r) => r[i] ?? null);
        const distinct = new Set(column.map(String)).size === column.length;
        let fresh: RawCellContent[];
        if (g.kind === 'key') {
          const taken = new Set<string>();
          fresh = column.map((k) => (k === null || k === '' ? k : renumber(k, taken, rng)));
        } else if (g.kind === 'category' && distinct && g.values.length >= column.length)
          fresh = rng.shuffle([...g.values]).slice(0, column.length);
        else fresh = column.map((v) => (v === null || v === '' ? v : generate(g, v, rng, made.picked, new Set())));
        if (g.kind === 'pick' && g.missingRate > 0) {
          const missing = fresh.map((_, r) => r).filter(() => rng.next() < g.missingRate);
          if (missing.length === 0 && fresh.length) missing.push(rng.int(0, fresh.length - 1));
          // A key the lookup table does not have, written like the ones it has.
          const pool = new Set((made.picked.get(g.from) ?? []).map(String));
          for (const r of missing) {
            const unknown = renumber(fresh[r] ?? null, pool, rng);
            fresh[r] = unknown === fresh[r] ? `${String(fresh[r] ?? '')} (discontinued)` : unknown;
          }
        }
        rows.forEach((row, r) => (row[i] = fresh[r]!));
      }
      // As the hidden variants do, a fifth of the rows here (a quarter there) on the task's boundaries.
      placeOnBoundaries(rows, columns, start.col, made, rng, 0.2);
      rows = rng.shuffle(rows);
    }
    remember(made, block.sheet, start, original.length, rows);
    const sheet = sheets.find((s) => s.name === block.sheet)!;
    rows.forEach((row, r) => row.forEach((v, c) => ((sheet.rows[start.row + r - 1] ??= [])[start.col + c - 1] = v as CellValue)));
  }
  return {
    ...task,
    starter: { sheets },
    private: {
      ...task.private,
      // Expected values are what the reference computes on this candidate's data.
      checks: task.private.checks.map((c) => (c.kind === 'values' ? { ...c, expected: undefined } : c)),
      hiddenData: { ...hidden, seed: fnv1a(String(interviewSeed), hidden.seed) },
    },
  };
}
