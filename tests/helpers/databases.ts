import { inject } from 'vitest';
import { connect, type ConnectOptions, type Sql } from '../../backend/db/client';
import { startEmbeddedDatabase } from '../../backend/db/embedded';
import { migrate } from '../../backend/db/migrate';
import { BUILT_IN_TASKS } from '../../backend/tasks/library';
import { syncTaskLibrary } from '../../backend/tasks/store';

export interface TestDatabase {
  sql: Sql;
  /** The connection string, for a client of its own outside the pool. */
  url: string;
  close(): Promise<void>;
}

export interface OpenOptions extends ConnectOptions {
  /**
   * A database of the test file's own, made and migrated for it and dropped at close: for tests whose
   * work spans every organisation (the sweep claims the oldest due hand-ins of all), which other files
   * sharing the run's database would disturb. PGlite's is always its own.
   */
  ownDatabase?: boolean;
}

export interface Engine {
  name: string;
  /** A pool on this engine; `options` shape the pool (its size, idle timeout), not the database. */
  open(options?: OpenOptions): Promise<TestDatabase>;
}

/** A fresh in-memory PGlite behind its socket, migrated, with the task library. */
const pglite: Engine = {
  name: 'PGlite',
  async open({ ownDatabase: _always, ...options } = {}) {
    const embedded = await startEmbeddedDatabase('memory://');
    const sql = connect(embedded.url, { max: 1, ...options });
    await migrate(sql);
    await syncTaskLibrary(sql, BUILT_IN_TASKS);
    return {
      sql,
      url: embedded.url,
      close: async () => {
        await sql.end();
        await embedded.stop();
      },
    };
  },
};

/** This run's PostgreSQL database (made by the global setup), shared by files; each test makes its own organisation. */
function postgres(url: string): Engine {
  return {
    name: 'PostgreSQL',
    async open({ ownDatabase, ...options } = {}) {
      if (!ownDatabase) {
        const sql = connect(url, { max: 4, ...options });
        return { sql, url, close: () => sql.end() };
      }
      const own = new URL(url);
      own.pathname = `/${own.pathname.slice(1)}_own_${process.pid}_${Date.now()}`;
      const admin = connect(url, { max: 1 });
      await admin.unsafe(`CREATE DATABASE "${own.pathname.slice(1)}"`);
      const sql = connect(own.toString(), { max: 4, ...options });
      await migrate(sql);
      await syncTaskLibrary(sql, BUILT_IN_TASKS);
      return {
        sql,
        url: own.toString(),
        close: async () => {
          await sql.end();
          await admin.unsafe(`DROP DATABASE IF EXISTS "${own.pathname.slice(1)}" WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  };
}

/** The engines storage tests run on: always PGlite, and PostgreSQL when DATABASE_URL is set. */
export function engines(): Engine[] {
  const url = inject('postgresUrl');
  return url ? [pglite, postgres(url)] : [pglite];
}
