import type { ExcelRun } from './read-snapshot';

/** Office's answer while the candidate is typing in a cell: the request is refused, not failed. */
const CELL_EDIT_CODES = new Set(['InvalidOperationInCellEditMode', 'ActivityLimitReached']);
const DELAYS_MS = [250, 500, 1_000, 2_000, 4_000];

/**
 * Wraps a run so that a batch Excel refuses because a cell is being edited is tried again with a short
 * backoff; `onWaiting` lets the screen say so ("Finish editing the cell to continue").
 */
export function retryingRun(
  run: ExcelRun,
  onWaiting: (attempt: number) => void = () => {},
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): ExcelRun {
  return async (batch) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run(batch);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (!code || !CELL_EDIT_CODES.has(code) || attempt >= DELAYS_MS.length) throw error;
        onWaiting(attempt + 1);
        await sleep(DELAYS_MS[attempt]!);
      }
    }
  };
}
