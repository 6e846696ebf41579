import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionResultsSchema } from '../shared/api/submissions';
import type { WorkbookSnapshot } from '../shared/snapshot';
import { builtInTask } from '../backend/tasks/library';
import { readXlsx } from '../backend/workbook-file/read-xlsx';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { asHandedOut } from './helpers/interviews';
import { solvedSnapshot, starterOf } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation, countRows } from './helpers/world';

/** The workbook as Excel would save it: every formula with its computed value. */
async function xlsxOf(snapshot: WorkbookSnapshot): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cell of sheet.cells)
      ws.getCell(cell.address).value = cell.formula ? { formula: cell.formula.slice(1), result: cell.value as number } : cell.value;
  }
  return new Blob([await wb.xlsx.writeBuffer()]);
}

describe.each(engines())('handing in files instead of using the add-in, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
  });
  afterAll(() => db.close());

  async function anInviteTakingFiles(allow = true) {
    const org = await anOrganisation(db.sql);
    const assessmentId = await anAssessment(db.sql, org.orgId);
    await db.sql`UPDATE assessments SET allow_file_upload = ${allow} WHERE id = ${assessmentId}`;
    return { org, code: await anInvite(db.sql, org.orgId, assessmentId) };
  }
  const upload = (code: string, taskId: string, file: Blob) => {
    const form = new FormData();
    form.set('taskId', taskId);
    form.set('workbook', file, 'answer.xlsx');
    return app.request(`/join/${code}/files`, { method: 'POST', body: form });
  };

  it('offers each task’s starter to download, scores the uploaded file the same way, and marks it as an upload', async () => {
    const { org, code } = await anInviteTakingFiles();
    expect(await (await app.request(`/join/${code}`)).text()).toContain(`/join/${code}/files`);
    const page = await app.request(`/join/${code}/files`);
    expect(await page.text()).toContain('Look up unit prices');
    const starter = await app.request(`/join/${code}/files/starter.xlsx`);
    expect(starter.headers.get('content-type')).toContain('spreadsheetml');
    const starterRead = await readXlsx(new Uint8Array(await starter.arrayBuffer()));
    const shared = builtInTask('price-lookup-vlookup')!;
    // The candidate's own data: the task's layout and headers, other values.
    const mine = asHandedOut({ id: shared.id, starter: starterOf(starterRead) });
    expect(mine.starter.sheets.map((s) => [s.name, s.rows.length, s.rows[0]])).toEqual(
      shared.starter.sheets.map((s) => [s.name, s.rows.length, s.rows[0]]),
    );
    expect(mine.starter.sheets.map((s) => s.rows)).not.toEqual(shared.starter.sheets.map((s) => s.rows));
    // The same file again: the data is the candidate's, not drawn anew on each download.
    const again = await readXlsx(new Uint8Array(await (await app.request(`/join/${code}/files/starter.xlsx`)).arrayBuffer()));
    expect(starterOf(again)).toEqual(mine.starter);
    const task = mine;

    const handedIn = await upload(code, task.id, await xlsxOf(solvedSnapshot(task)));
    expect(handedIn.status).toBe(303);
    expect(handedIn.headers.get('location')).toBe(`/join/${code}/files?received=${encodeURIComponent(task.title)}`);
    // The page the hand-in leads to already offers the next task.
    const next = await (await app.request(handedIn.headers.get('location')!)).text();
    expect(next).toContain('Received “Look up unit prices”');
    expect(next).toContain('Total sales by region');
    await app.drain();

    const [interview] = await db.sql<{ id: string }[]>`SELECT id FROM interviews WHERE org_id = ${org.orgId}`;
    const sessionId = interview!.id;
    const results = SessionResultsSchema.parse(
      await (await app.request(`/api/v1/sessions/${sessionId}/results`, jsonRequest('GET', undefined, org.token))).json(),
    );
    expect(results.submissions.map((s) => [s.taskId, s.source, s.result.score])).toEqual([[task.id, 'upload', 1]]);
  });

  it('refuses a file that is not a workbook with a sentence, and redeems nothing', async () => {
    const { org, code } = await anInviteTakingFiles();
    const res = await upload(code, 'price-lookup-vlookup', new Blob(['Order,Qty\n']));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('This is not an .xlsx workbook');
    expect(await countRows(db.sql, 'interviews', org.orgId)).toBe(0);
  });

  it('refuses a file for another task than the one to hand in now', async () => {
    const { code } = await anInviteTakingFiles();
    const res = await upload(code, 'regional-sales-sumifs', await xlsxOf(solvedSnapshot(builtInTask('regional-sales-sumifs')!)));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not the one to hand in now');
  });

  it('offers nothing when the assessment does not take files', async () => {
    const { code } = await anInviteTakingFiles(false);
    expect(await (await app.request(`/join/${code}`)).text()).not.toContain('/files');
    expect((await app.request(`/join/${code}/files`)).status).toBe(404);
    expect((await app.request(`/join/${code}/files/starter.xlsx`)).status).toBe(404);
    const task = builtInTask('price-lookup-vlookup')!;
    expect((await upload(code, task.id, await xlsxOf(solvedSnapshot(task)))).status).toBe(404);
  });
});
