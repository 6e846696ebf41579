import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../shared/api/activity';
import { builtInTask } from '../../backend/tasks/library';
import { publicPartOf } from '../../backend/tasks/public-part';
import { SimulatedExcel } from '../../tests/excel-sim/simulated-excel';
import { supportedBy } from './features';
import { setupTask } from './setup-task';
import { watchActivity } from './watch-activity';

/** A watch whose debounce timer the test fires itself, collecting what it reports. */
async function watching(excel: SimulatedExcel) {
  const supported = supportedBy(excel.host.isSetSupported);
  const batches: ActivityEvent[][] = [];
  let fire: (() => void) | null = null;
  let reported: () => void = () => {};
  const watch = await watchActivity(
    excel.run,
    (events) => {
      batches.push(events);
      reported();
    },
    {
      supported,
      now: () => new Date('2026-11-25T10:00:00Z'),
      setTimer: (fn) => {
        fire = fn;
        return 1;
      },
      clearTimer: () => {
        fire = null;
      },
    },
  );
  /** Lets Excel deliver its events, then ends the debounce and waits for the batch. */
  const flush = async () => {
    await excel.model.settled();
    if (!fire) return [];
    const done = new Promise<void>((resolve) => (reported = resolve));
    fire();
    await done;
    return batches.at(-1)!;
  };
  return { watch, flush, batches };
}

describe('watching activity', () => {
  it('reports an edit, a formula entered and a paste of many values, in one debounced batch', async () => {
    const excel = new SimulatedExcel().sheet('Data');
    const { flush } = await watching(excel);
    excel
      .type('Data', 'A1', [[5]])
      .type('Data', 'B1', [['=A1*2']])
      .type(
        'Data',
        'C1',
        Array.from({ length: 20 }, (_, i) => [i]),
      );
    expect(await flush()).toEqual([
      { kind: 'edit', sheet: 'Data', range: 'A1', cells: 1, at: '2026-11-25T10:00:00.000Z' },
      { kind: 'formula', sheet: 'Data', range: 'B1', cells: 1, at: '2026-11-25T10:00:00.000Z' },
      { kind: 'paste', sheet: 'Data', range: 'C1:C20', cells: 20, at: '2026-11-25T10:00:00.000Z' },
    ]);
  });

  it('tells a formula filled down from a block of formulas pasted, by their R1C1 form', async () => {
    const excel = new SimulatedExcel().sheet('Data');
    const { flush } = await watching(excel);
    excel.type('Data', 'B1', [['=A1*2'], ['=A2*2'], ['=A3*2']]).type('Data', 'C1', [['=A1*2'], ['=A1*3'], ['=A9']]);
    expect((await flush()).map((e) => [e.range, e.kind])).toEqual([
      ['B1:B3', 'fill'],
      ['C1:C3', 'paste'],
    ]);
  });

  it("skips the add-in's own writes when it sets up a task", async () => {
    const excel = new SimulatedExcel().sheet('Sheet1');
    const { watch, flush, batches } = await watching(excel);
    await watch.ignoreOwnWrites(setupTask(excel.run, publicPartOf(builtInTask('price-lookup-vlookup')!)));
    await flush();
    expect(batches).toEqual([]);
  });

  it('keeps what the candidate types while the sheet is being set up, where Office says who made each change', async () => {
    const excel = new SimulatedExcel(['1.14']).sheet('Sheet1');
    const { watch, flush } = await watching(excel);
    const settingUp = watch.ignoreOwnWrites(setupTask(excel.run, publicPartOf(builtInTask('price-lookup-vlookup')!)));
    excel.type('Sheet1', 'Z1', [['=1+1']]);
    await settingUp;
    expect((await flush()).map((e) => [e.sheet, e.range, e.kind])).toEqual([['Sheet1', 'Z1', 'formula']]);
  });

  it('on a host that does not say who made a change, drops changes made while the add-in writes', async () => {
    const excel = new SimulatedExcel(['1.9']).sheet('Sheet1');
    const { watch, flush, batches } = await watching(excel);
    const settingUp = watch.ignoreOwnWrites(setupTask(excel.run, publicPartOf(builtInTask('price-lookup-vlookup')!)));
    excel.type('Sheet1', 'Z1', [['=1+1']]);
    await settingUp;
    await flush();
    expect(batches).toEqual([]);
  });

  it('stops listening when asked', async () => {
    const excel = new SimulatedExcel().sheet('Data');
    const { watch, batches } = await watching(excel);
    await watch.stop();
    excel.type('Data', 'A1', [[1]]);
    await excel.model.settled();
    expect(batches).toEqual([]);
  });
});
