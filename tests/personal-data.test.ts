import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTask } from '../backend/tasks/library';
import type { ScoreResult } from '../shared/score';
import type { WorkbookSnapshot } from '../shared/snapshot';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { asHandedOut, type HandedOutTask } from './helpers/interviews';
import { pastedValuesSnapshot, solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

const TASK = 'price-lookup-vlookup';
const TASK_SHEETS = ['Orders', 'Prices'];

describe.each(engines())("each candidate's own data, on $name", (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let org: Awaited<ReturnType<typeof anOrganisation>>;
  let assessmentId: string;

  /** A candidate who has redeemed their code and pressed Start: their session and the task as handed out. */
  async function aCandidate() {
    const code = await anInvite(db.sql, org.orgId, assessmentId);
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string };
      task: HandedOutTask;
    };
    await app.request('/api/v1/session/start', jsonRequest('POST', undefined, redeemed.sessionToken));
    return { token: redeemed.sessionToken, interviewId: redeemed.session.id, task: redeemed.task };
  }
  /** A hand-in as the pane makes it: the workbook and each task sheet, stamped with the interview the pane set it up for. */
  const stamped = (snapshot: WorkbookSnapshot, interviewId: string): WorkbookSnapshot => ({
    ...snapshot,
    stamps: [{ taskId: TASK, interviewId }, ...TASK_SHEETS.map((sheet) => ({ taskId: TASK, interviewId, sheet }))],
  });
  async function handIn(token: string, snapshot: WorkbookSnapshot): Promise<ScoreResult> {
    const submissionId = randomUUID();
    const res = await app.request('/api/v1/session/submissions', jsonRequest('POST', { submissionId, taskId: TASK, snapshot }, token));
    expect(res.status).toBe(201);
    await app.drain();
    const [row] = await db.sql<{ result: ScoreResult }[]>`SELECT result FROM scores WHERE submission_id = ${submissionId}`;
    return row!.result;
  }
  const valuesPassed = (r: ScoreResult) => r.checks.find((c) => c.kind === 'values')!.passed;
  const flagKinds = (r: ScoreResult) => (r.integrityFlags ?? []).map((f) => f.kind);

  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
    org = await anOrganisation(db.sql, { scoresShown: true });
    assessmentId = await anAssessment(db.sql, org.orgId, [TASK]);
  });
  afterAll(() => db.close());

  it('gives two candidates on one task different data, the same each time a candidate asks', async () => {
    const [a, b] = [await aCandidate(), await aCandidate()];
    expect(a.task.starter).not.toEqual(b.task.starter);
    const again = (await (await app.request('/api/v1/session', jsonRequest('GET', undefined, a.token))).json()) as { task: HandedOutTask };
    expect(again.task.starter).toEqual(a.task.starter);
    const [seed] = await db.sql<{ data_seed: number | null }[]>`SELECT data_seed FROM interviews WHERE id = ${a.interviewId}`;
    expect(seed!.data_seed).not.toBeNull();
  });

  it('scores the reference on the candidate’s own data 100%, with nothing flagged', async () => {
    const a = await aCandidate();
    const result = await handIn(a.token, stamped(solvedSnapshot(asHandedOut(a.task)), a.interviewId));
    expect(result.score).toBe(1);
    expect(result.integrityFlags).toEqual([]);
  });

  it("fails another candidate's workbook handed in as one's own, and flags it twice: the stamp and the data", async () => {
    const [a, b] = [await aCandidate(), await aCandidate()];
    const theirs = stamped(solvedSnapshot(asHandedOut(a.task)), a.interviewId);
    const result = await handIn(b.token, theirs);
    expect(valuesPassed(result)).toBe(false);
    expect(result.score).toBeLessThan(1);
    expect(flagKinds(result)).toEqual(['workbook-of-another-interview', 'data-not-issued', 'data-not-issued']);
    // Both data blocks, the price list and the orders, are someone else's.
    const data = result.integrityFlags!.filter((f) => f.kind === 'data-not-issued');
    expect(data.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Prices!A2:B9', 'Orders!A2:C11']);
    for (const f of data) expect(f.excerpt).toMatch(/^\d+ of \d+ cells differ$/);
    expect(result.integrityFlags![0]!.excerpt).toBe(`interview ${a.interviewId.slice(0, 8)}`);
  });

  it("recognises a task sheet copied out of another candidate's workbook into one's own by the sheet's stamp", async () => {
    const [a, b] = [await aCandidate(), await aCandidate()];
    const theirs = stamped(solvedSnapshot(asHandedOut(a.task)), a.interviewId);
    const mine = stamped(solvedSnapshot(asHandedOut(b.task)), b.interviewId);
    // Their Orders sheet, moved into this workbook in place of the candidate's own: its stamp comes with it.
    const copied: WorkbookSnapshot = {
      ...mine,
      sheets: mine.sheets.map((s) => (s.name === 'Orders' ? theirs.sheets.find((t) => t.name === 'Orders')! : s)),
      stamps: mine.stamps!.map((s) => (s.sheet === 'Orders' ? { ...s, interviewId: a.interviewId } : s)),
    };
    const result = await handIn(b.token, copied);
    expect(valuesPassed(result)).toBe(false);
    expect(result.integrityFlags).toContainEqual({
      kind: 'workbook-of-another-interview',
      sheet: 'Orders',
      cell: 'sheet properties',
      excerpt: `interview ${a.interviewId.slice(0, 8)}`,
    });
    expect(result.integrityFlags!.filter((f) => f.kind === 'data-not-issued').map((f) => f.sheet)).toEqual(['Orders']);
  });

  it('does not flag the sheet of an earlier interview that the set-up moved aside in a workbook used again', async () => {
    const [earlier, a] = [await aCandidate(), await aCandidate()];
    const mine = stamped(solvedSnapshot(asHandedOut(a.task)), a.interviewId);
    const old = stamped(solvedSnapshot(asHandedOut(earlier.task)), earlier.interviewId).sheets.find((s) => s.name === 'Orders')!;
    const reused: WorkbookSnapshot = {
      ...mine,
      sheets: [{ ...old, name: 'Orders (1)' }, ...mine.sheets],
      stamps: [...mine.stamps!, { taskId: TASK, interviewId: earlier.interviewId, sheet: 'Orders (1)' }],
    };
    const result = await handIn(a.token, reused);
    expect(result.score).toBe(1);
    expect(result.integrityFlags).toEqual([]);
  });

  it("fails another candidate's answers typed into one's own workbook", async () => {
    const [a, b] = [await aCandidate(), await aCandidate()];
    const answers = pastedValuesSnapshot(asHandedOut(a.task))
      .sheets.find((s) => s.name === 'Orders')!
      .cells.filter((c) => c.address.startsWith('D'));
    const mine = solvedSnapshot(asHandedOut(b.task));
    const orders = mine.sheets.find((s) => s.name === 'Orders')!;
    orders.cells = [...orders.cells.filter((c) => !c.address.startsWith('D')), ...answers];
    const result = await handIn(b.token, stamped(mine, b.interviewId));
    expect(valuesPassed(result)).toBe(false);
    expect(result.score).toBeLessThanOrEqual(0.2);
    expect(flagKinds(result)).toEqual([]);
  });

  it('keeps the shared data for an interview from before each candidate had their own', async () => {
    const a = await aCandidate();
    await db.sql`UPDATE interviews SET data_seed = NULL WHERE id = ${a.interviewId}`;
    const current = (await (await app.request('/api/v1/session', jsonRequest('GET', undefined, a.token))).json()) as {
      task: HandedOutTask;
    };
    const shared = builtInTask(TASK)!;
    expect(current.task.starter).toEqual(shared.starter);
    const result = await handIn(a.token, solvedSnapshot(shared));
    expect(result.score).toBe(1);
  });
});
