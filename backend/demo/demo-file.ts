import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoCredentials } from './seed-demo';

const FILE = 'demo-credentials.json';

/** Keeps the demo's credentials beside the local data, readable only by this user, to print at every start. */
export async function saveDemoCredentials(dataDir: string, credentials: DemoCredentials): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, FILE), JSON.stringify(credentials, null, 2), { mode: 0o600 });
}

export async function readDemoCredentials(dataDir: string): Promise<DemoCredentials | null> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, FILE), 'utf8')) as DemoCredentials;
  } catch {
    return null; // no demo was seeded from this data directory
  }
}
