/**
 * Errors that mean "the database cannot be reached right now", as postgres.js and Node report them.
 * These become 503 so clients retry; every other database error is a bug and becomes 500.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  // PostgreSQL's own: shutting down, starting up, too many connections.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // Ours: the pool did not hand out a connection in time (`reserveWithin`).
  'POOL_STUCK',
]);

/**
 * The narrower case: new connections are refused or time out, or the server says it is shutting down or
 * starting up. One lost connection (CONNECTION_CLOSED, ECONNRESET) does not mean the database is down.
 */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'CONNECT_TIMEOUT', '57P01', '57P03']);

export const isDatabaseUnavailable = (error: unknown): boolean => hasCode(error, UNAVAILABLE_CODES);
export const isDatabaseUnreachable = (error: unknown): boolean => hasCode(error, UNREACHABLE_CODES);

/** Whether the error, or one it was caused by, carries one of `codes`. */
function hasCode(error: unknown, codes: ReadonlySet<string>): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && codes.has(code)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && hasCode(cause, codes);
}
