import { SELF } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { builtInTask } from '../../backend/tasks/library';
import { scoreWorkbook } from '../../backend/scoring/score-workbook';
import { pastedValuesSnapshot, solvedSnapshot } from '../helpers/snapshots';
import type { TaskSpec } from '../../shared/task';

const demo = inject('workerdDemo');
const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

describe('the Worker entry inside workerd', () => {
  it('answers health with the database reached through Hyperdrive', async () => {
    const res = await SELF.fetch('https://example.com/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok' });
  });

  it("lists the organisation's assessments for its API token", async () => {
    const res = await SELF.fetch('https://example.com/api/v1/assessments', { headers: { authorization: `Bearer ${demo.apiToken}` } });
    expect(res.status).toBe(200);
    const body = await res.json<{ assessments: { id: string; taskIds: string[] }[] }>();
    expect(body.assessments.map((a) => a.id)).toEqual([demo.assessmentId]);
  });

  it('limits guessing through the Rate Limiting binding: a code tried again past its limit gets 429', async () => {
    // The test configuration allows one try a minute per code (vitest.config.ts); production allows five.
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++)
      statuses.push((await SELF.fetch('https://example.com/api/v1/invites/redeem', json({ code: 'ZZZZ-ZZZZ-ZZZZ' }))).status);
    expect(statuses).toEqual([404, 429]);
  });

  it('runs the interview slice: redeem, start, hand in, and score inside the Worker', async () => {
    const redeemed = await SELF.fetch('https://example.com/api/v1/invites/redeem', json({ code: demo.inviteCode }));
    expect(redeemed.status).toBe(201);
    const { sessionToken, task: handedOut } = await redeemed.json<{
      sessionToken: string;
      task: { id: string; starter: TaskSpec['starter'] };
    }>();
    const started = await SELF.fetch('https://example.com/api/v1/session/start', json(undefined, sessionToken));
    expect((await started.json<{ session: { startedAt: string | null } }>()).session.startedAt).not.toBeNull();
    // Solved on the candidate's own data, as the task pane set it up.
    const task = { ...builtInTask(handedOut.id)!, starter: handedOut.starter };
    expect(task.starter).not.toEqual(builtInTask(handedOut.id)!.starter);
    const submitted = await SELF.fetch(
      'https://example.com/api/v1/session/submissions',
      json({ submissionId: crypto.randomUUID(), taskId: task.id, snapshot: solvedSnapshot(task) }, sessionToken),
    );
    expect(submitted.status).toBe(201);
    // The demo organisation, like any, does not show candidates their scores; the recruiter's API does.
    const handedIn = await submitted.json<{ submissionId: string; score: number | null; late: boolean }>();
    expect(handedIn).toMatchObject({ score: null, late: false });
    const result = await SELF.fetch(`https://example.com/api/v1/submissions/${handedIn.submissionId}`, {
      headers: { authorization: `Bearer ${demo.apiToken}` },
    });
    expect(await result.json()).toMatchObject({ finalScore: 1 });
  });

  it('streams the live view as server-sent events inside the Worker', async () => {
    const res = await SELF.fetch('https://example.com/api/v1/interviews/live/stream', {
      headers: { authorization: `Bearer ${demo.apiToken}` },
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toMatch(/^event: live\n/);
    expect(JSON.parse(/data: (.*)\n/.exec(text)![1]!)).toHaveProperty('interviews');
  });

  it("serves the candidate's page and the add-in manifest for the Worker's own address", async () => {
    const page = await SELF.fetch(`https://interviews.example.com/join/${demo.inviteCode}`);
    expect(page.status).toBe(200);
    // The demo's code may have been used by the slice above: either way the page names the organisation.
    expect(await page.text()).toContain('Demo Company');
    const manifest = await SELF.fetch('https://interviews.example.com/manifest.xml');
    expect(await manifest.text()).toContain('<SourceLocation DefaultValue="https://interviews.example.com/addin/"/>');
  });

  it('keeps the first-run setup closed once an organisation exists', async () => {
    expect(await (await SELF.fetch('https://example.com/api/v1/setup')).json()).toEqual({ needed: false });
  });

  it('refuses a recruiter route without a token, with the JSON error envelope', async () => {
    const res = await SELF.fetch('https://example.com/api/v1/assessments');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('runs the scorer, hidden-data re-evaluation included, inside the Workers runtime', () => {
    const task = builtInTask('regional-sales-sumifs')!;
    const hidden = (snapshot: Parameters<typeof scoreWorkbook>[0]) =>
      scoreWorkbook(snapshot, task).checks.find((c) => c.kind === 'hidden-data')!;
    expect(hidden(solvedSnapshot(task))).toMatchObject({ evaluated: true, passed: true });
    expect(hidden(pastedValuesSnapshot(task))).toMatchObject({ evaluated: true, passed: false });
  });
});
