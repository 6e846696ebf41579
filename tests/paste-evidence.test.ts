import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionResultsSchema } from '../shared/api/submissions';
import { builtInTask } from '../backend/tasks/library';
import { jsonRequest, testApp } from './helpers/app';
import { engines, type TestDatabase } from './helpers/databases';
import { pastedValuesSnapshot } from './helpers/snapshots';
import { anAssessment, anInvite, anOrganisation } from './helpers/world';

const lookup = builtInTask('price-lookup-vlookup')!;

describe.each(engines())('a paste into the answer area, as process evidence, on $name', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await engine.open();
  });
  afterAll(() => db.close());

  async function anInterviewWith(events: { kind: string; sheet: string; range: string; cells: number }[]) {
    const app = testApp(db.sql);
    const org = await anOrganisation(db.sql);
    const code = await anInvite(db.sql, org.orgId, await anAssessment(db.sql, org.orgId, [lookup.id]));
    const redeemed = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
    };
    await app.request('/api/v1/session/start', jsonRequest('POST', undefined, redeemed.sessionToken));
    const at = new Date().toISOString();
    const res = await app.request(
      '/api/v1/session/activity',
      jsonRequest('POST', { events: events.map((e) => ({ ...e, at })) }, redeemed.sessionToken),
    );
    expect(res.status).toBe(202);
    await app.request(
      '/api/v1/session/submissions',
      jsonRequest(
        'POST',
        { submissionId: crypto.randomUUID(), taskId: lookup.id, snapshot: pastedValuesSnapshot(lookup) },
        redeemed.sessionToken,
      ),
    );
    await app.drain();
    const [row] = await db.sql<{ id: string }[]>`SELECT id FROM interviews WHERE org_id = ${org.orgId}`;
    return SessionResultsSchema.parse(
      await (await app.request(`/api/v1/sessions/${row!.id}/results`, jsonRequest('GET', undefined, org.token))).json(),
    );
  }

  it('shows the recruiter a block pasted over the answer area, with when and how many cells', async () => {
    const results = await anInterviewWith([{ kind: 'paste', sheet: 'Orders', range: 'D2:D11', cells: 10 }]);
    expect(results.submissions[0]!.pastedIntoAnswer).toEqual([{ range: 'D2:D11', cells: 10, at: expect.any(String) }]);
    expect(results.timeline.find((e) => e.type === 'activity.paste')!.details).toMatchObject({ inAnswer: true, taskId: lookup.id });
  });

  it('does not flag a formula filled over the answer area, or a paste elsewhere', async () => {
    const results = await anInterviewWith([
      { kind: 'fill', sheet: 'Orders', range: 'D2:D11', cells: 10 },
      { kind: 'paste', sheet: 'Orders', range: 'G2:G11', cells: 10 },
      { kind: 'paste', sheet: 'Prices', range: 'D2:D11', cells: 10 },
    ]);
    expect(results.submissions[0]!.pastedIntoAnswer).toEqual([]);
  });
});
