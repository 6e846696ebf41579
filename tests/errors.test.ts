import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../shared/api/errors';
import { builtInTask } from '../backend/tasks/library';
import { connect } from '../backend/db/client';
import { engines, type TestDatabase } from './helpers/databases';
import { jsonRequest, listen, testApp } from './helpers/app';
import { anAssessment, anInvite, anOrganisation, countRows } from './helpers/world';
import { aSnapshot, aSheet, solvedSnapshot } from './helpers/snapshots';

const task = builtInTask('price-lookup-vlookup')!;

describe.each(engines())('errors and refusals on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await app.request(path, init);
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
  };
  async function aCandidate() {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const redeemed = await call('/api/v1/invites/redeem', jsonRequest('POST', { code }));
    return { org, sessionToken: redeemed.body.sessionToken as string };
  }

  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { bodyLimitBytes: 64 * 1024 });
  });
  afterAll(() => db.close());

  it('answers an invalid body with 400 and the path of every bad field', async () => {
    const org = await anOrganisation(db.sql);
    const res = await call(
      '/api/v1/invites',
      jsonRequest('POST', { assessmentId: 'nope', candidateName: '', candidateEmail: 'not-an-email' }, org.token),
    );
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.code).toBe('bad_request');
    expect(error.details?.map((d) => d.path).sort()).toEqual(['assessmentId', 'candidateEmail', 'candidateName']);
    expect(error.requestId).toBeTruthy();
  });

  it('answers malformed JSON with 400', async () => {
    const res = await call('/api/v1/invites/redeem', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('asks for JSON when the body is sent as another media type', async () => {
    const res = await call('/api/v1/invites/redeem', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"code":"x"}' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'bad_request', message: 'Send the body as JSON, with Content-Type: application/json.' },
    });
  });

  it('refuses unknown fields, so a typo is not silently ignored', async () => {
    const res = await call('/api/v1/invites/redeem', jsonRequest('POST', { code: 'ABCD-EFGH-JKLM', extra: 1 }));
    expect(res.status).toBe(400);
  });

  it('answers a body over the limit with 413 and writes nothing', async () => {
    const { org, sessionToken } = await aCandidate();
    const huge = solvedSnapshot(task);
    huge.sheets[0]!.cells.push({ address: 'Z1', value: 'x'.repeat(80 * 1024) });
    const res = await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: task.id, snapshot: huge }, sessionToken),
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(await countRows(db.sql, 'submissions', org.orgId)).toBe(0);
  });

  it('answers a body over the limit with 413 over HTTP, whether its length is declared or it is streamed in chunks', async () => {
    const { org, sessionToken } = await aCandidate();
    const server = await listen(app);
    try {
      const huge = JSON.stringify({ submissionId: randomUUID(), taskId: task.id, snapshot: { pad: 'x'.repeat(80 * 1024) } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${sessionToken}` };
      const declared = await fetch(`${server.url}/api/v1/session/submissions`, { method: 'POST', headers, body: huge });
      expect(declared.status).toBe(413);
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(huge.slice(i * 9_000, (i + 1) * 9_000)));
          controller.enqueue(new TextEncoder().encode(huge.slice(90_000)));
          controller.close();
        },
      });
      const streamed = await fetch(`${server.url}/api/v1/session/submissions`, {
        method: 'POST',
        headers,
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(await countRows(db.sql, 'submissions', org.orgId)).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('answers an invalid snapshot with 400 and writes nothing', async () => {
    const { org, sessionToken } = await aCandidate();
    const bad = aSnapshot([aSheet('Orders', [{ address: 'not a cell', value: 1 }])]);
    const res = await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: task.id, snapshot: bad }, sessionToken),
    );
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.details?.[0]?.path).toBe('snapshot.sheets.0.cells.0.address');
    expect(await countRows(db.sql, 'submissions', org.orgId)).toBe(0);
    expect(await countRows(db.sql, 'events', org.orgId)).toBe(2); // session_started and task_chosen, from redeeming
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await call('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers a missing token with 401 and a bad token with 401', async () => {
    expect((await call('/api/v1/assessments')).status).toBe(401);
    expect((await call('/api/v1/assessments', jsonRequest('GET', undefined, 'eir_not-a-real-token'))).status).toBe(401);
  });

  it('answers a candidate token on a recruiter route with 403, and the reverse too', async () => {
    const { org, sessionToken } = await aCandidate();
    expect((await call('/api/v1/assessments', jsonRequest('GET', undefined, sessionToken))).status).toBe(403);
    const res = await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: task.id, snapshot: solvedSnapshot(task) }, org.token),
    );
    expect(res.status).toBe(403);
  });

  it('refuses an expired invite with 410 and starts no session', async () => {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId), new Date(Date.now() - 1000));
    const res = await call('/api/v1/invites/redeem', jsonRequest('POST', { code }));
    expect(res.status).toBe(410);
    expect(await countRows(db.sql, 'interviews', org.orgId)).toBe(0);
  });

  it('reads an unknown invite code, and a malformed one, as the same 404', async () => {
    const unknown = await call('/api/v1/invites/redeem', jsonRequest('POST', { code: 'ZZZZ-ZZZZ-ZZZZ' }));
    const malformed = await call('/api/v1/invites/redeem', jsonRequest('POST', { code: 'hello' }));
    expect([unknown.status, malformed.status]).toEqual([404, 404]);
    expect((unknown.body.error as { message: string }).message).toBe((malformed.body.error as { message: string }).message);
  });

  it('accepts an invite code typed in lower case without hyphens', async () => {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    const res = await call('/api/v1/invites/redeem', jsonRequest('POST', { code: code.replace(/-/g, ' ').toLowerCase() }));
    expect(res.status).toBe(201);
  });

  it("refuses an invite for another organisation's assessment as not found", async () => {
    const owner = await anOrganisation(db.sql);
    const outsider = await anOrganisation(db.sql);
    const assessmentId = await anAssessment(db.sql, owner.orgId);
    const res = await call(
      '/api/v1/invites',
      jsonRequest('POST', { assessmentId, candidateName: 'Sam', candidateEmail: 'sam@example.com' }, outsider.token),
    );
    expect(res.status).toBe(404);
    expect(await countRows(db.sql, 'invites', outsider.orgId)).toBe(0);
  });

  it('refuses a hand-in for a task that is not the current one with 409', async () => {
    const { org, sessionToken } = await aCandidate();
    const other = builtInTask('regional-sales-sumifs')!;
    const res = await call(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: other.id, snapshot: solvedSnapshot(other) }, sessionToken),
    );
    expect(res.status).toBe(409);
    expect(await countRows(db.sql, 'submissions', org.orgId)).toBe(0);
  });

  it('slows down guessing: a code tried too often gets 429 with Retry-After', async () => {
    const fresh = testApp(db.sql);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await fresh.request('/api/v1/invites/redeem', jsonRequest('POST', { code: 'QQQQ-QQQQ-QQQQ' }))).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const limited = await fresh.request('/api/v1/invites/redeem', jsonRequest('POST', { code: 'qqqq qqqq qqqq' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('slows down guessing from one address across many codes', async () => {
    const fresh = testApp(db.sql);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(
        (
          await fresh.request(
            '/api/v1/invites/redeem',
            jsonRequest('POST', { code: `QQQQ-QQQQ-${String(2222 + i).replace(/[01]/g, '2')}` }),
          )
        ).status,
      );
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
  });

  it('ignores an address header it was not told to trust: a forged one does not reset the limit', async () => {
    const fresh = testApp(db.sql);
    const guess = (i: number) =>
      fresh.request('/api/v1/invites/redeem', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.0.0.${i}`, 'x-forwarded-for': `10.0.1.${i}` },
        body: JSON.stringify({ code: `QQQQ-QQQQ-${String(2222 + i).replace(/[01]/g, '2')}` }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await guess(i)).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts each address apart behind a proxy it trusts, by the entry the proxy appended', async () => {
    const fresh = testApp(db.sql, { clientIpHeader: 'X-Forwarded-For' });
    // Whatever the client wrote first is its claim; the right-most entry is what the proxy saw.
    const guess = (i: number, address: string) =>
      fresh.request('/api/v1/invites/redeem', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.9.9, ${address}` },
        body: JSON.stringify({ code: `QQQQ-QQQQ-${String(2222 + i).replace(/[01]/g, '2')}` }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await guess(i, `10.0.0.${i}`)).status);
    expect(statuses.every((s) => s === 404)).toBe(true);
  });

  it('refuses a submission id that another interview already used', async () => {
    const a = await aCandidate();
    const b = await aCandidate();
    const body = { submissionId: randomUUID(), taskId: task.id, snapshot: solvedSnapshot(task) };
    expect((await call('/api/v1/session/submissions', jsonRequest('POST', body, a.sessionToken))).status).toBe(201);
    expect((await call('/api/v1/session/submissions', jsonRequest('POST', body, b.sessionToken))).status).toBe(409);
    expect(await countRows(db.sql, 'submissions', b.org.orgId)).toBe(0);
  });
});

describe('when the database cannot be reached', () => {
  // Port 9 (discard) on loopback has no PostgreSQL: connections are refused at once.
  const unreachable = connect('postgres://postgres:x@127.0.0.1:9/none', { max: 1, connectTimeoutSeconds: 1 });
  const app = testApp(unreachable);
  afterAll(() => unreachable.end({ timeout: 0 }));

  it('reports not ready with 503', async () => {
    const res = await app.request('/api/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ready: false, schemaVersion: null });
  });

  it('reports health as 503 with db down', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'degraded', db: 'down', version: 'test' });
  });

  it('fails a database route fast with 503 and Retry-After', async () => {
    const res = await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code: 'ABCD-EFGH-JKLM' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toMatchObject({ error: { code: 'unavailable' } });
  });
});
