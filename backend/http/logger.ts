/** A structured log line. Callers pass facts, never secrets, tokens or snapshots. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** Writes one JSON object per line, which both Node and Workers Logs index by field. */
export function jsonLogger(write: (line: string) => void = (line) => console.log(line)): Logger {
  const log = (level: string) => (msg: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests that want quiet output. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
