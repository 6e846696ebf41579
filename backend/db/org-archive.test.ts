import { randomUUID } from 'node:crypto';
import type { TaskSpec } from '../../shared/task';
import { asHandedOut } from '../../tests/helpers/interviews';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonRequest, testApp } from '../../tests/helpers/app';
import { engines, type TestDatabase } from '../../tests/helpers/databases';
import { solvedSnapshot } from '../../tests/helpers/snapshots';
import { anAssessment, anOrganisation } from '../../tests/helpers/world';
import { foldTaskStats } from '../recruiting/task-stats';
import { queueCompletion } from '../webhooks/deliveries';
import { exportOrganisation, importOrganisation } from './org-archive';

describe('exporting and importing an organisation', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let orgId: string;

  /**
   * An organisation with an interview: sessions, submissions, scores, follow-ups, reviews, events, a
   * recruiter's override with its audit line, a review-queue decision, a queued webhook delivery, the invitation e-mail with its delivery
   * log, and the per-task daily figures.
   */
  beforeAll(async () => {
    [source, target] = [await engines()[0]!.open(), await engines()[0]!.open()];
    const app = testApp(source.sql);
    const org = await anOrganisation(source.sql);
    orgId = org.orgId;
    // Invited through the API, so the invitation e-mail and its delivery log are in the archive too.
    const invited = await app.request(
      '/api/v1/invites',
      jsonRequest(
        'POST',
        { assessmentId: await anAssessment(source.sql, orgId), candidateName: 'Ada', candidateEmail: 'ada@example.com' },
        org.token,
      ),
    );
    const { code } = (await invited.json()) as { code: string };
    await app.drain();
    const { sessionToken, task } = (await (await app.request('/api/v1/invites/redeem', jsonRequest('POST', { code }))).json()) as {
      sessionToken: string;
      task: { id: string; starter: TaskSpec['starter'] };
    };
    const submissionId = randomUUID();
    const submitted = (await (
      await app.request(
        '/api/v1/session/submissions',
        jsonRequest('POST', { submissionId, taskId: task.id, snapshot: solvedSnapshot(asHandedOut(task)) }, sessionToken),
      )
    ).json()) as { followUp: { id: string }; session: { id: string } };
    await app.request(
      `/api/v1/session/follow-ups/${submitted.followUp.id}/answer`,
      jsonRequest('POST', { answer: 'exact match' }, sessionToken),
    );
    await app.drain();
    await app.request(
      `/api/v1/submissions/${submissionId}/override`,
      jsonRequest('POST', { score: 0.5, reason: 'checked by hand' }, org.token),
    );
    // A decision from the review queue: a labelled case for the grading corpus.
    await app.request(`/api/v1/review-queue/${submissionId}`, jsonRequest('POST', { verdict: 'confirm' }, org.token));
    await source.sql`UPDATE organisations SET webhook_url = 'https://hooks.test.example/in' WHERE id = ${orgId}`;
    await queueCompletion(source.sql, orgId, submitted.session.id, new Date());
    await foldTaskStats(source.sql, orgId);
    // A task of its own, drafted from workbooks and published.
    const workbook = (file: string) => ({
      fileName: 'w.xlsx',
      contentBase64: readFileSync(`tests/fixtures/authoring/pivot/${file}.xlsx`).toString('base64'),
    });
    const draft = await app.request(
      '/api/v1/task-drafts',
      jsonRequest(
        'POST',
        { brief: { instructions: 'Total Amount by Region in a PivotTable.' }, starter: workbook('starter'), solved: workbook('solved') },
        org.token,
      ),
    );
    const { id: draftId } = (await draft.json()) as { id: string };
    await app.request(`/api/v1/task-drafts/${draftId}/publish`, jsonRequest('POST', undefined, org.token));
    await app.request('/api/v1/task-drafts/author-codes', jsonRequest('POST', undefined, org.token));
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('restores every row into an empty database, identical when exported again', async () => {
    const archive = (await exportOrganisation(source.sql, orgId, new Date()))!;
    expect(
      Object.entries(archive.tables)
        .filter(([, rows]) => rows.length === 0)
        .map(([t]) => t),
    ).toEqual([]);
    const outcome = await importOrganisation(target.sql, JSON.parse(JSON.stringify(archive)));
    expect(outcome).toMatchObject({ ok: true });
    const again = (await exportOrganisation(target.sql, orgId, new Date()))!;
    expect(again.tables).toEqual(archive.tables);
  });

  it('refuses to import an organisation the database already has, and changes nothing', async () => {
    const archive = (await exportOrganisation(source.sql, orgId, new Date()))!;
    expect(await importOrganisation(source.sql, archive)).toEqual({ ok: false, reason: 'This organisation is already in the database.' });
  });

  it('answers an unknown organisation with nothing to export', async () => {
    expect(await exportOrganisation(source.sql, randomUUID(), new Date())).toBeNull();
  });
});
