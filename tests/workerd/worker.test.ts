import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('the Worker entry inside workerd', () => {
  it('answers health with the database reached through Hyperdrive', async () => {
    const res = await SELF.fetch('https://example.com/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok' });
  });

  it('refuses a recruiter route without a token, with the JSON error envelope', async () => {
    const res = await SELF.fetch('https://example.com/api/v1/assessments');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });
});
