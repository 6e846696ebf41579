import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { builtInTask } from '../../backend/tasks/library';
import type { WorkbookSnapshot } from '../../shared/snapshot';
import type { TaskSpec } from '../../shared/task';
import { jsonRequest } from '../helpers/app';
import { asHandedOut, type HandedOutTask } from '../helpers/interviews';
import { startBackend, type RunningBackend } from '../helpers/backend-process';
import { seriousViolations } from '../helpers/axe';
import { browserSuite, CHROMIUM } from '../helpers/browser';
import { solvedSnapshot, starterSnapshot } from '../helpers/snapshots';
import { readXlsx } from '../../backend/workbook-file/read-xlsx';

const SCREENSHOTS = path.resolve('dist/screenshots');

/** A candidate plays an interview against the running backend over HTTP, handing in `handIns` tasks. */
async function playOverHttp(
  base: string,
  code: string,
  snapshotFor: (task: TaskSpec) => WorkbookSnapshot,
  handIns = Infinity,
): Promise<string> {
  // Redeeming is limited per address (20 a minute): a walk that plays many candidates waits as a client would.
  let answer = await fetch(`${base}/api/v1/invites/redeem`, jsonRequest('POST', { code }));
  while (answer.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('retry-after') ?? 1) * 1000));
    answer = await fetch(`${base}/api/v1/invites/redeem`, jsonRequest('POST', { code }));
  }
  const redeemed = (await answer.json()) as {
    sessionToken: string;
    session: { id: string };
    task: HandedOutTask | null;
  };
  let task = redeemed.task;
  for (let n = 0; task && n < handIns; n++) {
    const res = await fetch(
      `${base}/api/v1/session/submissions`,
      jsonRequest('POST', { submissionId: randomUUID(), taskId: task.id, snapshot: snapshotFor(asHandedOut(task)) }, redeemed.sessionToken),
    );
    expect(res.status).toBe(201);
    task = ((await res.json()) as { nextTask: HandedOutTask | null }).nextTask;
  }
  return redeemed.session.id;
}

browserSuite("the recruiters' dashboard in headless Chromium, against the real backend", () => {
  let dataDir: string;
  let backend: RunningBackend;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** 400s a step provokes on purpose (a refused form); any other is a problem. */
  let refusalsExpected = 0;

  beforeAll(async () => {
    // The backend serves dist/public/dashboard, as `npm start` builds it.
    await build({ configFile: path.resolve('vite.dashboard.config.ts'), logLevel: 'warn' });
    dataDir = await mkdtemp(path.join(tmpdir(), 'ei-dash-e2e-'));
    backend = await startBackend(dataDir);
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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    // A CSP violation or a script error is a failure of the page, whatever the test clicks.
    page.on('console', (m) => {
      if (m.type() !== 'error' || /status of 40[19]/.test(m.text())) return;
      if (/status of 400/.test(m.text()) && refusalsExpected > 0) refusalsExpected--;
      else problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Serious and critical accessibility violations on every page the walk shows, reported together at the end. */
  const a11y: string[] = [];
  const shot = async (name: string) => {
    await page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${name}.png`), fullPage: true, animations: 'disabled' });
    if (name !== 'failure') a11y.push(...(await seriousViolations(page, name)));
  };

  it('signs in, builds an assessment, invites, watches, reads a result with evidence, compares, analyses and exports', async () => {
    // A failure in a long walk through the app says where it stood and what the page and the server said.
    onTestFailed(async () => {
      await shot('failure').catch(() => {});
      const serverSaid = backend
        .output()
        .split('\n')
        .filter((l) => /"level":"(warn|error)"/.test(l))
        .slice(-10);
      console.error(
        `Page problems:\n${problems.join('\n') || '(none)'}\nServer warnings and errors:\n${serverSaid.join('\n') || '(none)'}\nScreenshot: ${path.join(SCREENSHOTS, 'dashboard-failure.png')}`,
      );
    });
    const finished = await playOverHttp(backend.base, backend.inviteCode, solvedSnapshot);
    /** Candidates invited through the API who open their interview and have not started yet. */
    const moreInterviews = async (n: number) => {
      const { assessments } = (await (
        await fetch(`${backend.base}/api/v1/assessments`, jsonRequest('GET', undefined, backend.apiToken))
      ).json()) as {
        assessments: { id: string }[];
      };
      const candidates = Array.from({ length: n }, (_, i) => ({ name: `Zed Candidate ${i + 1}`, email: `zed${i + 1}@example.com` }));
      const made = await fetch(
        `${backend.base}/api/v1/invites/bulk`,
        jsonRequest('POST', { assessmentId: assessments[0]!.id, candidates, sendEmail: false }, backend.apiToken),
      );
      for (const invite of ((await made.json()) as { invites: { code: string }[] }).invites)
        expect((await fetch(`${backend.base}/api/v1/invites/redeem`, jsonRequest('POST', { code: invite.code }))).status).toBe(201);
    };

    const response = await page.goto(`${backend.base}/dashboard/`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot('1-sign-in');
    await page.getByLabel('Email').fill(backend.recruiter.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or password is not right.').waitFor();
    await page.getByLabel('Password').fill(backend.recruiter.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Interviews' }).waitFor();
    await page.getByRole('link', { name: 'Demo Candidate' }).waitFor();
    await shot('2-interviews');

    // An assessment from the library: filter to lookups, preview a task, tick two.
    await page.getByRole('tab', { name: 'Assessments' }).click();
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.getByLabel('Assessment name').fill('Lookup specialists');
    await page.getByRole('combobox', { name: 'Skill' }).click();
    await page.getByRole('option', { name: 'Lookups' }).click();
    await page.getByRole('checkbox', { name: 'Use Look up unit prices' }).check();
    await page.getByRole('checkbox', { name: "Use Find each employee's department" }).check();
    await page.getByRole('button', { name: 'Preview' }).first().click();
    await page.getByRole('dialog').getByText('as the candidate sees it in Excel').waitFor();
    await shot('3-task-preview');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // Fluent gives the page back to assistive technology (drops aria-hidden) a moment after the dialog goes.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));
    await shot('4-assessment-builder');
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('cell', { name: 'Lookup specialists', exact: true }).waitFor();

    // Two candidates pasted at once; one invite revoked (so the funnel counts one invite there).
    await page
      .getByRole('row', { name: /Lookup specialists/ })
      .getByText('Invite candidates')
      .click();
    await page.getByLabel('Candidates, one per line').fill('Ada Lovelace <ada@example.com>\nGrace Hopper, grace@example.com');
    await page.getByRole('button', { name: 'Create 2 invites' }).click();
    await page.getByText('2 invites created and e-mailed.').waitFor();
    // No mail transport here (the embedded default): each invitation is kept in the outbox, and the list says so.
    await page
      .getByRole('row', { name: /Ada Lovelace/ })
      .getByText('in outbox')
      .waitFor();
    await page
      .getByRole('row', { name: /Grace Hopper/ })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page
      .getByRole('row', { name: /Grace Hopper/ })
      .getByText('revoked')
      .waitFor();
    await page
      .getByRole('row', { name: /Ada Lovelace/ })
      .getByRole('button', { name: 'Copy invitation' })
      .click();
    await page.getByText('Copied the invitation for Ada Lovelace.').waitFor();
    // Chosen invites are sent again together; a withdrawn one is left as it is, and the page says so.
    await page.getByRole('checkbox', { name: 'Choose Ada Lovelace' }).check();
    await page.getByRole('checkbox', { name: 'Choose Grace Hopper' }).check();
    await page.getByRole('button', { name: 'Send 2 again' }).click();
    await page.getByText('1 invite sent again; 1 left as they were (withdrawn).').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/join\/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    await shot('5-invites');
    const adaCode = (await page
      .getByRole('row', { name: /Ada Lovelace/ })
      .getByRole('cell')
      .nth(2)
      .textContent())!;

    // The link in her e-mail opens her page, which fits a phone without sideways scrolling.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${backend.base}/join/${adaCode}`);
    await phone.getByText(adaCode).first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'join-page-390.png'), fullPage: true });
    a11y.push(...(await seriousViolations(phone, 'join page')));
    await phone.close();

    // The live view is open when Ada starts and hands in her first task: it shows her on the second, pushed by the server.
    await page.getByRole('tab', { name: 'Live' }).click();
    await page.getByText('Updates as it happens').waitFor();
    await page.getByText('Nobody is taking an interview right now.').waitFor();
    const ada = await playOverHttp(backend.base, adaCode, starterSnapshot, 1);
    await page
      .getByRole('row', { name: /Ada Lovelace/ })
      .getByText('2 of 2', { exact: false })
      .waitFor();
    await shot('6-live');

    // The finished interview's result, with its evidence; one task's score overridden with a reason.
    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('link', { name: 'Demo Candidate' }).click();
    await page.getByLabel('Overall score').getByText('100%').waitFor();
    await page
      .getByRole('table', { name: /Checks for/ })
      .first()
      .getByText('hidden', { exact: false })
      .first()
      .waitFor();
    await page
      .getByRole('table', { name: /Formulas for/ })
      .first()
      .getByText('=VLOOKUP', { exact: false })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Override score' }).first().click();
    await page.getByLabel('New score (%)').fill('60');
    await page.getByLabel('Reason').fill('Used a hard-coded range after the screen share');
    await page.getByRole('button', { name: 'Save override' }).click();
    await page.getByText('“Used a hard-coded range after the screen share”', { exact: false }).waitFor();
    await page.getByLabel('Overall score').getByText('87%').waitFor();
    await shot('7-result');

    // A hiring manager without an account opens a share link in a fresh browser; it stops working once revoked.
    await page.getByRole('button', { name: 'Make a link' }).click();
    const shareUrl = (await page.getByTestId('shown-once').textContent())!;
    const outsider = await browser.newContext();
    const manager = await outsider.newPage();
    await manager.goto(shareUrl);
    await manager.getByRole('heading', { name: 'Demo Candidate' }).waitFor();
    await manager.getByText('read-only', { exact: false }).waitFor();
    await manager.getByLabel('Overall score').getByText('87%').waitFor();
    a11y.push(...(await seriousViolations(manager, 'shared result')));
    await manager.emulateMedia({ media: 'print' });
    await manager.pdf({ path: path.join(SCREENSHOTS, 'dashboard-shared-result-a4.pdf'), format: 'A4', printBackground: true });
    await manager.pdf({ path: path.join(SCREENSHOTS, 'dashboard-shared-result-letter.pdf'), format: 'Letter', printBackground: true });
    await page
      .getByRole('table', { name: 'Share links' })
      .getByText('1 times', { exact: false })
      .waitFor({ state: 'attached' })
      .catch(() => {});
    await page.getByRole('table', { name: 'Share links' }).getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('table', { name: 'Share links' }).getByText('Revoked', { exact: false }).waitFor();
    await manager.reload();
    await manager.getByText('This link was withdrawn by the organisation that made it.').waitFor();
    await outsider.close();

    // Ten more candidates start, so the list has a second page at ten a page; search, sort and a bulk stage change.
    await moreInterviews(10);
    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('combobox', { name: 'Per page' }).click();
    await page.getByRole('option', { name: '10', exact: true }).click();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Interviews' }).getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByRole('combobox', { name: 'Sort' }).click();
    await page.getByRole('option', { name: 'Name, A to Z' }).click();
    await page.getByRole('table', { name: 'Interviews' }).getByRole('row').nth(1).getByText('Ada Lovelace').waitFor();
    await page.getByLabel('Search').fill('lovelace');
    await page.getByLabel('Search').press('Enter');
    await expect.poll(() => page.getByRole('table', { name: 'Interviews' }).getByRole('row').count()).toBe(2);
    await page.getByLabel('Search').fill('');
    await page.getByRole('link', { name: 'Demo Candidate' }).waitFor();
    await shot('8a-interviews-search-sort');
    await page.getByRole('checkbox', { name: 'Choose Demo Candidate' }).check();
    await page.getByRole('checkbox', { name: 'Choose Ada Lovelace' }).check();
    await page.getByRole('combobox', { name: 'Stage to move the chosen interviews to' }).click();
    await page.getByRole('option', { name: 'Shortlisted' }).click();
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await page
      .getByRole('row', { name: /Ada Lovelace/ })
      .getByText('Shortlisted')
      .waitFor();
    await page
      .getByRole('row', { name: /Demo Candidate/ })
      .getByText('Shortlisted')
      .waitFor();
    await page.getByRole('checkbox', { name: 'Choose Demo Candidate' }).check();
    await page.getByRole('checkbox', { name: 'Choose Ada Lovelace' }).check();
    await page.getByRole('button', { name: /Compare 2 candidates/ }).click();
    await page.getByRole('table', { name: 'Scores side by side' }).getByText('87%').waitFor();
    await shot('8-compare');

    await page.getByRole('tab', { name: 'Analytics' }).click();
    await page.getByRole('table', { name: 'Task difficulty' }).getByText('Hand-ins').waitFor();
    // Times as the data knows them: hand-ins of a few seconds are "under 30 s", not a made-up point.
    await page.getByRole('table', { name: 'Task difficulty' }).getByText('under 30 s').first().waitFor();
    await page.getByRole('img', { name: /Funnel: invited 12, started 2, completed 1/ }).waitFor();
    await page.getByRole('listitem', { name: 'Active now: 1' }).waitFor();
    await page.getByRole('listitem', { name: /^Average score: / }).waitFor();
    await shot('9-analytics');

    await page.getByRole('tab', { name: 'Interviews' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/^interviews-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.split('\r\n')[0]).toContain('candidate_name');
    expect(csv).toContain(`"${finished}","Demo Candidate",`);
    expect(csv).toContain(`"${ada}","Ada Lovelace","ada@example.com","Lookup specialists","in_progress"`);

    await page.getByRole('tab', { name: 'Admin' }).click();
    await page.getByLabel('Token name').fill('ATS sync');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('shown-once').textContent())!;
    expect(token).toMatch(/^eir_/);
    expect((await fetch(`${backend.base}/api/v1/interviews`, jsonRequest('GET', undefined, token))).status).toBe(200);
    // A webhook URL the server refuses says why beside the field, not only in a bar.
    const webhook = page
      .getByRole('region', { name: 'Webhook' })
      .or(page.locator('section', { has: page.getByRole('heading', { name: 'Webhook', exact: true }) }));
    await webhook.getByLabel('URL').fill('ftp://ats.example.com/hooks');
    refusalsExpected = 1;
    await webhook.getByRole('button', { name: 'Save' }).click();
    await webhook.getByText('Invalid URL', { exact: false }).first().waitFor();
    expect(await webhook.getByRole('textbox', { name: 'URL' }).getAttribute('aria-invalid')).toBe('true');
    await shot('10-admin');

    // An assessment candidates were invited to is not changed under them: an edit makes version 2 and archives version 1.
    await page.getByRole('tab', { name: 'Assessments' }).click();
    await page.getByRole('button', { name: 'Edit Lookup specialists' }).click();
    await page.getByLabel('Time limit (minutes)').fill('60');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved as version 2', { exact: false }).waitFor();
    await page.getByRole('row', { name: /Lookup specialists \(version 2\)/ }).waitFor();
    await page.getByRole('switch', { name: 'Show archived' }).check();
    await page.getByRole('row', { name: /Lookup specialists archived/ }).waitFor();
    await shot('10b-assessment-versions');

    // A phone's width: the pages still work, the header and the filters wrap.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [route, name] of [
      ['interviews', '11-interviews-390'],
      [`results/${finished}`, '12-result-390'],
      ['analytics', '13-analytics-390'],
    ] as const) {
      await page.goto(`${backend.base}/dashboard/#/${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // Nothing is wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
      await shot(name);
    }
    // The page tabs fold into a menu.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('menuitem', { name: 'Live' }).click();
    await page.getByRole('heading', { name: 'Live' }).waitFor();
    a11y.push(...(await seriousViolations(page, 'live at 390 px')));
    await page.setViewportSize({ width: 1440, height: 900 });

    expect(problems, problems.join('\n')).toEqual([]);
    expect(a11y, a11y.join('\n')).toEqual([]);
  }, 180_000);

  it('makes a task from two LibreOffice workbooks: uploads, reviews, publishes, and interviews a candidate on it', async () => {
    onTestFailed(async () => {
      await shot('failure').catch(() => {});
      console.error(`Page problems:\n${problems.join('\n') || '(none)'}`);
    });
    const fixtures = path.resolve('tests/fixtures/authoring/formula-lookup');
    await page.goto(`${backend.base}/dashboard/#/tasks`);
    if (await page.getByRole('heading', { name: 'Sign in' }).isVisible()) {
      await page.getByLabel('Email').fill(backend.recruiter.email);
      await page.getByLabel('Password').fill(backend.recruiter.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.getByRole('heading', { name: 'Your tasks' }).waitFor();
    await page
      .getByLabel('Instructions')
      .fill("Fill Orders!D2:D13 with each order's amount: its quantity times the product's unit price from the Prices sheet.");
    await page.getByLabel('Title').fill('Order amounts');
    await page.getByLabel('Starter workbook').setInputFiles(path.join(fixtures, 'starter.xlsx'));
    await page.getByLabel('Solved workbook').setInputFiles(path.join(fixtures, 'solved.xlsx'));
    await shot('14-task-upload');
    await page.getByRole('button', { name: 'Derive the task' }).click();

    // The review: what was derived, the self-tests, the checks with their points, the variants as tables.
    await page.getByRole('heading', { name: 'Review: Order amounts' }).waitFor();
    await page.getByText('The answer is Orders!D2:D13: one formula, =C2*VLOOKUP(B2,Prices!$A$2:$B$7,2,0), filled over it.').waitFor();
    expect(await page.getByRole('list', { name: 'Self-tests' }).getByText('fail', { exact: true }).count()).toBe(0);
    await page.getByRole('table', { name: 'Variant 1, Prices!A2:B7' }).waitFor();
    await shot('15-task-review');
    await page.getByLabel('Points for The answer cells hold the right values').fill('6');
    await page.getByRole('button', { name: 'Save changes and run the self-tests' }).click();
    await page.getByText('Saved; the self-tests ran again.').waitFor();
    // A sample answer with the band its author expects: the typed-in values, at most 20%.
    await page.getByLabel('Sample name').fill('typed values');
    await page.getByLabel('Sample workbook').setInputFiles(path.join(fixtures, 'candidates/typed-values.xlsx'));
    await page.getByRole('button', { name: 'Add the sample' }).click();
    await page.getByText('Added the sample “typed values”; the self-tests ran again.').waitFor();
    await page.getByText('Sample "typed values" scores between 0% and 20%: 20%').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published as order-amounts-[0-9a-f]{6}-v1 \(version 1\)/).waitFor();
    await shot('16-task-published');

    // In the assessment builder beside the library, marked as the organisation's own.
    await page.getByRole('tab', { name: 'Assessments' }).click();
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.getByLabel('Assessment name').fill('Own task screening');
    // The candidate's workbook below was written on the task's own data: everyone gets that data here.
    await page.getByRole('switch', { name: "Each candidate's own" }).click();
    await page.getByRole('switch', { name: 'The same for everyone' }).waitFor();
    await page.getByRole('row', { name: /Order amounts yours · v1/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Use Order amounts' }).check();
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.getByRole('cell', { name: 'Own task screening', exact: true }).waitFor();

    // A candidate takes it: the hand-in is the candidate workbook that uses INDEX/MATCH, read from its file.
    const { assessments } = (await (
      await fetch(`${backend.base}/api/v1/assessments`, jsonRequest('GET', undefined, backend.apiToken))
    ).json()) as {
      assessments: { id: string; name: string }[];
    };
    const made = await fetch(
      `${backend.base}/api/v1/invites/bulk`,
      jsonRequest(
        'POST',
        {
          assessmentId: assessments.find((a) => a.name === 'Own task screening')!.id,
          candidates: [{ name: 'Ida Index', email: 'ida@example.com' }],
          sendEmail: false,
        },
        backend.apiToken,
      ),
    );
    const [{ code }] = ((await made.json()) as { invites: { code: string }[] }).invites as [{ code: string }];
    const answer = await readXlsx(await readFile(path.join(fixtures, 'candidates/index-match.xlsx')));
    await playOverHttp(backend.base, code, () => answer);
    await page.getByRole('tab', { name: 'Interviews' }).click();
    await page.getByRole('link', { name: 'Ida Index' }).click();
    await page.getByLabel('Overall score').getByText('100%').waitFor();
    await shot('17-own-task-result');
    expect(problems, problems.join('\n')).toEqual([]);
    expect(a11y, a11y.join('\n')).toEqual([]);
  }, 180_000);

  it('watches the grader: a review queue to confirm or correct in a click, and the task-quality page', async () => {
    onTestFailed(async () => {
      await shot('failure').catch(() => {});
      console.error(`Page problems:\n${problems.join('\n') || '(none)'}`);
    });
    // Twelve candidates on one task: the labelled corpus's hand-ins (right, wrong and unusual) and four plain solutions.
    const corpus = path.resolve('tests/fixtures/corpus/price-lookup-vlookup');
    const cases = (await readdir(corpus)).map((f) => f.replace(/\.json$/, ''));
    const created = await fetch(
      `${backend.base}/api/v1/assessments`,
      // The corpus's workbooks were written on the task's shared data: everyone gets that data here.
      jsonRequest('POST', { name: 'Lookup screening', taskIds: ['price-lookup-vlookup'], personalData: false }, backend.apiToken),
    );
    const { id: assessmentId } = (await created.json()) as { id: string };
    const names = [...cases.map((c) => `Case ${c}`), ...[1, 2, 3, 4].map((n) => `Sol ${n}`)];
    const made = await fetch(
      `${backend.base}/api/v1/invites/bulk`,
      jsonRequest(
        'POST',
        { assessmentId, candidates: names.map((name, n) => ({ name, email: `case${n}@example.com` })), sendEmail: false },
        backend.apiToken,
      ),
    );
    const invites = ((await made.json()) as { invites: { code: string }[] }).invites;
    for (const [n, invite] of invites.entries()) {
      const snapshot =
        n < cases.length
          ? (JSON.parse(await readFile(path.join(corpus, `${cases[n]}.json`), 'utf8')) as { snapshot: WorkbookSnapshot }).snapshot
          : solvedSnapshot(builtInTask('price-lookup-vlookup')!);
      await playOverHttp(backend.base, invite.code, () => snapshot);
    }

    const lookupAgreement = async () => {
      const answer = await fetch(`${backend.base}/api/v1/task-quality`, jsonRequest('GET', undefined, backend.apiToken));
      const { tasks } = (await answer.json()) as {
        tasks: { taskId: string; agreement: { handIns: number; agreed: number; ratio: number } }[];
      };
      return tasks.find((t) => t.taskId === 'price-lookup-vlookup')!.agreement;
    };
    const agreedBefore = await lookupAgreement();
    await page.goto(`${backend.base}/dashboard/#/review`);
    // Signed in already when the walk above ran first; on its own, through the sign-in page.
    await page.getByRole('heading', { name: /^(Sign in|Review queue)$/ }).waitFor();
    if (await page.getByRole('heading', { name: 'Sign in' }).isVisible()) {
      await page.getByLabel('Email').fill(backend.recruiter.email);
      await page.getByLabel('Password').fill(backend.recruiter.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    // The most uncertain first: decided by a gate and with a formula unlike every other.
    await page.getByRole('heading', { name: 'Case approximate · Look up unit prices' }).waitFor();
    expect(await page.locator('section h2').first().textContent()).toBe('Case approximate · Look up unit prices');
    await page.getByText(/A formula unlike any in \d+ other hand-ins of this task: =INDEX\(R,MATCH\(R,R,N\)\)/).waitFor();
    await shot('18-review-queue');
    const before = Number((await page.getByText(/to review · \d+ decided so far/).textContent())!.match(/(\d+) to review/)![1]);
    // Confirm the INDEX/MATCH answer in one click.
    const equivalent = page.locator('section', { hasText: 'Case equivalent ·' });
    await equivalent.getByRole('button', { name: 'Confirm 100%' }).click();
    await page.getByText(`${before - 1} to review · 1 decided so far`).waitFor();
    // Correct the approximate-match VLOOKUP: a note is required, and the correction overrides the score.
    const approximate = page.locator('section', { hasText: 'Case approximate ·' });
    await approximate.getByRole('button', { name: 'Correct…' }).click();
    await approximate.getByLabel('Right score (%)').fill('10');
    refusalsExpected++;
    await approximate.getByRole('button', { name: 'Save correction' }).click();
    await approximate.getByText(/note/).first().waitFor();
    await approximate.getByLabel('What the grader got wrong').fill('An approximate match returns wrong prices for unsorted codes.');
    await approximate.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText(`${before - 2} to review · 2 decided so far`).waitFor();
    await shot('19-review-queue-decided');

    await page.getByRole('tab', { name: 'Quality' }).click();
    await page.getByRole('heading', { name: 'Task quality' }).waitFor();
    const row = page.getByRole('row', { name: /Look up unit prices/ });
    await row.waitFor();
    // The correction moved the score by 18 points: one more hand-in of the task disagrees than before it.
    const after = await lookupAgreement();
    expect(after.handIns - after.agreed).toBe(agreedBefore.handIns - agreedBefore.agreed + 1);
    expect(await row.textContent()).toContain(`${Math.round(after.ratio * 100)}% of ${after.handIns}`);
    await page.getByRole('img', { name: /^Agreement by week: / }).waitFor();
    await shot('20-task-quality');
    expect(problems, problems.join('\n')).toEqual([]);
    expect(a11y, a11y.join('\n')).toEqual([]);
  }, 180_000);
});
