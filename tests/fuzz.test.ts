import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../shared/api/errors';
import { builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation, countRows } from './helpers/world';

/** Bounded, so the suite stays fast; fast-check's seed is printed when a case fails, to replay it. */
const RUNS = 60;
const task = builtInTask('price-lookup-vlookup')!;

/** Bodies that are almost right, or nothing like it: any JSON, deep nesting, huge and odd strings, formula text. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '=cmd|" /C calc"!A0',
    '=HYPERLINK("http://x","y")',
    '\u202E\u200B',
    "'; DROP TABLE submissions; --",
    'x'.repeat(70_000),
    '\uD800',
  ),
);
const deep = fc
  .integer({ min: 50, max: 400 })
  .map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: [inner] }), 1));
const anyBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  deep,
  fc.record({ code: hostileString }),
  fc.record({ submissionId: hostileString, taskId: hostileString, snapshot: fc.jsonValue({ maxDepth: 3 }) }),
);
const nearSnapshot = fc
  .record({
    sheet: hostileString,
    address: fc.oneof(fc.constantFrom('A1', 'ZZZZ1', 'A0', 'D2'), hostileString),
    value: fc.oneof(fc.double(), hostileString, fc.boolean(), fc.constant(null)),
    formula: fc.oneof(
      fc.constant(undefined),
      hostileString.map((s) => `=${s}`),
    ),
  })
  .map(({ sheet, address, value, formula }) => {
    const snapshot = solvedSnapshot(task);
    snapshot.sheets[0]!.name = sheet.slice(0, 40);
    snapshot.sheets[0]!.cells.push({ address, value, ...(formula ? { formula } : {}) });
    return snapshot;
  });

describe.each(engines())('hostile input on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let tokens: { candidate: string; recruiter: string; orgId: string };
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
    };
    tokens = { candidate: redeemed.sessionToken, recruiter: org.token, orgId: org.orgId };
  });
  afterAll(() => db.close());

  /** Every answer is below 500 and, when an error, the one JSON envelope. */
  async function expectHandled(res: Response) {
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) expect(ErrorBodySchema.safeParse(await res.json()).success).toBe(true);
  }

  it.each([
    ['/api/v1/invites/redeem', 'none'],
    ['/api/v1/invites', 'recruiter'],
    ['/api/v1/assessments', 'recruiter'],
    ['/api/v1/session/submissions', 'candidate'],
    ['/api/v1/session/activity', 'candidate'],
  ] as const)('answers any body sent to %s without a server error', async (path, who) => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const token = who === 'none' ? undefined : tokens[who];
        await expectHandled(await app.request(path, jsonRequest('POST', body, token)));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers hostile headers and ids without a server error', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (auth, id) => {
        const headers = { authorization: auth.replace(/[^\x20-\x7e]/g, ''), 'content-type': 'application/json' };
        // A lone surrogate cannot be put in a URL at all; the client would fail before sending.
        await expectHandled(
          await app.request(`/api/v1/submissions/${encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, ''))}`, { headers }),
        );
        await expectHandled(await app.request('/api/v1/session', { headers }));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses broken snapshots without writing anything, and scores odd but valid ones', async () => {
    const before = await countRows(db.sql, 'submissions', tokens.orgId);
    await fc.assert(
      fc.asyncProperty(nearSnapshot, async (snapshot) => {
        const res = await app.request(
          '/api/v1/session/submissions',
          jsonRequest('POST', { submissionId: crypto.randomUUID(), taskId: 'regional-sales-sumifs', snapshot }, tokens.candidate),
        );
        await expectHandled(res);
        // The candidate is on the first task, so even a valid snapshot for another task is refused (409).
        expect([400, 409, 413]).toContain(res.status);
      }),
      { numRuns: RUNS },
    );
    expect(await countRows(db.sql, 'submissions', tokens.orgId)).toBe(before);
  });
});
