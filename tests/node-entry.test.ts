import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonRequest } from './helpers/app';

interface Running { child: ChildProcess; base: string; inviteCode: string; apiToken: string; exited: Promise<number | null> }

/** Starts `backend/node.ts` as `npm start` does, on a free port, and reads what it prints. */
async function start(dataDir: string): Promise<Running> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/node.ts'], {
    env: { ...env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const banner = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Stop with Ctrl-C')) resolve(output);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    child,
    exited,
    base: /running on (\S+)/.exec(banner)![1]!,
    inviteCode: /invite code:\s+(\S+)/.exec(banner)![1]!,
    apiToken: /API token:\s+(\S+)/.exec(banner)![1]!,
  };
}

describe('npm start on the embedded database', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('seeds a demo, serves it, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ei-start-'));
    dirs.push(dataDir);

    const first = await start(dataDir);
    expect(await (await fetch(`${first.base}/api/health`)).json()).toMatchObject({ status: 'ok', db: 'ok' });
    const redeemed = await fetch(`${first.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: first.inviteCode }));
    expect(redeemed.status).toBe(201);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    const second = await start(dataDir);
    expect(second.apiToken).toBe(first.apiToken);
    const again = await fetch(`${second.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: first.inviteCode }));
    expect(again.status).toBe(409);
    const list = await fetch(`${second.base}/api/v1/assessments`, jsonRequest('GET', undefined, second.apiToken));
    expect(((await list.json()) as { assessments: unknown[] }).assessments).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 60_000);
});
