import type { CellValue } from '../../../shared/cells';
import type { TaskSpec } from '../../../shared/task';
import { fnv1a } from '../../../shared/random';
import { contains, regionOf, sampledOffsets, type Region } from '../answer-region';
import { evaluateOnVariants } from './evaluate';
import { referenceGrids } from './grids';
import { compressionsFor, evaluateCompressed } from './compress';
import { makeVariants, VARIANT_MAX_ROWS, type Variant } from './variants';

/** What the reference solution produces in the answer region: on the starter data and on each variant. */
export interface ReferenceResults {
  region: Region;
  offsets: { r: number; c: number }[];
  /** Values at `offsets` on the starter data. */
  starter: CellValue[];
  variants: Variant[];
  /** Values at `offsets`, one list per variant. */
  onVariants: CellValue[][];
}

const CACHE_LIMIT = 64;
const cache = new Map<string, ReferenceResults>();

/** A short, stable fingerprint of a task, so an edited task is never served stale reference values. */
function fingerprint(task: TaskSpec): string {
  const text = JSON.stringify(task);
  return `${task.id}:${text.length}:${fnv1a(text).toString(16)}`;
}

/**
 * Evaluates the reference solution once per task (a deterministic function of the task, so it is cached
 * by the task's fingerprint): one engine, the starter data first, then each variant swapped in.
 */
export function referenceResults(task: TaskSpec): ReferenceResults | null {
  if (task.answer.kind !== 'range' || task.private.solution.formulas.length === 0) return null;
  const key = fingerprint(task);
  const hit = cache.get(key);
  if (hit) return hit;
  const region = regionOf(task.answer.sheet, task.answer.range);
  const offsets = sampledOffsets(region);
  const variants = makeVariants(task);
  const probes = offsets.map(({ r, c }) => ({ sheet: region.sheet, row: region.top + r, col: region.left + c }));
  const sampled = new Set(probes.map((p) => `${p.row}:${p.col}`));
  const grids = referenceGrids(task, (sheet, row, col) => !contains(region, sheet, row, col) || sampled.has(`${row}:${col}`));
  const starter = (evaluateOnVariants(grids, [{ index: 0, changes: [], blocks: [] }], probes)[0] ?? []).map((p) => p.value);
  const compressions = task.private.hiddenData ? compressionsFor(task.private.hiddenData, VARIANT_MAX_ROWS) : null;
  const onVariants = evaluateCompressed(grids, variants, probes, compressions).map((run) => run.map((p) => p.value));
  const result = { region, offsets, starter, variants, onVariants };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}
