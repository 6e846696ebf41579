import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonRequest, type testApp } from './helpers/app';
import { startBackend, type RunningBackend } from './helpers/backend-process';
import { playInterview } from './helpers/interviews';
import { startSmtpServer } from './helpers/smtp';
import { solvedSnapshot } from './helpers/snapshots';

const run = promisify(execFile);

/** A port nobody listens on now, so the CLI's links and the server agree on the address before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The real server's API over real HTTP, in the shape the interview helper drives. */
const overHttp = (base: string) =>
  ({ request: (p: string, init?: RequestInit) => fetch(`${base}${p}`, init), drain: async () => {} }) as unknown as ReturnType<
    typeof testApp
  >;

describe('a new customer, from signing up to a candidate in the task pane, over real HTTP and SMTP', () => {
  let dataDir: string;
  let backend: RunningBackend | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  afterAll(async () => {
    await backend?.stop();
    await smtp?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('creates an organisation from the CLI, sets the admin’s password, e-mails an invitation, and the candidate finishes from its link', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ei-adopt-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;

    // 1. The organisation and its first admin, from the command line, on the embedded database.
    const cli = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'backend/cli/create-org.ts',
        '--name',
        'Acme Ltd',
        '--admin-email',
        'admin@acme.example',
        '--time-zone',
        'Europe/Paris',
        '--public-url',
        base,
      ],
      { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir } },
    );
    const made = JSON.parse(cli.stdout.trim()) as { organisationId: string; setPasswordLink: string };
    expect(made.setPasswordLink).toMatch(new RegExp(`^${base}/dashboard/#/welcome\\?token=eiu_`));

    // 2. The server, with a real SMTP server to send through; no demo is seeded into a database with an organisation.
    smtp = await startSmtpServer();
    backend = await startBackend(dataDir, {
      PORT: String(port),
      PUBLIC_URL: base,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Acme Hiring <hiring@acme.example>',
    });
    expect(backend.output()).not.toContain('Demo organisation');

    // 3. The admin sets a password from the link and is signed in.
    const token = decodeURIComponent(new URL(made.setPasswordLink.replace('#/welcome', 'welcome')).searchParams.get('token')!);
    const welcomed = await fetch(`${base}/api/v1/auth/accept-invite`, jsonRequest('POST', { token, password: 'a long admin password' }));
    expect(welcomed.status).toBe(200);
    const me = (await welcomed.json()) as { csrfToken: string; organisation: { name: string; timeZone: string } };
    expect(me.organisation).toMatchObject({ name: 'Acme Ltd', timeZone: 'Europe/Paris' });
    const headers = {
      cookie: welcomed.headers.get('set-cookie')!.split(';')[0]!,
      'x-csrf-token': me.csrfToken,
      'content-type': 'application/json',
    };

    // 4. An assessment, and a candidate invited by e-mail.
    const assessment = (await (
      await fetch(`${base}/api/v1/assessments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Analyst screening', taskIds: ['price-lookup-vlookup', 'regional-sales-sumifs'] }),
      })
    ).json()) as { id: string };
    const invited = await fetch(`${base}/api/v1/invites`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ assessmentId: assessment.id, candidateName: 'Ada Lovelace', candidateEmail: 'ada@example.com' }),
    });
    expect(invited.status).toBe(201);

    // 5. The invitation arrives at the SMTP server; its link is the candidate's page.
    const [mail] = await smtp.to('ada@example.com');
    const text = mail!.parsed.text!;
    expect(mail!.parsed.subject).toBe('Acme Ltd invites you to an Excel interview: Analyst screening');
    expect(text).toMatch(/\(Europe\/Paris\)/);
    const joinUrl = /(http:\/\/\S+\/join\/\S+)/.exec(text)![1]!;
    const code = /Your code: (\S+)/.exec(text)![1]!;
    const page = await fetch(joinUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Acme Ltd invites you, Ada Lovelace');
    expect(html).toContain(code);

    // 6. The candidate redeems the code and finishes the interview.
    const finished = await playInterview(overHttp(base), code, solvedSnapshot);
    expect(finished.submissionIds).toHaveLength(2);
    const results = (await (await fetch(`${base}/api/v1/sessions/${finished.sessionId}/results`, { headers })).json()) as { state: string };
    expect(results.state).toBe('completed');
  }, 90_000);
});
