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
import { seriousViolations } from '../helpers/axe';
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

/** A follow-up answer that says what the formula does, clear enough to need no second turn. */
const CLEAR_ANSWER = 'My formula uses exact references with $ so it keeps working when the data is sorted or filled down.';

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
    page = await browser.newPage({ viewport: { width: 360, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(`${served.origin}/index.html`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    pageServer?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `addin-${name}.png`) });
  /** Serious and critical accessibility violations on every screen the walk passes, reported together at the end. */
  const a11y: string[] = [];
  const look = async (name: string) => {
    await shot(name);
    a11y.push(...(await seriousViolations(page, name)));
  };

  /** Reaches a control with Tab alone (as a keyboard user does) and presses it with Enter, or Space for a checkbox. */
  async function keyboardPress(name: string | RegExp, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
    for (let i = 0; i < 25; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
      });
      if (typeof name === 'string' ? focused === name : name.test(focused)) {
        await page.keyboard.press(key);
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached "${String(name)}"`);
  }
  const currentTaskId = () => page.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).task.id as string);

  async function solveCurrentTask(): Promise<void> {
    const answer = ANSWERS[await currentTaskId()]!;
    await page.getByRole('button', { name: 'Set up sheet', disabled: false }).waitFor();
    await keyboardPress('Set up sheet');
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
  async function answerFollowUp(name?: string, answer = CLEAR_ANSWER): Promise<void> {
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    await keyboardPress('Continue');
    await page.getByText('you wrote =').waitFor();
    await sendAnswer(answer, name);
  }

  async function sendAnswer(answer: string, name?: string): Promise<void> {
    // The answer field has focus when the question arrives.
    await page.keyboard.type(answer);
    await page.getByRole('button', { name: 'Send answer', disabled: false }).waitFor();
    if (name) await look(name);
    await keyboardPress('Send answer');
  }

  /** Hand in, then confirm in the dialog: all from the keyboard. */
  async function handIn(name?: string): Promise<void> {
    await keyboardPress('Hand in');
    await page.getByRole('dialog', { name: 'Hand in this task?' }).waitFor();
    if (name) await look(name);
    // Focus stays inside the dialog, so Tab reaches its Hand in button and not the page's.
    await keyboardPress('Hand in');
  }

  it('takes a candidate through the interview, and through a backend restart without losing work', async () => {
    await look('1-connect');
    // The connect screen is used from the keyboard alone: the code field has focus, Tab reaches the rest.
    await page.keyboard.type(backend.inviteCode.toLowerCase());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByLabel('Server address').fill(backend.base);
    await page.getByLabel('Server address').press('Enter');

    // Consent: the checkbox has focus; Space ticks it, Tab reaches Start.
    await page.getByText('I understand and want to start').waitFor();
    await look('2-consent');
    await keyboardPress(/I understand and want to start/, 'Space');
    await keyboardPress('Start');

    await page.getByRole('timer', { name: /^Task: (10:00|9:5\d) left$/ }).waitFor();
    await page.getByRole('timer', { name: /^Interview: 1:(30:00|29:5\d) left$/ }).waitFor();
    await look('3-task');

    // Handing in before the sheet is set up is asked about, and the candidate can go back to work.
    await keyboardPress('Hand in');
    await page.getByText('The task’s sheet was never set up').waitFor();
    await look('3b-confirm-not-set-up');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await solveCurrentTask();
    await handIn('3c-confirm');
    // The demo organisation, like any by default, does not show candidates their scores.
    await page.getByText('Your work was received.').waitFor();
    await look('4-result');
    // A vague answer gets a second turn asking for specifics, on a new screen with the field focused.
    await answerFollowUp('5-follow-up', 'I just went over it.');
    await page.getByRole('heading', { name: 'One more thing about your work' }).waitFor();
    await sendAnswer(CLEAR_ANSWER, '5b-second-turn');

    // The backend goes away while the candidate works; the hand-in waits in the outbox.
    await solveCurrentTask();
    expect(await backend.stop()).toBe(0);
    await handIn();
    await page.getByText("The server can't be reached; your work is saved and will be sent when it's back.").waitFor();
    await shot('6-offline');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).outbox.length)).toBe(1);

    backend = await startBackend(dataDir, { PORT: String(backend.port), ADDIN_ORIGINS: new URL(page.url()).origin });
    await page.getByRole('button', { name: 'Continue' }).waitFor({ timeout: 20_000 });
    await answerFollowUp();

    await solveCurrentTask();
    await handIn();
    await answerFollowUp();
    await page.getByText('Your interview is over').waitFor();
    await page.getByText('will be in touch about what happens next').waitFor();
    await look('7-end');
    expect(a11y, a11y.join('\n')).toEqual([]);

    const sessionId = await page.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).session.id as string);
    const res = await fetch(`${backend.base}/api/v1/sessions/${sessionId}/results`, jsonRequest('GET', undefined, backend.apiToken));
    const results = (await res.json()) as SessionResults;
    expect(results.state).toBe('completed');
    expect(results.submissions.map((s) => [s.taskId, s.result.score, s.followUp?.turns.map((t) => t.answer)])).toEqual([
      ['price-lookup-vlookup', 1, ['I just went over it.', CLEAR_ANSWER]],
      ['regional-sales-sumifs', 1, [CLEAR_ANSWER]],
      ['clean-names-trim-proper', 1, [CLEAR_ANSWER]],
    ]);
    // Each task's sheet was set up with this candidate's own data and the workbook stamped with this interview:
    // nothing about the hand-ins reads as someone else's work.
    const stamps = await page.evaluate(() => [...(window as unknown as { excel: SimulatedExcel }).excel.model.customProperties]);
    expect(stamps).toEqual(results.submissions.map((s) => [`ExcelInterviewer:${s.taskId}`, sessionId]));
    for (const s of results.submissions) expect(s.result.integrityFlags ?? []).toEqual([]);
  }, 180_000);

  it('hands in the workbook as it is when the interview’s time is up, and says so', async () => {
    const api = (p: string, body?: unknown) =>
      fetch(`${backend.base}${p}`, jsonRequest(body === undefined ? 'GET' : 'POST', body, backend.apiToken)).then((r) => r.json());
    const { assessments } = (await api('/api/v1/assessments')) as { assessments: { id: string }[] };
    const { code } = (await api('/api/v1/invites', {
      assessmentId: assessments[0]!.id,
      candidateName: 'Tim Eout',
      candidateEmail: 'tim@example.com',
    })) as { code: string };

    // The pane's clock is Playwright's, so the test can move it on; the server keeps its own.
    const context = await browser.newContext({ viewport: { width: 360, height: 720 }, reducedMotion: 'reduce' });
    await context.clock.install();
    const late = await context.newPage();
    await late.goto(`${new URL(page.url()).origin}/index.html`);
    await late.getByLabel('Invite code').fill(code);
    await late.getByRole('button', { name: 'Change server' }).click();
    await late.getByLabel('Server address').fill(backend.base);
    await late.getByLabel('Server address').press('Enter');
    await late.getByText('I understand and want to start').click();
    await late.getByRole('button', { name: 'Start' }).click();
    await late.getByRole('button', { name: 'Set up sheet' }).click();
    await late.waitForFunction(() => (window as unknown as { excel: SimulatedExcel }).excel.model.sheet('Orders') !== undefined);
    await late.evaluate(() =>
      (window as unknown as { excel: SimulatedExcel }).excel.type('Orders', 'D2', [['=VLOOKUP(B2,Prices!$A$2:$B$9,2,FALSE)']]),
    );

    await late.clock.fastForward('01:30:01');
    await late.getByText('Time is up: your workbook was handed in as it was.').waitFor();
    await late.getByRole('heading', { name: 'Handed in' }).waitFor();
    await late.screenshot({ path: path.join(SCREENSHOTS, 'addin-9-time-up.png') });
    const sessionId = await late.evaluate(() => JSON.parse(localStorage.getItem('excel-interviewer')!).session.id as string);
    const results = (await (
      await fetch(`${backend.base}/api/v1/sessions/${sessionId}/results`, jsonRequest('GET', undefined, backend.apiToken))
    ).json()) as SessionResults;
    // What was in the workbook at time-up is what the recruiter reads: the one formula typed so far.
    expect(results.submissions).toHaveLength(1);
    expect(results.submissions[0]!.formulas.map((f) => f.cell)).toEqual(['D2']);
    await context.close();
  });

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

  it('lets a recruiter capture a task in author mode: connect with a code, capture starter and solved, send a draft', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 720 }, reducedMotion: 'reduce' });
    const author = await context.newPage();
    await author.goto(`${new URL(page.url()).origin}/index.html`);
    await author.getByRole('button', { name: 'Writing a task? Recruiters connect here' }).click();
    const made = await fetch(`${backend.base}/api/v1/task-drafts/author-codes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.apiToken}` },
    });
    const { code } = (await made.json()) as { code: string };
    await author.getByLabel('Author code').fill(code);
    await author.getByRole('button', { name: 'Change server' }).click();
    await author.getByLabel('Server address').fill(backend.base);
    await author.getByRole('button', { name: 'Connect' }).click();
    await author
      .getByText(/^Connected to /)
      .waitFor()
      .catch(async (e: Error) => {
        await author.screenshot({ path: path.join(SCREENSHOTS, 'addin-9-author-failure.png') });
        throw e;
      });

    // The recruiter builds the starter sheet, captures it, solves it in the grid, and captures that.
    const reps = [
      ['Rep', 'Sales', 'Bonus', null, 'Bonus from'],
      ...[4200, 6150, 3875, 5020, 7300, 2950, 4990, 5600].map((sales, i) => [`Rep ${i + 1}`, sales, null, null, i === 0 ? 5000 : null]),
    ];
    await author.evaluate((rows) => (window as unknown as { excel: SimulatedExcel }).excel.sheet('Team').type('Team', 'A1', rows), reps);
    await author.getByRole('button', { name: 'Capture starter' }).click();
    await author.getByText(/Starter: \d/).waitFor();
    const formulas = Array.from({ length: 8 }, (_, i) => [`=IF(B${i + 2}>=$E$2,"Bonus","No bonus")`]);
    await author.evaluate((rows) => (window as unknown as { excel: SimulatedExcel }).excel.type('Team', 'C2', rows), formulas);
    await author.getByRole('button', { name: 'Capture solved' }).click();
    await author.getByText(/Solved: \d/).waitFor();
    await author
      .getByLabel('Instructions')
      .fill('In Team!C2:C9 write Bonus for every rep whose sales reach the threshold in E2, and No bonus otherwise.');
    await author.getByLabel('Title').fill('Bonus by threshold');
    await author.getByRole('button', { name: 'Send to the dashboard' }).click();
    await author.getByText('Sent “Bonus by threshold” to Your tasks in the dashboard: review and publish it there.').waitFor();
    await author.screenshot({ path: path.join(SCREENSHOTS, 'addin-9-author-mode.png') });
    a11y.push(...(await seriousViolations(author, 'author mode')));

    const drafts = (await (
      await fetch(`${backend.base}/api/v1/task-drafts`, { headers: { authorization: `Bearer ${backend.apiToken}` } })
    ).json()) as {
      drafts: { title: string; publishable: boolean }[];
    };
    expect(drafts.drafts).toContainEqual(expect.objectContaining({ title: 'Bonus by threshold', publishable: true }));
    expect(a11y, a11y.join('\n')).toEqual([]);
    await context.close();
  }, 120_000);
});
