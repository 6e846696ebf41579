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
    execArgv: workerExecArgv(process.execArgv),
  });
  return {
    scorer: (snapshot, task) => pool.run({ snapshot, task }),
    threads,
    close: () => pool.destroy(),
  };
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
