import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `npm start`'s own Node flags and entry (the script minus its leading `node`), so tests run what users run. */
const START_ARGS = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .slice(1);

export interface RunningBackend {
  child: ChildProcess;
  base: string;
  port: number;
  inviteCode: string;
  apiToken: string;
  /** The demo recruiter's sign-in for the dashboard. */
  recruiter: { email: string; password: string };
  exited: Promise<number | null>;
  /** Everything the process has printed so far (banner, logs, errors). */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `backend/node.ts` as `npm start` does, on the embedded database in `dataDir` (or the database
 * `env.DATABASE_URL` names), and reads its banner.
 */
export async function startBackend(dataDir: string, env: Record<string, string> = {}): Promise<RunningBackend> {
  // The test run's own DATABASE_URL is not the backend's: it gets one only when the caller gives it.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, START_ARGS, {
    env: { ...inherited, PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Stop with Ctrl-C')) resolve(output);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  const base = /running on (\S+)/.exec(banner)![1]!;
  return {
    child,
    exited,
    base,
    port: Number(new URL(base).port),
    // The demo's lines are printed only when it seeds one (SEED_DEMO); empty otherwise.
    inviteCode: /invite code:\s+(\S+)/.exec(banner)?.[1] ?? '',
    apiToken: /API token:\s+(\S+)/.exec(banner)?.[1] ?? '',
    recruiter: { email: /recruiter:\s+(\S+) \//.exec(banner)?.[1] ?? '', password: /recruiter:\s+\S+ \/ (\S+)/.exec(banner)?.[1] ?? '' },
    output: () => output,
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
  };
}
