import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from './helpers/databases';
import { testApp } from './helpers/app';
import { API_TYPES_FILE, apiTypes } from '../scripts/api-types';

describe('the API reference', () => {
  let db: TestDatabase;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    db = await engines()[0]!.open();
    app = testApp(db.sql);
  });
  afterAll(() => db.close());

  it('documents every versioned route with its request schema and error responses', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      components: { schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/health',
        '/api/ready',
        '/api/v1/analytics',
        '/api/v1/api-tokens',
        '/api/v1/api-tokens/{id}/revoke',
        '/api/v1/assessments',
        '/api/v1/assessments/{id}',
        '/api/v1/assessments/{id}/archive',
        '/api/v1/assessments/{id}/restore',
        '/api/v1/auth/accept-invite',
        '/api/v1/auth/forgot-password',
        '/api/v1/auth/me',
        '/api/v1/auth/password',
        '/api/v1/auth/reset-password',
        '/api/v1/auth/sign-in',
        '/api/v1/auth/sign-out',
        '/api/v1/interviews',
        '/api/v1/interviews/export.csv',
        '/api/v1/interviews/live',
        '/api/v1/interviews/live/stream',
        '/api/v1/interviews/stage',
        '/api/v1/interviews/{id}/erase',
        '/api/v1/interviews/{id}/notes',
        '/api/v1/interviews/{id}/share-links',
        '/api/v1/invites',
        '/api/v1/invites/actions',
        '/api/v1/invites/bulk',
        '/api/v1/invites/redeem',
        '/api/v1/invites/{id}/erase',
        '/api/v1/invites/{id}/revoke',
        '/api/v1/join/{code}',
        '/api/v1/mail',
        '/api/v1/review-queue',
        '/api/v1/review-queue/{id}',
        '/api/v1/session',
        '/api/v1/session/activity',
        '/api/v1/session/follow-ups/{id}',
        '/api/v1/session/follow-ups/{id}/answer',
        '/api/v1/session/start',
        '/api/v1/session/submissions',
        '/api/v1/session/submissions/{id}',
        '/api/v1/sessions/{id}/results',
        '/api/v1/settings',
        '/api/v1/setup',
        '/api/v1/share-links/{id}/revoke',
        '/api/v1/shared/{token}',
        '/api/v1/stages',
        '/api/v1/submissions/{id}',
        '/api/v1/submissions/{id}/override',
        '/api/v1/submissions/{id}/rescore',
        '/api/v1/task-drafts',
        '/api/v1/task-drafts/author-codes',
        '/api/v1/task-drafts/pane/captures/{kind}',
        '/api/v1/task-drafts/pane/connect',
        '/api/v1/task-drafts/pane/drafts',
        '/api/v1/task-drafts/{id}',
        '/api/v1/task-drafts/{id}/publish',
        '/api/v1/task-drafts/{id}/samples',
        '/api/v1/task-quality',
        '/api/v1/tasks',
        '/api/v1/tasks/{taskId}',
        '/api/v1/users',
        '/api/v1/users/{id}/remove',
        '/api/v1/users/{id}/role',
        '/api/v1/webhooks/deliveries',
        '/api/v1/webhooks/deliveries/{id}/replay',
      ].sort(),
    );
    expect(doc.paths['/api/v1/session/submissions']!.post!.requestBody).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['WorkbookSnapshot', 'TaskPublic', 'ScoreResult', 'ErrorBody']),
    );
    expect(Object.keys(doc.paths['/api/v1/invites/redeem']!.post!.responses)).toEqual(
      expect.arrayContaining(['201', '400', '404', '409', '410']),
    );
  });

  it('is the document the task pane and the dashboard are typed from (npm run generate:api writes it)', async () => {
    const served = (await (await app.request('/openapi.json')).json()) as Record<string, unknown>;
    expect(await apiTypes(served)).toBe(readFileSync(API_TYPES_FILE, 'utf8'));
  });

  it('serves a browsable reference at /docs that loads its script from this server', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/assets/scalar/standalone.js');
    expect(html).toContain('/openapi.json');
  });

  it('can be framed, because Office on the web frames the task pane', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('sends the security headers on every answer', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('readiness', () => {
  it('is ready once the database is migrated to this build', async () => {
    const { engines } = await import('./helpers/databases');
    const db = await engines()[0]!.open();
    try {
      const res = await testApp(db.sql).request('/api/ready');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ ready: true });
    } finally {
      await db.close();
    }
  });
});
