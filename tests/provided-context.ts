import type { DemoCredentials } from '../backend/demo/seed-demo';

/** What `tests/global-setup.ts` provides to test files through `inject()`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh, migrated PostgreSQL database for this run, when DATABASE_URL names a server. */
    postgresUrl: string | null;
    /** The database the workerd tests reach through Hyperdrive: PostgreSQL when available, else PGlite. */
    workerdDatabaseUrl: string;
    /** The demo organisation seeded into that database. */
    workerdDemo: DemoCredentials;
  }
}
