import path from 'node:path';
import { connect, type Sql } from '../db/client';
import { startEmbeddedDatabase } from '../db/embedded';
import { migrate } from '../db/migrate';
import { BUILT_IN_TASKS } from '../tasks/library';
import { syncTaskLibrary } from '../tasks/store';

/**
 * The database a command-line tool works on: DATABASE_URL, or the embedded one in DATA_DIR (stop
 * `npm start` first: PGlite serves one process). Migrated and with the task library, as the server has it.
 */
export async function openDatabase(): Promise<{ sql: Sql; close(): Promise<void> }> {
  // An empty variable counts as unset, as everywhere in the configuration (else postgres.js takes '' as its defaults).
  const url = process.env.DATABASE_URL || undefined;
  const embedded = url ? null : await startEmbeddedDatabase(path.join(process.env.DATA_DIR || '.data', 'pglite'));
  const sql = connect(url ?? embedded!.url, { max: 1 });
  await migrate(sql);
  await syncTaskLibrary(sql, BUILT_IN_TASKS);
  return {
    sql,
    close: async () => {
      await sql.end();
      await embedded?.stop();
    },
  };
}
