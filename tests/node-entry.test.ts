import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonRequest } from './helpers/app';
import { startBackend } from './helpers/backend-process';

describe('npm start on the embedded database', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('seeds a demo, serves it, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ei-start-'));
    dirs.push(dataDir);

    const first = await startBackend(dataDir);
    expect(await (await fetch(`${first.base}/api/health`)).json()).toMatchObject({ status: 'ok', db: 'ok' });
    const redeemed = await fetch(`${first.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: first.inviteCode }));
    expect(redeemed.status).toBe(201);
    const metrics = await (await fetch(`${first.base}/metrics`)).text();
    expect(metrics).toContain('http_requests_total{route="/api/health",method="GET",status="200"} 1');
    expect(metrics).toContain('interview_sessions_active 1');
    expect(await first.stop('SIGINT')).toBe(0);

    const second = await startBackend(dataDir);
    expect(second.apiToken).toBe(first.apiToken);
    const again = await fetch(`${second.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: first.inviteCode }));
    expect(again.status).toBe(409);
    const list = await fetch(`${second.base}/api/v1/assessments`, jsonRequest('GET', undefined, second.apiToken));
    expect(((await list.json()) as { assessments: unknown[] }).assessments).toHaveLength(1);
    expect(await second.stop()).toBe(0);
  }, 60_000);
});
