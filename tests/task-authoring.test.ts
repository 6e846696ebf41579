import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskListSchema } from '../shared/api/dashboard';
import { PublishedTaskSchema, TaskDraftSchema, type TaskDraft } from '../shared/api/task-drafts';
import { SessionResultsSchema } from '../shared/api/submissions';
import { llmClient } from '../backend/llm/client';
import { silentLogger } from '../backend/observability/logger';
import { readXlsx } from '../backend/workbook-file/read-xlsx';
import { startFakeOpenAI, type FakeOpenAI } from './llm-server/openai-compatible-server';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { anInvite, anOrganisation, countRows, type Organisation } from './helpers/world';

const FIXTURES = 'tests/fixtures/authoring';
const upload = (kind: string, file: string) => ({
  fileName: `${file.split('/').pop()}.xlsx`,
  contentBase64: readFileSync(`${FIXTURES}/${kind}/${file}.xlsx`).toString('base64'),
});
const LOOKUP_BRIEF = {
  instructions: "Fill Orders!D2:D13 with each order's amount: its quantity times the product's unit price from the Prices sheet.",
  title: 'Order amounts',
};

/** Any answer of the API, read loosely: an error envelope or a resource with an id and a title. */
type Answer = Record<string, unknown> & {
  error: { message: string; details: { path: string; message: string }[] };
  id: string;
  title: string;
};

describe.each(engines())('authoring a task from workbooks over HTTP, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
  });
  afterAll(() => db.close());

  const send = async (org: Organisation, method: string, path: string, body?: unknown) => {
    const res = await app.request(path, jsonRequest(method, body, org.token));
    return { status: res.status, body: (await res.json()) as Answer };
  };
  async function aDraft(org: Organisation, kind = 'formula-lookup', brief: object = LOOKUP_BRIEF): Promise<TaskDraft> {
    const made = await send(org, 'POST', '/api/v1/task-drafts', {
      brief,
      starter: upload(kind, 'starter'),
      solved: upload(kind, 'solved'),
    });
    expect(made.status).toBe(201);
    return TaskDraftSchema.parse(made.body);
  }

  it('derives a task from an uploaded starter and solved workbook, with passing self-tests and variants to review', async () => {
    const draft = await aDraft(await anOrganisation(db.sql));
    expect(draft.task).toMatchObject({
      id: 'order-amounts',
      title: 'Order amounts',
      skill: 'lookups',
      answer: { sheet: 'Orders', range: 'D2:D13' },
    });
    expect(draft.selfTests.filter((t) => !t.passed)).toEqual([]);
    expect(draft.publishable).toBe(true);
    expect(draft.variants).toHaveLength(5);
    expect(draft.variants[0]!.blocks.map((b) => b.sheet)).toEqual(['Prices', 'Orders']);
    expect(draft.variants[0]!.blocks[0]!.rows.length).toBeGreaterThan(0);
  });

  it('shows each hidden block of a variant under its own range, two blocks of one sheet too', async () => {
    const draft = await aDraft(await anOrganisation(db.sql), 'formula-threshold', {
      instructions: 'In Team!C2:C13 write Bonus for every rep whose sales reach the threshold in F2.',
    });
    expect(draft.variants[0]!.blocks.map((b) => `${b.sheet}!${b.range}`)).toEqual(['Team!F2', 'Team!A2:B13']);
  });

  it('refuses a file that is not a workbook, and two workbooks that do not differ, naming the field and saving nothing', async () => {
    const org = await anOrganisation(db.sql);
    const notXlsx = { fileName: 'orders.csv', contentBase64: Buffer.from('Order,Qty\n').toString('base64') };
    const bad = await send(org, 'POST', '/api/v1/task-drafts', {
      brief: LOOKUP_BRIEF,
      starter: notXlsx,
      solved: upload('pivot', 'solved'),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('orders.csv: This is not an .xlsx workbook');
    expect(bad.body.error.details).toEqual([{ path: 'starter', message: expect.stringContaining('not an .xlsx') }]);
    const same = await send(org, 'POST', '/api/v1/task-drafts', {
      brief: LOOKUP_BRIEF,
      starter: upload('pivot', 'starter'),
      solved: upload('pivot', 'starter'),
    });
    expect(same.status).toBe(400);
    expect(same.body.error.details[0]!.path).toBe('solved');
    expect(await countRows(db.sql, 'task_drafts', org.orgId)).toBe(0);
  });

  it('refuses a body over the authoring limit with 413', async () => {
    const org = await anOrganisation(db.sql);
    const huge = { fileName: 'big.xlsx', contentBase64: 'A'.repeat(13 * 1024 * 1024) };
    const res = await send(org, 'POST', '/api/v1/task-drafts', { brief: LOOKUP_BRIEF, starter: huge, solved: huge });
    expect(res.status).toBe(413);
  });

  it('lets the author change points, gates and allowed functions, and runs the self-tests again', async () => {
    const org = await anOrganisation(db.sql);
    const draft = await aDraft(org);
    const changed = await send(org, 'PATCH', `/api/v1/task-drafts/${draft.id}`, {
      weights: { 'answer-values': 6 },
      gates: { 'hidden-data': null },
      allowedFunctions: ['XLOOKUP', 'vlookup'],
    });
    expect(changed.status).toBe(200);
    const task = TaskDraftSchema.parse(changed.body).task;
    expect(task.private.checks.find((c) => c.id === 'answer-values')!.weight).toBe(6);
    expect(task.private.gates.map((g) => g.check)).toEqual(['answer-values', 'answer-formulas']);
    expect(task.private.checks.find((c) => c.kind === 'functions')).toMatchObject({ anyOf: ['XLOOKUP', 'VLOOKUP'] });
    const refused = await send(org, 'PATCH', `/api/v1/task-drafts/${draft.id}`, { weights: { 'no-such-check': 2 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('This task has no check "no-such-check".');
  });

  it('keeps a draft from being published while a sample scores outside the band its author wrote', async () => {
    const org = await anOrganisation(db.sql);
    const draft = await aDraft(org);
    const outside = await send(org, 'POST', `/api/v1/task-drafts/${draft.id}/samples`, {
      name: 'typed',
      band: [0.5, 1],
      workbook: upload('formula-lookup', 'candidates/typed-values'),
    });
    expect(TaskDraftSchema.parse(outside.body).publishable).toBe(false);
    const refused = await send(org, 'POST', `/api/v1/task-drafts/${draft.id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Sample "typed" scores between 50% and 100% (20%)');
    const fixed = await send(org, 'POST', `/api/v1/task-drafts/${draft.id}/samples`, {
      name: 'typed',
      band: [0, 0.2],
      workbook: upload('formula-lookup', 'candidates/typed-values'),
    });
    expect(TaskDraftSchema.parse(fixed.body)).toMatchObject({ publishable: true, samples: [{ name: 'typed', band: [0, 0.2] }] });
  });

  it('publishes versions: the builder offers the newest, an assessment keeps the one it was built with', async () => {
    const org = await anOrganisation(db.sql);
    const draft = await aDraft(org);
    const v1 = PublishedTaskSchema.parse((await send(org, 'POST', `/api/v1/task-drafts/${draft.id}/publish`)).body);
    expect(v1).toEqual({ taskId: `order-amounts-${org.orgId.replace(/-/g, '').slice(0, 6)}-v1`, version: 1, supersedes: null });
    const assessment = await send(org, 'POST', '/api/v1/assessments', { name: 'Own task', taskIds: [v1.taskId] });
    expect(assessment.status).toBe(201);

    await send(org, 'PATCH', `/api/v1/task-drafts/${draft.id}`, { title: 'Order amounts, revised' });
    const v2 = PublishedTaskSchema.parse((await send(org, 'POST', `/api/v1/task-drafts/${draft.id}/publish`)).body);
    expect(v2).toMatchObject({ version: 2, supersedes: v1.taskId });
    const listed = TaskListSchema.parse((await send(org, 'GET', '/api/v1/tasks?skill=lookups')).body).tasks.filter((t) => t.own);
    expect(listed).toEqual([expect.objectContaining({ id: v2.taskId, title: 'Order amounts, revised', version: 2 })]);
    expect((await send(org, 'GET', `/api/v1/tasks/${v1.taskId}`)).body.title).toBe('Order amounts');
    const other = await anOrganisation(db.sql);
    expect((await send(other, 'GET', `/api/v1/tasks/${v1.taskId}`)).status).toBe(404);
    expect((await send(other, 'POST', `/api/v1/task-drafts/${draft.id}/publish`)).status).toBe(404);
  });

  it('interviews a candidate on a published task and scores the hand-in as it scores the library', async () => {
    const org = await anOrganisation(db.sql);
    const draft = await aDraft(org);
    const { taskId } = PublishedTaskSchema.parse((await send(org, 'POST', `/api/v1/task-drafts/${draft.id}/publish`)).body);
    // The candidate's workbook is a LibreOffice file written on the task's own data: everyone gets that data here.
    const assessment = await send(org, 'POST', '/api/v1/assessments', { name: 'Own task', taskIds: [taskId], personalData: false });
    const code = await anInvite(db.sql, org.orgId, assessment.body.id);
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string };
      task: { id: string; title: string; starter: unknown; private?: unknown };
    };
    expect(redeemed.task).toMatchObject({ id: taskId, title: 'Order amounts' });
    expect(redeemed.task).not.toHaveProperty('private');
    await app.request('/api/v1/session/start', jsonRequest('POST', undefined, redeemed.sessionToken));
    const snapshot = await readXlsx(readFileSync(`${FIXTURES}/formula-lookup/candidates/index-match.xlsx`));
    const handIn = await app.request(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId, snapshot }, redeemed.sessionToken),
    );
    expect(handIn.status).toBe(201);
    await app.drain();
    const results = SessionResultsSchema.parse((await send(org, 'GET', `/api/v1/sessions/${redeemed.session.id}/results`)).body);
    expect(results.submissions.map((s) => [s.taskId, s.result?.score])).toEqual([[taskId, 1]]);
  });
});

describe('the follow-up of an authored task, drafted by a model', () => {
  let db: TestDatabase;
  let fake: FakeOpenAI;
  let reply: unknown;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engines()[0]!.open();
    fake = await startFakeOpenAI({ mode: 'good', respond: () => reply });
    app = testApp(db.sql, {
      llm: llmClient({ baseUrl: fake.url, apiKey: 'k', model: 'm', timeoutMs: 2_000, maxRetries: 0 }, silentLogger),
    });
  });
  afterAll(async () => {
    await fake.close();
    await db.close();
  });
  const derive = async () => {
    const org = await anOrganisation(db.sql);
    const res = await app.request(
      '/api/v1/task-drafts',
      jsonRequest(
        'POST',
        { brief: LOOKUP_BRIEF, starter: upload('formula-lookup', 'starter'), solved: upload('formula-lookup', 'solved') },
        org.token,
      ),
    );
    return TaskDraftSchema.parse(await res.json());
  };

  it('takes the model’s question and rubric, says so, and tells the model the task but not its solution', async () => {
    reply = {
      question: 'If the price list gained a new product tomorrow, what would you check in your Amount column, and why?',
      rubric: [{ point: 'The lookup range covers the whole price list', keywords: ['range', 'whole', 'absolute'] }],
    };
    const draft = await derive();
    expect(draft.task.private.followUps[0]).toMatchObject({ question: (reply as { question: string }).question });
    expect(draft.notes.at(-1)).toBe('The follow-up question was drafted by the model (m); review it before publishing.');
    const sent = JSON.stringify(fake.requests.at(-1)!.messages);
    expect(sent).toContain('Order amounts');
    expect(sent).not.toContain('VLOOKUP');
  });

  it('sets aside a drafted question that names a function of the solution and keeps the template’s', async () => {
    reply = {
      question: 'Why did you use VLOOKUP with FALSE as its last argument here?',
      rubric: [{ point: 'Exact match', keywords: ['exact'] }],
    };
    const draft = await derive();
    expect(draft.task.private.followUps[0]!.question).toMatch(/^Walk us through your formula in Orders!D2/);
    expect(draft.notes.at(-1)).toBe(
      "The model's follow-up was set aside (it names VLOOKUP, which the solution uses); the template's question is used.",
    );
  });
});

describe.each(engines())("the task pane's author mode over HTTP, on $name", (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open();
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
  });
  afterAll(() => db.close());
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await app.request(path, jsonRequest(method, body, token));
    return { status: res.status, body: (await res.json()) as Answer };
  };
  const fixture = (file: string) => readXlsx(readFileSync(`${FIXTURES}/chart/${file}.xlsx`));

  it('connects once with a code from the dashboard, captures both workbooks and makes the same draft as an upload', async () => {
    const org = await anOrganisation(db.sql);
    const { code } = (await call('POST', '/api/v1/task-drafts/author-codes', undefined, org.token)).body as unknown as { code: string };
    const connected = await call('POST', '/api/v1/task-drafts/pane/connect', { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(connected.status).toBe(201);
    const token = (connected.body as unknown as { token: string }).token;
    expect(token).toMatch(/^eiau_/);
    expect((await call('POST', '/api/v1/task-drafts/pane/connect', { code })).status).toBe(404);

    expect((await call('POST', '/api/v1/task-drafts/pane/drafts', { brief: { instructions: 'Chart it.' } }, token)).status).toBe(409);
    const starter = await call('PUT', '/api/v1/task-drafts/pane/captures/starter', { snapshot: await fixture('starter') }, token);
    expect(starter.body).toMatchObject({ starter: expect.any(String), solved: null });
    await call('PUT', '/api/v1/task-drafts/pane/captures/solved', { snapshot: await fixture('solved') }, token);
    const made = await call(
      'POST',
      '/api/v1/task-drafts/pane/drafts',
      { brief: { instructions: 'Chart the monthly revenue as a column chart.' } },
      token,
    );
    expect(made.status).toBe(201);
    const draft = TaskDraftSchema.parse(made.body);
    expect(draft.task.private.checks[0]).toMatchObject({ kind: 'chart', types: ['ColumnClustered'] });
    expect(draft.publishable).toBe(true);
    // The draft is the organisation's, in the dashboard, like an uploaded one.
    expect((await call('GET', `/api/v1/task-drafts/${draft.id}`, undefined, org.token)).status).toBe(200);
  });

  it('refuses an expired or unknown code, and a pane token anywhere but the capture routes', async () => {
    const org = await anOrganisation(db.sql);
    const { code } = (await call('POST', '/api/v1/task-drafts/author-codes', undefined, org.token)).body as unknown as { code: string };
    await db.sql`UPDATE author_links SET code_expires_at = now() - interval '1 second' WHERE org_id = ${org.orgId}`;
    const expired = await call('POST', '/api/v1/task-drafts/pane/connect', { code });
    expect(expired.status).toBe(404);
    expect(expired.body.error.message).toContain('Make a new one in Your tasks');
    const fresh = (await call('POST', '/api/v1/task-drafts/author-codes', undefined, org.token)).body as unknown as { code: string };
    const { token } = (await call('POST', '/api/v1/task-drafts/pane/connect', { code: fresh.code })).body as unknown as { token: string };
    expect((await call('GET', '/api/v1/task-drafts', undefined, token)).status).toBe(401);
    expect((await call('GET', '/api/v1/interviews', undefined, token)).status).toBe(401);
    expect(
      (await call('PUT', '/api/v1/task-drafts/pane/captures/solved', { snapshot: await fixture('solved') }, 'eiau_not-a-token')).status,
    ).toBe(401);
  });
});
