import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionResults } from '../../shared/api/submissions';
import type { SimulatedExcel } from '../excel-sim/simulated-excel';
import { jsonRequest } from '../helpers/app';
import { startBackend, type RunningBackend } from '../helpers/backend-process';
import { browserSuite, CHROMIUM } from '../helpers/browser';
import { buildSimPage } from './build-sim-page';

const SCREENSHOTS = path.resolve('dist/screenshots');

/** Serves the built page on its own origin, as a dev server would, so the pane talks to the backend over CORS. */
async function servePage(dir: string): Promise<{ origin: string; server: Server }> {
  const server = createServer(
    (req, res) =>
      void (async () => {
        const file = path.join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname).replace(/\/$/, '/index.html'));
        try {
          const body = await readFile(file);
          res
            .writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' })
            .end(body);
        } catch {
          res.writeHead(404).end();
        }
      })(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** What the candidate types into the grid for each demo task: the formula for the answer's first cell, filled down. */
const ANSWERS: Record<string, { sheet: string; column: string; top: number; rows: number; formula: (row: number) => string }> = {
  'price-lookup-vlookup': { sheet: 'Orders', column: 'D', top: 2, rows: 10, formula: (r) => `=VLOOKUP(B${r},Prices!$A$2:$B$9,2,FALSE)` },
  'regional-sales-sumifs': {
    sheet: 'Summary',
    column: 'B',
    top: 2,
    rows: 4,
    formula: (r) => `=SUMIFS(Sales!$D$2:$D$25,Sales!$B$2:$B$25,A${r})`,
  },
  'clean-names-trim-proper': { sheet: 'Contacts', column: 'B', top: 2, rows: 10, formula: (r) => `=PROPER(TRIM(A${r}))` },
};

browserSuite('the task pane in headless Chromium, on the simulated Excel, against the real backend', () => {
  let dataDir: string;
  let backend: RunningBackend;
  let page: Page;
  let browser: Browser;
  let pageServer: Server;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ei-e2e-'));
    const pageDir = await mkdtemp(path.join(tmpdir(), 'ei-e2e-page-'));
    await buildSimPage(pageDir);
    const served = await servePage(pageDir);
    pageServer = served.server;
    backend = await startBackend(dataDir, { ADDIN_ORIGINS: served.origin });
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 360, height: 720 } });
    await page.goto(`${served.origin}/index.html`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    pageServer?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `addin-${name}.png`) });
  const currentTaskId = () => page.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).task.id as string);

  async function solveCurrentTask(): Promise<void> {
    const answer = ANSWERS[await currentTaskId()]!;
    await page.getByRole('button', { name: 'Set up sheet' }).click();
    await page.waitForFunction(
      (sheet) => (window as unknown as { excel: SimulatedExcel }).excel.model.sheet(sheet) !== undefined,
      answer.sheet,
    );
    const rows = Array.from({ length: answer.rows }, (_, i) => [answer.formula(answer.top + i)]);
    await page.evaluate(({ sheet, cell, rows }) => (window as unknown as { excel: SimulatedExcel }).excel.type(sheet, cell, rows), {
      sheet: answer.sheet,
      cell: `${answer.column}${answer.top}`,
      rows,
    });
  }

  /** The follow-up turn after a result: the question about the candidate's own formula, and an answer. */
  async function answerFollowUp(name?: string): Promise<void> {
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('you wrote =').waitFor();
    await page
      .getByLabel('Your answer')
      .fill('My formula uses exact references with $ so it keeps working when the data is sorted or filled down.');
    await page.getByRole('button', { name: 'Send answer', disabled: false }).waitFor();
    if (name) await shot(name);
    await page.getByRole('button', { name: 'Send answer' }).click();
  }

  it('takes a candidate through the interview, and through a backend restart without losing work', async () => {
    await shot('1-connect');
    // The connect screen is used from the keyboard alone: the code field has focus, Tab reaches the rest.
    await page.keyboard.type(backend.inviteCode.toLowerCase());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByLabel('Server address').fill(backend.base);
    await page.getByLabel('Server address').press('Enter');

    await page.getByText('I understand and want to start').click();
    await page.getByRole('button', { name: 'Start', disabled: false }).waitFor();
    await shot('2-consent');
    await page.getByRole('button', { name: 'Start' }).click();

    await page.getByRole('timer', { name: /Time left 10:00|Time left 9:5/ }).waitFor();
    await shot('3-task');
    await solveCurrentTask();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('100% on this task').waitFor();
    await shot('4-result');
    await answerFollowUp('5-follow-up');

    // The backend goes away while the candidate works; the hand-in waits in the outbox.
    await solveCurrentTask();
    expect(await backend.stop()).toBe(0);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText("The server can't be reached; your work is saved and will be sent when it's back.").waitFor();
    await shot('6-offline');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).outbox.length)).toBe(1);

    backend = await startBackend(dataDir, { PORT: String(backend.port), ADDIN_ORIGINS: new URL(page.url()).origin });
    await page.getByRole('button', { name: 'Continue' }).waitFor({ timeout: 20_000 });
    await answerFollowUp();

    await solveCurrentTask();
    await page.getByRole('button', { name: 'Submit' }).click();
    await answerFollowUp();
    await page.getByText('Your interview is complete').waitFor();
    await shot('7-end');

    const sessionId = await page.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).session.id as string);
    const res = await fetch(`${backend.base}/api/v1/sessions/${sessionId}/results`, jsonRequest('GET', undefined, backend.apiToken));
    const results = (await res.json()) as SessionResults;
    expect(results.state).toBe('completed');
    expect(results.submissions.map((s) => [s.taskId, s.result.score, s.followUp?.answer !== null])).toEqual([
      ['price-lookup-vlookup', 1, true],
      ['regional-sales-sumifs', 1, true],
      ['clean-names-trim-proper', 1, true],
    ]);
  }, 180_000);

  it("follows Office's dark theme", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 480 } });
    const dark = await context.newPage();
    await dark.goto(`${new URL(page.url()).origin}/index.html?theme=dark`);
    await dark.getByText('Start your interview').waitFor();
    const background = await dark.evaluate(() => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor);
    await dark.screenshot({ path: path.join(SCREENSHOTS, 'addin-8-connect-dark.png') });
    const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(200);
    await context.close();
  });
});
