import { describe, expect, it } from 'vitest';
import { NodeConfigSchema, parseConfig } from './config';

describe('configuration', () => {
  it('runs on its embedded defaults with an empty environment', () => {
    const config = parseConfig(NodeConfigSchema, {});
    expect(config).toMatchObject({
      PORT: 8787,
      DATA_DIR: '.data',
      BODY_LIMIT_BYTES: 2_097_152,
      DB_IDLE_TIMEOUT_SECONDS: 30,
      SCORING_TIME_BUDGET_MS: 10_000,
    });
    // Unset: the demo is seeded on the embedded database only, never into a DATABASE_URL.
    expect(config.SEED_DEMO).toBeUndefined();
  });

  it('reads an empty variable as not set', () => {
    expect(parseConfig(NodeConfigSchema, { DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable in one message', () => {
    expect(() => parseConfig(NodeConfigSchema, { PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});

describe('the add-in origins', () => {
  it('reads a comma-separated list and refuses something that is not an origin', () => {
    expect(parseConfig(NodeConfigSchema, { ADDIN_ORIGINS: 'https://localhost:3000, https://pane.example.com' }).ADDIN_ORIGINS).toEqual([
      'https://localhost:3000',
      'https://pane.example.com',
    ]);
    expect(() => parseConfig(NodeConfigSchema, { ADDIN_ORIGINS: 'not a url' })).toThrow(/ADDIN_ORIGINS/);
  });
});

describe('the LLM settings', () => {
  it('are absent without a base URL and key, so the interview runs without a model', async () => {
    const { llmConfigFrom } = await import('./config');
    expect(llmConfigFrom({})).toBeNull();
    expect(llmConfigFrom({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_API_KEY: 'k', LLM_MODEL: 'llama3' })).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: 'k',
      model: 'llama3',
      timeoutMs: 20_000,
      maxRetries: 2,
      reviewsPerOrgPerMinute: 120,
    });
  });
});
