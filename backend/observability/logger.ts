/** A structured log line. Callers pass facts, never secrets, tokens or snapshots. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** Writes one JSON object per line, which both Node and Workers Logs index by field. */
export function jsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log =
    (level: string) =>
    (msg: string, fields: LogFields = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * Node: lines gathered and written to stdout once per turn of the event loop. Writing to a pipe or file
 * is synchronous in Node, so a write per request costs a system call per request on the hot path.
 */
export function batchedStdout(): { write: (line: string) => void; flush: () => void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('\n') + '\n';
    pending = [];
    process.stdout.write(text);
  };
  return {
    write(line) {
      if (pending.length === 0) setImmediate(flush);
      pending.push(line);
    },
    flush,
  };
}

/** For tests that want quiet output. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
