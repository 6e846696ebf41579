import type { TestProject } from 'vitest/node';
import { connect } from '../backend/db/client';
import { startEmbeddedDatabase } from '../backend/db/embedded';
import { migrate } from '../backend/db/migrate';
import { seedDemo, type DemoCredentials } from '../backend/demo/seed-demo';
import './provided-context';
import { BUILT_IN_TASKS } from '../backend/tasks/library';
import { syncTaskLibrary } from '../backend/tasks/store';

/** Creates `name` on the server of `serverUrl` and returns its URL. */
async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = connect(serverUrl, { max: 1 });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Hyperdrive's local connection string must carry a password; trust auth ignores it.
  if (!url.password) url.password = 'unused';
  return url.toString();
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = connect(serverUrl, { max: 1 });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function prepare(url: string): Promise<DemoCredentials> {
  const sql = connect(url, { max: 1 });
  try {
    await migrate(sql);
    await syncTaskLibrary(sql, BUILT_IN_TASKS);
    return (await seedDemo(sql, new Date()))!;
  } finally {
    await sql.end();
  }
}

/** Runs in Node before any project. Each run gets its own PostgreSQL database, dropped at the end. */
export default async function setup({ provide }: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const runDatabase = `ei_test_${Date.now()}_${process.pid}`;
  let postgresUrl: string | null = null;
  let workerdDatabaseUrl: string;
  let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>> | null = null;

  if (serverUrl) {
    postgresUrl = await createDatabase(serverUrl, runDatabase);
    workerdDatabaseUrl = postgresUrl;
  } else {
    embedded = await startEmbeddedDatabase('memory://');
    workerdDatabaseUrl = embedded.url;
  }
  provide('workerdDemo', await prepare(workerdDatabaseUrl));
  provide('postgresUrl', postgresUrl);
  provide('workerdDatabaseUrl', workerdDatabaseUrl);

  return async () => {
    if (serverUrl) await dropDatabase(serverUrl, runDatabase);
    await embedded?.stop();
  };
}
