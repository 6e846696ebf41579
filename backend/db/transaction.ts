import type postgres from 'postgres';
import type { Sql } from './client';

/** The client a transaction's statements run on: a connection reserved for it alone. */
export type Transaction = postgres.ReservedSql;

/**
 * How long a transaction waits for a connection of its own. Past it the request is answered 503 and
 * health says the pool is stuck: waiting forever is how one pool bug (a reserve that never resolves,
 * porsager/postgres#751 and #1195, patched in `patches/`) once left every transaction hanging.
 */
export const RESERVE_TIMEOUT_MS = 15_000;

/** The pool did not hand out a connection in time, although it was asked for one. */
export class PoolStuckError extends Error {
  readonly code = 'POOL_STUCK';
  constructor(ms: number) {
    super(`No database connection could be reserved within ${ms} ms.`);
    this.name = 'PoolStuckError';
  }
}

/** Reserves a connection, or throws `PoolStuckError` after `ms`; one that arrives later is released at once. */
export async function reserveWithin(sql: Sql, ms: number = RESERVE_TIMEOUT_MS): Promise<Transaction> {
  const pending = sql.reserve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PoolStuckError(ms)), ms);
  });
  try {
    return await Promise.race([pending, late]);
  } catch (error) {
    if (error instanceof PoolStuckError)
      pending.then(
        (reserved) => reserved.release(),
        () => {},
      );
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `work` in one transaction on a connection reserved before BEGIN is sent, committing when it
 * returns and rolling back when it throws.
 *
 * Not postgres.js's `sql.begin`: in 3.4.9 under load its BEGIN can be written to a busy connection
 * without reserving it (porsager/postgres#823, #1189; fix proposed in #1218, unreleased). The request then
 * fails with UNSAFE_TRANSACTION (seen here in `npm run load`, a 500 on redeeming an invite) and, worse, the
 * connection goes back to the pool with the transaction open, so later unrelated statements (a hand-in's
 * INSERT) run inside it and are lost if it never commits. A reserved connection is idle when BEGIN goes
 * out, and nothing else is sent on it until it is released.
 */
export async function inTransaction<T>(
  sql: Sql,
  work: (tx: Transaction) => Promise<T>,
  options: { isolation?: 'repeatable read' | 'serializable' } = {},
): Promise<T> {
  const tx = await reserveWithin(sql);
  try {
    await (options.isolation ? tx.unsafe(`BEGIN ISOLATION LEVEL ${options.isolation.toUpperCase()}`) : tx`BEGIN`);
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      // The connection may be gone; the error that matters is the one `work` threw.
      await tx`ROLLBACK`.catch(() => {});
      throw error;
    }
    await tx`COMMIT`;
    return result;
  } finally {
    tx.release();
  }
}
