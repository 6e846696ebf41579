import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** A postgres:// URL on loopback; PGlite accepts any password. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PGlite, persisted in `dataDir` (or in memory with `memory://`), behind a PostgreSQL wire-protocol
 * socket on loopback, so the backend talks to it with the same postgres.js code it uses for PostgreSQL.
 * One connection at a time: PGlite is single-session, and interleaved transactions would corrupt state.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const url = `postgres://postgres:embedded@${server.getServerConn()}/postgres`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing PGlite flushes its files; skipping it is what leaves a data directory corrupt.
      await db.close();
    },
  };
}
