import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Scorer } from './submit';

/**
 * Node only: scores in worker threads, so a hand-in being scored (12 ms typical, hundreds for a large
 * workbook) never holds up the event loop and reads stay fast while hand-ins arrive. One thread per
 * core but one, because scoring is all CPU and the event loop needs the core that is left; a queue in
 * front holds the rest.
 */
export function scoringPool(threads = Math.max(1, availableParallelism() - 1)): { scorer: Scorer; threads: number; close(): Promise<void> } {
  const pool = new Piscina({
    filename: new URL('./scoring-pool-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // The worker is TypeScript: threads load it through tsx, whether or not this process was started with it.
    execArgv: process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
  });
  return {
    scorer: (snapshot, task) => pool.run({ snapshot, task }),
    threads,
    close: () => pool.destroy(),
  };
}
