import type { ActivityEvent } from '../../shared/api/activity';
import { toR1C1 } from '../../shared/formula-refs';
import { localAddress } from './addresses';
import type { Supported } from './features';
import type { ExcelRun } from './read-snapshot';

/** Changes are gathered this long after the last one, then classified together in one sync. */
export const ACTIVITY_DEBOUNCE_MS = 1_500;
/** At most this many changed ranges are classified per batch; the rest are counted as edits. */
const MAX_CLASSIFIED = 50;

interface RawChange {
  worksheetId: string;
  address: string;
  at: Date;
  kind?: 'sheet-added';
}

export interface ActivityWatch {
  /** Stops listening; pending changes are flushed first. */
  stop(): Promise<void>;
  /** Changes made while `during` runs (and shortly after) are the add-in's own and are not reported. */
  ignoreOwnWrites<T>(during: Promise<T>): Promise<T>;
}

export interface WatchOptions {
  /** What the host can tell; without it, no optional event detail is read. */
  supported?: Supported;
  now?: () => Date;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * What one change did, told from what it left in its range (Office's change event says only that a range
 * was edited, not whether by typing, paste or fill): one cell typed (a value or a formula); a block of
 * formulas that are one formula in R1C1 form, as filling down or across leaves; and any other block
 * appearing at once — values, or formulas that are not one filled formula — as pasting leaves.
 */
export function kindOfChange(formulas: unknown[][], rowIndex: number, columnIndex: number): ActivityEvent['kind'] {
  const cells = formulas.flatMap((row, r) => row.map((f, c) => ({ f, r, c })));
  const filled = cells.filter(({ f }) => f !== '' && f !== null && f !== undefined);
  const withFormula = filled.filter((x): x is { f: string; r: number; c: number } => typeof x.f === 'string' && x.f.startsWith('='));
  if (cells.length <= 1) return withFormula.length ? 'formula' : 'edit';
  if (filled.length === 0) return 'edit';
  const forms = new Set(withFormula.map(({ f, r, c }) => toR1C1(f, rowIndex + r + 1, columnIndex + c + 1)));
  return withFormula.length === filled.length && forms.size === 1 ? 'fill' : 'paste';
}

/**
 * Turns Excel's change events into a debounced stream of activity events: a single edit, a formula
 * entered, a formula filled, a block pasted, a sheet added. The add-in's own writes are skipped.
 */
export async function watchActivity(
  run: ExcelRun,
  onEvents: (events: ActivityEvent[]) => void,
  options: WatchOptions = {},
): Promise<ActivityWatch> {
  const now = options.now ?? (() => new Date());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: RawChange[] = [];
  let timer: unknown = null;
  let ownWrites = 0;
  let ownWritesUntil = 0;
  // Where Office says which changes this add-in made (ExcelApi 1.14), its word decides, so a candidate's
  // typing just after the sheet was set up is kept; older hosts fall back to the window around our writes.
  // Office's sheet-added event does not say, so a sheet added is judged by the window on every host.
  const supported = options.supported ?? (() => false);
  const tellsTrigger = supported('changeTriggerSource');

  const flush = async () => {
    timer = null;
    const changes = pending;
    pending = [];
    if (changes.length === 0) return;
    const events = await run(async (context) => {
      const probes = changes.slice(0, MAX_CLASSIFIED).map((change) => {
        const ws = context.workbook.worksheets.getItem(change.worksheetId).load('name');
        const range = change.kind ? null : ws.getRange(change.address).load('formulas,cellCount,rowIndex,columnIndex');
        return { change, ws, range };
      });
      await context.sync();
      return probes.map(({ change, ws, range }): ActivityEvent => {
        const cells = range?.cellCount ?? 0;
        const kind = change.kind ?? (range ? kindOfChange(range.formulas, range.rowIndex, range.columnIndex) : 'edit');
        return { kind, sheet: ws.name, range: localAddress(change.address), cells, at: change.at.toISOString() };
      });
    });
    onEvents(events);
  };

  const record = (change: RawChange) => {
    const officeSaysWho = tellsTrigger && change.kind !== 'sheet-added';
    if (!officeSaysWho && (ownWrites > 0 || change.at.getTime() <= ownWritesUntil)) return;
    pending.push(change);
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => void flush(), ACTIVITY_DEBOUNCE_MS);
  };

  const handlers = await run(async (context) => {
    const changed = context.workbook.worksheets.onChanged.add((e) => {
      if (supported('changeTriggerSource') && e.triggerSource === 'ThisLocalAddin') return Promise.resolve();
      return Promise.resolve(record({ worksheetId: e.worksheetId, address: e.address, at: now() }));
    });
    const added = context.workbook.worksheets.onAdded.add((e) =>
      Promise.resolve(record({ worksheetId: e.worksheetId, address: '', at: now(), kind: 'sheet-added' })),
    );
    await context.sync();
    return [changed, added];
  });

  return {
    async stop() {
      if (timer !== null) clearTimer(timer);
      await flush();
      await run(async (context) => {
        for (const h of handlers) h.remove();
        await context.sync();
      });
    },
    async ignoreOwnWrites(during) {
      ownWrites++;
      try {
        return await during;
      } finally {
        ownWrites--;
        // Office delivers change events after the sync that caused them; give them a moment to arrive.
        ownWritesUntil = now().getTime() + 500;
      }
    },
  };
}
