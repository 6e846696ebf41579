import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * Work after the response on Node, where there is no `waitUntil`: kept in flight, and awaited by `drain`
 * at shutdown (and by tests), so a review started before Ctrl-C still lands.
 */
export function trackedBackground() {
  const pending = new Set<Promise<unknown>>();
  return {
    run: (_c: Context<AppEnv>, work: Promise<unknown>): void => {
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },
    drain: async (): Promise<void> => {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}
