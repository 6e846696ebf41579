import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';

interface Pending {
  handlerId: number;
  /** A protocol message to run, or null for "this client is gone: put the session back to idle". */
  message: Uint8Array | null;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
const ROLLBACK = queryMessage('ROLLBACK');

/**
 * Shares PGlite's one session among many socket clients, one client's *unit of work* at a time.
 *
 * pglite-socket's own queue interleaves clients message by message and only keeps an open transaction
 * together. That lets one client's Parse land between another's Parse and Bind (postgres.js sends
 * Parse/Bind/Describe/Execute/Sync per query), so with more than one client connected a query could run
 * another's statement. Here a client that sends a message owns the session until PGlite answers it with
 * ReadyForQuery "idle" (after its Sync or simple Query, outside any transaction); the others' messages
 * wait in arrival order. A client that goes away while it owns the session has its unfinished batch
 * ended (Sync) and its transaction rolled back before anyone else runs.
 *
 * Why it matters: Hyperdrive (miniflare's too) keeps origin connections open between Worker requests, and
 * a Worker's background work overlaps the next request, so the embedded database sees several clients.
 */
export class SessionQueue {
  private readonly pending: Pending[] = [];
  private owner: number | null = null;
  private draining = false;

  constructor(private readonly db: PGlite) {}

  /** The contract pglite-socket's handler calls, per protocol message of one client. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const item = this.pending[i]!;
      if (item.handlerId !== handlerId || item.message === null) continue;
      this.pending.splice(i, 1);
      item.reject(new Error('The client disconnected'));
    }
  }

  /** Called as a client detaches: if it owns the session, leaves the session idle for the next one. */
  clearTransactionIfNeeded(handlerId: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ handlerId, message: null, onData: () => {}, resolve: () => resolve(), reject });
      void this.drain();
    });
  }

  /** The one place that runs anything on PGlite, so ownership never changes under a running message. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (;;) {
        const index = this.owner === null ? (this.pending.length > 0 ? 0 : -1) : this.pending.findIndex((p) => p.handlerId === this.owner);
        if (index === -1) return;
        const [item] = this.pending.splice(index, 1) as [Pending];
        if (item.message === null) {
          if (this.owner === item.handlerId) await this.reset();
          item.resolve(0);
          continue;
        }
        this.owner = item.handlerId;
        const ready = readyForQueryStatus();
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message!, {
              onRawData: (data) => {
                bytes += data.length;
                ready.scan(data);
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        if (ready.status() === 'I') this.owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.draining = false;
    }
  }

  private async reset(): Promise<void> {
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRawStream(SYNC, { onRawData: () => {} });
      if (this.db.isInTransaction()) await this.db.execProtocolRawStream(ROLLBACK, { onRawData: () => {} });
    });
    this.owner = null;
  }

  /** pglite-socket types its handler's queue as its own (unexported) class; this queue keeps its contract. */
  asHandlerQueue(): PGLiteSocketHandlerOptions['queryQueue'] {
    return this as unknown as PGLiteSocketHandlerOptions['queryQueue'];
  }
}

/** A simple-protocol Query message. */
function queryMessage(sql: string): Uint8Array {
  const text = new TextEncoder().encode(`${sql}\0`);
  const message = new Uint8Array(5 + text.length);
  message[0] = 0x51;
  new DataView(message.buffer).setInt32(1, 4 + text.length);
  message.set(text, 5);
  return message;
}

/**
 * Follows the backend messages of one answer, however PGlite chunks them, and keeps the transaction status
 * of the last ReadyForQuery ('I' idle, 'T' in a transaction, 'E' in a failed one), or null if none came.
 */
export function readyForQueryStatus(): { scan(data: Uint8Array): void; status(): string | null } {
  const header = new Uint8Array(5);
  let headerBytes = 0;
  let bodyLeft = 0;
  let inReady = false;
  let last: string | null = null;
  return {
    scan(data) {
      let i = 0;
      while (i < data.length) {
        if (bodyLeft > 0) {
          const take = Math.min(bodyLeft, data.length - i);
          if (inReady) last = String.fromCharCode(data[i]!);
          i += take;
          bodyLeft -= take;
          continue;
        }
        header[headerBytes++] = data[i++]!;
        if (headerBytes < 5) continue;
        headerBytes = 0;
        bodyLeft = new DataView(header.buffer).getInt32(1) - 4;
        inReady = header[0] === 0x5a;
      }
    },
    status: () => last,
  };
}
