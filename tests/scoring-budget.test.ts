import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookSnapshot } from '../shared/snapshot';
import { scoringPool } from '../backend/thread-pool/scoring-pool';
import { scoreWorkbook } from '../backend/scoring/score-workbook';
import { builtInTask } from '../backend/tasks/library';
import { solvedSnapshot } from './helpers/snapshots';

const task = builtInTask('price-lookup-vlookup')!;

/** The solved workbook plus `count` formulas beside the answers, each made by `formula(row)`. */
function solvedPlus(count: number, cells: (row: number) => WorkbookSnapshot['sheets'][number]['cells']): WorkbookSnapshot {
  const snapshot = solvedSnapshot(task);
  const sheet = snapshot.sheets.find((s) => s.name === 'Orders')!;
  for (let row = 1; row <= count; row++) sheet.cells.push(...cells(row));
  return snapshot;
}

/** Per-row SUMIFS over 2,000 rows: within the cost estimate, but seconds of engine time (HYPERFORMULA-FACTS §2.2). */
const slow = () =>
  solvedPlus(2_000, (r) => [
    { address: `K${r}`, value: r % 7 },
    { address: `L${r}`, value: r },
    { address: `J${r}`, value: 0, formula: `=SUMIFS($L$1:$L$2000,$K$1:$K$2000,K${r})` },
  ]);
/** 150,000 small formulas: cheap to estimate, a heap of engine vertices. */
const large = () => solvedPlus(150_000, (r) => [{ address: `M${r}`, value: 0, formula: `=N${r}+${r}` }]);

describe("each hand-in's budget in the scoring threads", () => {
  let close: () => Promise<void> = async () => {};
  afterEach(() => close());

  it('ends a hand-in over its time budget, grades it without evaluating, and scores an honest one sent with it in full', async () => {
    const pool = scoringPool(1, { timeMs: 1_000, memoryMb: 512 });
    close = pool.close;
    const honest = solvedSnapshot(task);
    const [hostile, fair] = await Promise.all([pool.scorer(slow(), task), pool.scorer(honest, task)]);
    expect(hostile.limitation).toMatchObject({ reason: 'over_time_budget' });
    expect(hostile.checks.find((c) => c.kind === 'hidden-data')).toMatchObject({ evaluated: false });
    expect(fair).toEqual(scoreWorkbook(honest, task));
  });

  it('ends a thread that goes over its memory budget, replaces it, and grades the hand-in without evaluating', async () => {
    // Room for an honest hand-in in a fresh thread, far too little for 150,000 formulas.
    const pool = scoringPool(1, { timeMs: 60_000, memoryMb: 96 });
    close = pool.close;
    const hostile = await pool.scorer(large(), task);
    expect(hostile.limitation).toMatchObject({ reason: 'over_memory_budget' });
    expect(hostile.limitation!.message).toContain('96 MB');
    expect((await pool.scorer(solvedSnapshot(task), task)).score).toBe(1);
  });
});
