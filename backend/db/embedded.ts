import { mkdir } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { SessionQueue } from './pglite-sessions';

export interface EmbeddedDatabase {
  /** A postgres:// URL on loopback; PGlite accepts any password. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PGlite, persisted in `dataDir` (or in memory with `memory://`), behind a PostgreSQL wire-protocol
 * socket on loopback, so the backend talks to it with the same postgres.js code it uses for PostgreSQL.
 * Any number of clients may connect; they take turns on PGlite's single session (see `SessionQueue`).
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  // pg_trgm serves the interviews list's search (migration 0018), as it does on PostgreSQL.
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const queue = new SessionQueue(db).asHandlerQueue();
  const handlers = new Set<PGLiteSocketHandler>();
  const server = createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue: queue, closeOnDetach: true });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const url = `postgres://postgres:embedded@127.0.0.1:${(server.address() as AddressInfo).port}/postgres`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...handlers].map((h) => h.detach(true)));
      await closed;
      // Closing PGlite flushes its files; skipping it is what leaves a data directory corrupt.
      await db.close();
    },
  };
}
