import { randomUUID } from 'node:crypto';
import type { TaskSpec } from '../shared/task';
import { asHandedOut } from './helpers/interviews';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SessionResultsSchema, SubmitResponseSchema } from '../shared/api/submissions';
import type { LlmReview } from '../shared/review';
import { silentLogger } from '../backend/observability/logger';
import { closeOverdueSessions } from '../backend/interview/close-overdue';
import { llmClient } from '../backend/llm/client';
import { builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { solvedSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';
import { startFakeOpenAI, type FakeMode, type FakeOpenAI } from './llm-server/openai-compatible-server';

const POOL = [
  'price-lookup-vlookup',
  'employee-department-index-match',
  'regional-sales-sumifs',
  'sales-by-rep-and-region',
  'clean-names-trim-proper',
];
const review: LlmReview = {
  feedback: 'Sound approach.',
  strengths: ['exact references'],
  improvements: ['Name the ranges'],
  citedCells: [],
  approachScore: 0.9,
};

describe.each(engines())('a whole interview over HTTP on $name', (engine) => {
  let db: TestDatabase;
  let fake: FakeOpenAI | null = null;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(() => db.close());
  afterEach(async () => {
    await fake?.close();
    fake = null;
  });

  /** Invites a candidate to an adaptive three-task interview and plays it to the end with correct work. */
  async function interview(mode: FakeMode | null) {
    fake = mode ? await startFakeOpenAI({ mode, respond: () => review, delayMs: 800 }) : null;
    const app = testApp(db.sql, {
      llm: fake ? llmClient({ baseUrl: fake.url, apiKey: 'k', model: 'm', timeoutMs: 250, maxRetries: 1 }, silentLogger) : null,
    });
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId, POOL, { adaptive: true, level: 1, length: 3 }));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      session: { id: string };
      task: { id: string; starter: TaskSpec['starter'] };
    };
    const given: string[] = [];
    let task: { id: string; starter: TaskSpec['starter'] } | null = redeemed.task;
    while (task) {
      given.push(task.id);
      const res = await app.request(
        '/api/v1/session/submissions',
        jsonRequest(
          'POST',
          { submissionId: randomUUID(), taskId: task.id, snapshot: solvedSnapshot(asHandedOut(task)) },
          redeemed.sessionToken,
        ),
      );
      const body = SubmitResponseSchema.parse(await res.json());
      if (body.followUp) {
        const answered = await app.request(
          `/api/v1/session/follow-ups/${body.followUp.id}/answer`,
          jsonRequest(
            'POST',
            { answer: 'Exact match with absolute $ ranges, so sorting and filling down keep it right.' },
            redeemed.sessionToken,
          ),
        );
        expect(answered.status).toBe(200);
      }
      task = body.nextTask;
    }
    await app.drain();
    const results = SessionResultsSchema.parse(
      await (await app.request(`/api/v1/sessions/${redeemed.session.id}/results`, jsonRequest('GET', undefined, org.token))).json(),
    );
    const chosen = await db.sql<{ payload: { taskId: string; reason: string } }[]>`
      SELECT payload FROM events WHERE session_id = ${redeemed.session.id} AND type = 'task_chosen' ORDER BY id`;
    return { given, results, chosen: chosen.map((c) => c.payload) };
  }

  it.each(['absent', 'good', 'slow', 'failing', 'malformed', 'adversarial', 'json-mode-only', 'json-mode-sloppy'] as const)(
    'completes with follow-ups and a summary when the LLM is %s',
    async (llm) => {
      const mode = llm === 'absent' ? null : llm;
      const reviews = mode === 'good' || mode === 'adversarial' || mode === 'json-mode-only' || mode === 'json-mode-sloppy';
      const { given, results } = await interview(mode);
      expect(given).toHaveLength(3);
      expect(results.state).toBe('completed');
      expect(results.submissions.every((s) => s.result.score === 1 && s.followUp?.turns[0]!.answer)).toBe(true);
      expect(results.summary.llmReview).toBe(reviews ? 'used' : 'skipped');
      // A server without strict structured output is asked in JSON mode, and the review says so.
      const modes = results.submissions.map((s) => s.review?.outputMode ?? null);
      expect(new Set(modes)).toEqual(new Set([reviews ? (mode?.startsWith('json-mode') ? 'json_object' : 'json_schema') : null]));
      // Each task: the work's score (after the bounded review) with the answered follow-up weighing 10%.
      const work = (s: (typeof results.submissions)[number]) => (s.review?.status === 'reviewed' ? s.review.finalScore : s.result.score);
      for (const s of results.submissions) expect(s.finalScore).toBeCloseTo(work(s) * 0.9 + 0.1 * s.followUp!.score!, 4);
      expect(results.submissions.map(work).some((w) => w < 1)).toBe(reviews);
      const finals = results.submissions.map((s) => s.finalScore);
      expect(results.summary.overallScore).toBeCloseTo(finals.reduce((a, b) => a + b, 0) / finals.length, 4);
      expect(results.summary.perSkill.map((p) => p.skill).sort()).toEqual([...new Set(given.map((id) => builtInTask(id)!.skill))].sort());
    },
  );

  it("adapts: starts at the assessment's level, moves up after full marks, covers the skills, never repeats, and records why", async () => {
    const { given, chosen } = await interview(null);
    expect(given[0]).toBe('price-lookup-vlookup');
    expect(builtInTask(given[1]!)!.difficulty).toBe(2);
    expect(new Set(given).size).toBe(3);
    expect(new Set(given.map((id) => builtInTask(id)!.skill)).size).toBeGreaterThanOrEqual(2);
    expect(chosen[0]!.reason).toBe("Starting at the assessment's level 1; covers lookups, not yet asked; levels as authored.");
    expect(chosen[1]!.reason).toMatch(/^Scored 100% on a level-1 task, so moving up to level 2/);
  });

  it('closes sessions whose time ran out: expired with work handed in, abandoned without', async () => {
    const app = testApp(db.sql);
    const org = await anOrganisation(db.sql);
    const assessmentId = await anAssessment(db.sql, org.orgId);
    const start = async () =>
      (await (
        await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code: await anInvite(db.sql, org.orgId, assessmentId) }))
      ).json()) as { sessionToken: string; session: { id: string }; task: { id: string } };
    const worked = await start();
    const idle = await start();
    const task = builtInTask(worked.task.id)!;
    await app.request(
      '/api/v1/session/submissions',
      jsonRequest('POST', { submissionId: randomUUID(), taskId: task.id, snapshot: solvedSnapshot(task) }, worked.sessionToken),
    );
    await db.sql`UPDATE interviews SET expires_at = now() - interval '1 hour' WHERE org_id = ${org.orgId}`;
    expect(await closeOverdueSessions(db.sql, new Date())).toBeGreaterThanOrEqual(2);
    const states = await db.sql<{ id: string; state: string }[]>`SELECT id, state FROM interviews WHERE org_id = ${org.orgId}`;
    expect(Object.fromEntries(states.map((s) => [s.id, s.state]))).toEqual({
      [worked.session.id]: 'expired',
      [idle.session.id]: 'abandoned',
    });
    expect(await closeOverdueSessions(db.sql, new Date())).toBe(0);
  });
});
