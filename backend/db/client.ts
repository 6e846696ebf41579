import postgres from 'postgres';

/** The one query interface the backend uses, on PostgreSQL, Hyperdrive and embedded PGlite alike. */
export type Sql = postgres.Sql;
/** A pool or an open transaction: what a query helper that may run inside `inTransaction` accepts. */
export type Queryable = postgres.Sql | postgres.ReservedSql;

export interface ConnectOptions {
  /** Connections in the pool. The embedded database serves one at a time, so it asks for 1. */
  max?: number;
  /** Seconds to wait for a connection before failing the request with 503. */
  connectTimeoutSeconds?: number;
  /** Seconds an unused connection stays open. Closing them is what exposed porsager/postgres#751 (patched). */
  idleTimeoutSeconds?: number;
  /**
   * Called once for every statement sent, with its text: tests and the bench assert what a request costs. Not
   * for production: postgres.js then captures a stack trace per query (10% fewer requests a second, measured).
   */
  onQuery?: (statement: string) => void;
}

/** Opens a postgres.js pool. Connection strings are never logged: they hold credentials. */
export function connect(url: string, options: ConnectOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    idle_timeout: options.idleTimeoutSeconds ?? 30,
    // postgres.js waits up to 20 s between reconnects by default, so a database back after a restart stayed
    // unused for that long; requests meanwhile are turned away fast by the database circuit, not queued.
    backoff: (retries) => (0.5 + Math.random() / 2) * Math.min(0.1 * 2 ** retries, 1),
    onnotice: () => {},
    // Skips a type lookup per pool (per request on Workers). The cost: PostgreSQL arrays come back as text,
    // so queries aggregate with json_agg and pass lists with sql(list), never as array parameters.
    fetch_types: false,
    ...(options.onQuery ? { debug: (_connection: number, statement: string) => options.onQuery!(statement) } : {}),
  });
}

/**
 * Whether the database answers a new connection of its own, outside any pool: health uses it to tell a
 * pool that cannot hand out connections from a database that is down.
 */
export async function answersFreshConnection(url: string, timeoutSeconds = 2): Promise<boolean> {
  const probe = postgres(url, { max: 1, connect_timeout: timeoutSeconds, idle_timeout: 1, fetch_types: false, onnotice: () => {} });
  try {
    await probe`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 }).catch(() => {});
  }
}
