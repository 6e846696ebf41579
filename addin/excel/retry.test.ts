import { describe, expect, it } from 'vitest';
import { retryingRun } from './retry';
import type { ExcelRun } from './read-snapshot';

const refusingTimes = (n: number, code = 'InvalidOperationInCellEditMode'): ExcelRun => {
  let calls = 0;
  return (async (batch: () => Promise<unknown>) => {
    if (calls++ < n) throw Object.assign(new Error('refused'), { code });
    return batch();
  }) as ExcelRun;
};

describe('running against Excel while the candidate edits a cell', () => {
  it('tries again with a backoff and says it is waiting', async () => {
    const waited: number[] = [];
    const slept: number[] = [];
    const run = retryingRun(
      refusingTimes(2),
      (a) => waited.push(a),
      async (ms) => {
        slept.push(ms);
      },
    );
    expect(await run(async () => 'done')).toBe('done');
    expect(waited).toEqual([1, 2]);
    expect(slept).toEqual([250, 500]);
  });

  it('gives up after five tries', async () => {
    const run = retryingRun(
      refusingTimes(10),
      () => {},
      async () => {},
    );
    await expect(run(async () => 'done')).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('does not retry other errors', async () => {
    const run = retryingRun(
      refusingTimes(1, 'ItemNotFound'),
      () => {},
      async () => {},
    );
    await expect(run(async () => 'done')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
