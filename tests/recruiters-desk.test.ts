import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewListSchema, AnalyticsSchema } from '../shared/api/dashboard';
import { InvitePageSchema } from '../shared/api/invites';
import { CreatedShareLinkSchema, SharedResultSchema } from '../shared/api/pipeline';
import { SessionResultsSchema } from '../shared/api/submissions';
import type { TaskSpec } from '../shared/task';
import { jsonRequest, testApp } from './helpers/app';
import { playInterview } from './helpers/interviews';
import { solvedSnapshot } from './helpers/snapshots';
import { engines, type TestDatabase } from './helpers/databases';
import { aSignedInUser, anAssessment, anInvite, anOrganisation } from './helpers/world';

describe.each(engines())('the recruiter’s desk over HTTP, on $name', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engine.open();
    // The desk is under test here, not the guess limits on redeeming (tests/security.test.ts has those).
    app = testApp(db.sql, { rateLimiter: { hit: () => ({ ok: true, retryAfterSeconds: 0 }) } });
  });
  afterAll(() => db.close());

  /** An organisation with one interview per name, redeemed in the order given (the last is the newest). */
  async function anOrganisationWith(names: string[]) {
    const org = await anOrganisation(db.sql);
    const assessmentId = await anAssessment(db.sql, org.orgId);
    const ids: string[] = [];
    for (const name of names) {
      const code = await anInvite(db.sql, org.orgId, assessmentId);
      await db.sql`UPDATE invites SET candidate_name = ${name}, candidate_email = ${`${name.toLowerCase().replace(/ /g, '.')}@example.com`} WHERE code = ${code}`;
      const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
        session: { id: string };
      };
      ids.push(redeemed.session.id);
    }
    const get = async (path: string) => {
      const res = await app.request(path, jsonRequest('GET', undefined, org.token));
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const list = async (query: string) => InterviewListSchema.parse((await get(`/api/v1/interviews?${query}`)).body);
    return { org, assessmentId, ids, get, list };
  }
  const names = (page: { interviews: { candidateName: string }[] }) => page.interviews.map((i) => i.candidateName);

  it('finds interviews by part of a name or an e-mail address, whatever the case', async () => {
    const w = await anOrganisationWith(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    expect(names(await w.list('q=LOVE'))).toEqual(['Ada Lovelace']);
    expect(names(await w.list('q=grace.hopper%40'))).toEqual(['Grace Hopper']);
    expect(names(await w.list('q=%25'))).toEqual([]);
  });

  it('sorts by name and by score, interviews without a score last when the highest come first', async () => {
    const w = await anOrganisationWith(['Carol', 'alice', 'Bob']);
    await db.sql`UPDATE interviews SET overall_score = 0.4 WHERE id = ${w.ids[0]!}`;
    await db.sql`UPDATE interviews SET overall_score = 0.9 WHERE id = ${w.ids[2]!}`;
    expect(names(await w.list('sort=name'))).toEqual(['alice', 'Bob', 'Carol']);
    expect(names(await w.list('sort=score_desc'))).toEqual(['Bob', 'Carol', 'alice']);
    expect(names(await w.list('sort=newest'))).toEqual(['Bob', 'alice', 'Carol']);
    expect(names(await w.list('minScore=0.5'))).toEqual(['Bob']);
  });

  it('pages through every interview once by the cursor, though interviews are added between pages', async () => {
    const w = await anOrganisationWith(['P1', 'P2', 'P3', 'P4', 'P5']);
    const first = await w.list('limit=2');
    expect(names(first)).toEqual(['P5', 'P4']);
    await anOrganisationWith([]); // another organisation's interviews never show
    const code = await anInvite(db.sql, w.org.orgId, w.assessmentId);
    await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }));
    const second = await w.list(`limit=2&cursor=${first.nextCursor}`);
    const third = await w.list(`limit=2&cursor=${second.nextCursor}`);
    expect([...names(second), ...names(third)]).toEqual(['P3', 'P2', 'P1']);
    expect(third.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not give out, or one given for another order, saying so at the field', async () => {
    const w = await anOrganisationWith(['A', 'B']);
    const { nextCursor } = await w.list('limit=1');
    for (const query of ['cursor=not-a-cursor', `cursor=${nextCursor}&sort=name`]) {
      const res = await w.get(`/api/v1/interviews?${query}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { details: [{ path: 'cursor' }] } });
    }
  });

  it('moves interviews to a stage in bulk, audits each move, and filters by stage', async () => {
    const w = await anOrganisationWith(['One', 'Two', 'Three']);
    const moved = await app.request(
      '/api/v1/interviews/stage',
      jsonRequest('POST', { sessionIds: [w.ids[0], w.ids[1]], stage: 'Shortlisted' }, w.org.token),
    );
    expect(await moved.json()).toEqual({ changed: 2, unchanged: 0 });
    expect(names(await w.list('stage=Shortlisted&sort=name'))).toEqual(['One', 'Two']);
    const audit = await db.sql<{ details: { from: string; to: string } }[]>`
      SELECT details FROM audit_log WHERE org_id = ${w.org.orgId} AND action = 'interview.stage'`;
    expect(audit.map((a) => a.details)).toEqual([
      { from: 'New', to: 'Shortlisted' },
      { from: 'New', to: 'Shortlisted' },
    ]);
  });

  it('refuses a stage the organisation does not have, and moves nothing when one interview is not its own', async () => {
    const w = await anOrganisationWith(['One']);
    const other = await anOrganisationWith(['Theirs']);
    const unknown = await app.request('/api/v1/interviews/stage', jsonRequest('POST', { sessionIds: w.ids, stage: 'Maybe' }, w.org.token));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { details: [{ path: 'stage' }] } });
    const foreign = await app.request(
      '/api/v1/interviews/stage',
      jsonRequest('POST', { sessionIds: [...w.ids, ...other.ids], stage: 'Hired' }, w.org.token),
    );
    expect(foreign.status).toBe(404);
    expect(names(await w.list('stage=Hired'))).toEqual([]);
  });

  it('lets an admin rename the pipeline, moving interviews in a removed stage to the first', async () => {
    const w = await anOrganisationWith(['One']);
    await app.request('/api/v1/interviews/stage', jsonRequest('POST', { sessionIds: w.ids, stage: 'On hold' }, w.org.token));
    const admin = await aSignedInUser(db.sql, w.org.orgId, 'admin');
    const res = await app.request('/api/v1/settings', {
      method: 'PUT',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ stages: ['Applied', 'Interview', 'Offer'] }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ stages: ['Applied', 'Interview', 'Offer'] });
    expect((await w.list('')).interviews[0]!.stage).toBe('Applied');
    const twice = await app.request('/api/v1/settings', {
      method: 'PUT',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ stages: ['Offer', 'offer'] }),
    });
    expect(twice.status).toBe(400);
  });

  it('keeps the team’s notes on an interview, oldest first', async () => {
    const w = await anOrganisationWith(['One']);
    for (const body of ['Strong on lookups', 'Ask about pivots'])
      expect((await app.request(`/api/v1/interviews/${w.ids[0]}/notes`, jsonRequest('POST', { body }, w.org.token))).status).toBe(201);
    const { body } = await w.get(`/api/v1/interviews/${w.ids[0]}/notes`);
    expect((body.notes as { body: string }[]).map((n) => n.body)).toEqual(['Strong on lookups', 'Ask about pivots']);
  });

  it('shares a result by a link that works without an account, counts each opening, and stops when revoked', async () => {
    const w = await anOrganisationWith(['Ada Lovelace']);
    const made = CreatedShareLinkSchema.parse(
      await (
        await app.request(`/api/v1/interviews/${w.ids[0]}/share-links`, jsonRequest('POST', { expiresInDays: 7 }, w.org.token))
      ).json(),
    );
    const token = decodeURIComponent(made.url.split('/shared/')[1]!);
    const opened = await app.request(`/api/v1/shared/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(SharedResultSchema.parse(await opened.json()).results.candidateName).toBe('Ada Lovelace');
    const [logged] = await db.sql`SELECT count(*)::int AS n FROM audit_log WHERE org_id = ${w.org.orgId} AND action = 'share.open'`;
    expect(logged).toEqual({ n: 1 });

    await app.request(`/api/v1/share-links/${made.link.id}/revoke`, jsonRequest('POST', undefined, w.org.token));
    const after = await app.request(`/api/v1/shared/${token}`);
    expect(after.status).toBe(410);
    expect(await after.json()).toMatchObject({ error: { message: expect.stringContaining('withdrawn') } });
    const { body } = await w.get(`/api/v1/interviews/${w.ids[0]}/share-links`);
    expect(body.links).toMatchObject([{ opens: 1, revokedAt: expect.any(String) }]);
  });

  it('answers an expired share link with 410 and an unknown one with 404', async () => {
    const w = await anOrganisationWith(['One']);
    const made = CreatedShareLinkSchema.parse(
      await (
        await app.request(`/api/v1/interviews/${w.ids[0]}/share-links`, jsonRequest('POST', { expiresInDays: 1 }, w.org.token))
      ).json(),
    );
    await db.sql`UPDATE share_links SET expires_at = now() - interval '1 minute' WHERE id = ${made.link.id}`;
    expect((await app.request(`/api/v1/shared/${decodeURIComponent(made.url.split('/shared/')[1]!)}`)).status).toBe(410);
    expect((await app.request('/api/v1/shared/eish_nothing')).status).toBe(404);
  });

  it('warns before inviting a candidate to the same assessment twice, naming the field, and invites again when asked', async () => {
    const w = await anOrganisationWith([]);
    const invite = (extra: object) =>
      app.request(
        '/api/v1/invites/bulk',
        jsonRequest(
          'POST',
          {
            assessmentId: w.assessmentId,
            candidates: [
              { name: 'New', email: 'new@example.com' },
              { name: 'Ada', email: 'ADA@example.com' },
            ],
            sendEmail: false,
            ...extra,
          },
          w.org.token,
        ),
      );
    await app.request(
      '/api/v1/invites',
      jsonRequest(
        'POST',
        { assessmentId: w.assessmentId, candidateName: 'Ada', candidateEmail: 'ada@example.com', sendEmail: false },
        w.org.token,
      ),
    );
    const warned = await invite({});
    expect(warned.status).toBe(409);
    expect(await warned.json()).toMatchObject({ error: { details: [{ path: 'candidates.1.email' }] } });
    expect((await invite({ allowDuplicates: true })).status).toBe(201);
  });

  it('gives the headline tiles beside the period before, and the average by difficulty level', async () => {
    const w = await anOrganisationWith(['Now', 'Also now']);
    await db.sql`UPDATE interviews SET state = 'completed', started_at = now(), overall_score = 0.8 WHERE id = ${w.ids[0]!}`;
    await db.sql`UPDATE interviews SET started_at = now() WHERE id = ${w.ids[1]!}`;
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    const analytics = AnalyticsSchema.parse((await w.get(`/api/v1/analytics?from=${day(6)}&to=${day(0)}`)).body);
    expect(analytics.tiles).toEqual({
      current: { interviews: 2, averageScore: 0.8, completionRate: 0.5 },
      previous: { interviews: 0, averageScore: null, completionRate: null },
      activeNow: 1,
    });
    expect(analytics.levels).toEqual([]);
  });

  it('shows each task’s own formulas, not those on the workbook’s other sheets', async () => {
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId));
    // The workbook also holds a copy of the answer sheet under another name, as an earlier task's sheet would be.
    const withScratch = (task: TaskSpec) => {
      const snapshot = solvedSnapshot(task);
      return { ...snapshot, sheets: [...snapshot.sheets, ...snapshot.sheets.map((sheet) => ({ ...sheet, name: `Old ${sheet.name}` }))] };
    };
    const { sessionId } = await playInterview(app, code, withScratch);
    const results = SessionResultsSchema.parse(
      await (await app.request(`/api/v1/sessions/${sessionId}/results`, jsonRequest('GET', undefined, org.token))).json(),
    );
    for (const s of results.submissions) {
      expect(s.formulas.length, s.taskId).toBeGreaterThan(0);
      expect(new Set(s.formulas.map((f) => f.sheet)), s.taskId).toEqual(new Set([s.result.answerLocation?.sheet ?? expect.any(String)]));
      expect(
        s.formulas.some((f) => f.sheet.startsWith('Old ')),
        s.taskId,
      ).toBe(false);
    }
  });

  describe('an assessment’s life', () => {
    const body = (name: string) => ({ name, taskIds: ['price-lookup-vlookup', 'regional-sales-sumifs'], timeLimitSeconds: 1800 });
    const put = (token: string, id: string, payload: object) =>
      app.request(`/api/v1/assessments/${id}`, jsonRequest('PUT', payload, token));

    it('is edited in place until someone is invited', async () => {
      const org = await anOrganisation(db.sql);
      const created = (await (await app.request('/api/v1/assessments', jsonRequest('POST', body('Analyst'), org.token))).json()) as {
        id: string;
      };
      const res = await put(org.token, created.id, { ...body('Analyst, senior'), taskIds: ['price-lookup-vlookup'] });
      expect(await res.json()).toMatchObject({
        versioned: false,
        assessment: { id: created.id, name: 'Analyst, senior', taskIds: ['price-lookup-vlookup'], version: 1 },
      });
    });

    it('once in use, is versioned: the edit is a new assessment and the old one is archived, its interviews kept', async () => {
      const w = await anOrganisationWith(['Ada']);
      const res = await put(w.org.token, w.assessmentId, body('Analyst v2'));
      const { assessment, versioned } = (await res.json()) as {
        assessment: { id: string; version: number; previousId: string };
        versioned: boolean;
      };
      expect(versioned).toBe(true);
      expect(assessment).toMatchObject({ version: 2, previousId: w.assessmentId });
      const listed = (await w.get('/api/v1/assessments')).body.assessments as { id: string }[];
      expect(listed.map((a) => a.id)).toEqual([assessment.id]);
      const all = (await w.get('/api/v1/assessments?archived=true')).body.assessments as { id: string; archivedAt: string | null }[];
      expect(all.find((a) => a.id === w.assessmentId)?.archivedAt).toEqual(expect.any(String));
      expect(names(await w.list(''))).toEqual(['Ada']);
      const again = await put(w.org.token, w.assessmentId, body('From the old one'));
      expect(again.status).toBe(409);
    });

    it('takes no new invites once archived, and takes them again when restored', async () => {
      const w = await anOrganisationWith([]);
      const invite = () =>
        app.request(
          '/api/v1/invites',
          jsonRequest(
            'POST',
            { assessmentId: w.assessmentId, candidateName: 'Ada', candidateEmail: `${Math.random()}@example.com`, sendEmail: false },
            w.org.token,
          ),
        );
      await app.request(`/api/v1/assessments/${w.assessmentId}/archive`, jsonRequest('POST', undefined, w.org.token));
      const refused = await invite();
      expect(refused.status).toBe(409);
      expect(await refused.json()).toMatchObject({ error: { details: [{ path: 'assessmentId' }] } });
      await app.request(`/api/v1/assessments/${w.assessmentId}/restore`, jsonRequest('POST', undefined, w.org.token));
      expect((await invite()).status).toBe(201);
      const actions = await db.sql<{ action: string }[]>`SELECT action FROM audit_log WHERE org_id = ${w.org.orgId} ORDER BY id`;
      expect(actions.map((a) => a.action)).toEqual(['assessment.archive', 'assessment.restore']);
    });
  });

  describe('the invites list', () => {
    async function invited(n: number) {
      const w = await anOrganisationWith([]);
      const candidates = Array.from({ length: n }, (_, i) => ({ name: `Person ${i + 1}`, email: `person${i + 1}@example.com` }));
      await app.request(
        '/api/v1/invites/bulk',
        jsonRequest('POST', { assessmentId: w.assessmentId, candidates, sendEmail: false }, w.org.token),
      );
      const page = async (query: string) => InvitePageSchema.parse((await w.get(`/api/v1/invites?${query}`)).body);
      return { ...w, page };
    }

    it('pages by the cursor through every invite once, and searches by name or e-mail', async () => {
      const w = await invited(5);
      const first = await w.page('limit=2');
      const second = await w.page(`limit=2&cursor=${first.nextCursor}`);
      const third = await w.page(`limit=2&cursor=${second.nextCursor}`);
      const seen = [...first.invites, ...second.invites, ...third.invites].map((i) => i.candidateName).sort();
      expect(seen).toEqual(['Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5']);
      expect(third.nextCursor).toBeNull();
      expect((await w.page('q=PERSON3%40')).invites.map((i) => i.candidateName)).toEqual(['Person 3']);
    });

    it('sends invitations again and withdraws invites many at once, leaving the used and withdrawn ones, audited', async () => {
      const w = await invited(3);
      const ids = (await w.page('')).invites.map((i) => i.id);
      const act = async (inviteIds: string[], action: string) =>
        (await app.request('/api/v1/invites/actions', jsonRequest('POST', { inviteIds, action }, w.org.token))).json();
      expect(await act([ids[0]!], 'revoke')).toEqual({ done: 1, skipped: [], mailQueued: 0 });
      expect(await act(ids, 'resend')).toEqual({ done: 2, skipped: [{ inviteId: ids[0], reason: 'withdrawn' }], mailQueued: 2 });
      const [mail] = await db.sql`SELECT count(*)::int AS n FROM mail_outbox WHERE org_id = ${w.org.orgId} AND kind = 'invitation'`;
      expect(mail).toEqual({ n: 2 });
      const audit = await db.sql<{ action: string }[]>`SELECT action FROM audit_log WHERE org_id = ${w.org.orgId} ORDER BY id`;
      expect(audit.map((a) => a.action)).toEqual(['invite.revoke', 'invite.resend', 'invite.resend']);
    });

    it('does nothing when one of the invites is another organisation’s', async () => {
      const w = await invited(1);
      const other = await invited(1);
      const ids = [...(await w.page('')).invites, ...(await other.page('')).invites].map((i) => i.id);
      const res = await app.request('/api/v1/invites/actions', jsonRequest('POST', { inviteIds: ids, action: 'revoke' }, w.org.token));
      expect(res.status).toBe(404);
      expect((await w.page('')).invites[0]!.status).toBe('open');
    });
  });
});
