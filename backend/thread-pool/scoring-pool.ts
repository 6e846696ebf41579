import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { ScoreResult, ScoringLimitation } from '../../shared/score';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { limitation } from '../scoring/limitations';
import type { Scorer } from '../scoring/score-workbook';

/** Each hand-in's budget in a scoring thread: wall time from the moment a thread starts on it, and heap. */
export interface ScoringBudget {
  timeMs: number;
  memoryMb: number;
}

export const DEFAULT_SCORING_BUDGET: ScoringBudget = { timeMs: 10_000, memoryMb: 512 };

/**
 * Node only: scores in worker threads, so a hand-in being scored (12 ms typical, hundreds for a large
 * workbook) never holds up the event loop and reads stay fast while hand-ins arrive. One thread per
 * core but one, because scoring is all CPU and the event loop needs the core that is left.
 *
 * Every hand-in has a budget. A thread still on one after `timeMs`, or past `memoryMb` of heap, is ended
 * and replaced, and the hand-in is scored again without evaluating its formulas, its result saying why:
 * no hostile workbook holds a thread, or anyone queued behind it, for longer than one budget.
 */
export function scoringPool(
  threads = Math.max(1, availableParallelism() - 1),
  budget: ScoringBudget = DEFAULT_SCORING_BUDGET,
): { scorer: Scorer; threads: number; close: () => Promise<void> } {
  const pool = new Piscina({
    filename: new URL('./scoring-thread.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Scoring threads run below the event loop (nice +10, through @napi-rs/nice): acknowledging hand-ins
    // and answering reads come first, and scoring takes the CPU they leave.
    niceIncrement: 10,
    execArgv: workerExecArgv(process.execArgv),
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, budget.memoryMb / 8)) },
  });
  // One hand-in per thread at a time, so the time budget starts when a thread takes the hand-in up,
  // never while it waits behind another.
  const slots = pLimit(threads);

  const run = (snapshot: WorkbookSnapshot, task: TaskSpec, withheld?: ScoringLimitation) =>
    slots(async (): Promise<ScoreResult> => {
      // The clock starts when a thread takes the hand-in up (it says so on this port), so a thread being
      // replaced after another hand-in's overrun never counts against this one.
      const { port1: startedHere, port2: started } = new MessageChannel();
      const stop = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      startedHere.once('message', () => {
        timer = setTimeout(() => stop.abort(), budget.timeMs);
      });
      try {
        return (await pool.run({ snapshot, task, withheld, started }, { signal: stop.signal, transferList: [started] })) as ScoreResult;
      } catch (error) {
        const over = overBudget(error, stop.signal, budget);
        if (over) throw Object.assign(new Error(over.message), { limitation: over });
        throw error;
      } finally {
        clearTimeout(timer);
        startedHere.close();
      }
    });

  return {
    async scorer(snapshot, task) {
      try {
        return await run(snapshot, task);
      } catch (error) {
        const over = (error as { limitation?: ScoringLimitation }).limitation;
        if (!over) throw error;
        return run(snapshot, task, over);
      }
    },
    threads,
    close: () => pool.destroy(),
  };
}

/** The limitation a failed run stands for when it was the budget that ended it; null for any other failure. */
function overBudget(error: unknown, timer: AbortSignal, budget: ScoringBudget): ScoringLimitation | null {
  if (timer.aborted) return limitation('over_time_budget', `${budget.timeMs / 1000} s`);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return limitation('over_memory_budget', `${budget.memoryMb} MB`);
  return null;
}

/**
 * The process's module loaders (`--import x`, `--require x`), and tsx, since the worker is TypeScript.
 * Nothing else: worker threads refuse V8 and process flags (`npm start`'s `--max-semi-space-size`).
 */
export function workerExecArgv(execArgv: string[]): string[] {
  const loaders: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if ((arg === '--import' || arg === '--require') && execArgv[i + 1]) loaders.push(arg, execArgv[++i]!);
    else if (/^--(import|require)=/.test(arg)) loaders.push(arg);
  }
  return loaders.some((arg) => arg.includes('tsx')) ? loaders : [...loaders, '--import', 'tsx'];
}
