import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `15 * 60_000` as a number. */
const product = (expression: string) =>
  expression.split('*').reduce((total, factor) => total * Number(factor.trim().replaceAll('_', '')), 1);

/** Every limit the code counts: `rateLimit('name', limit, windowMs, …)`, `slowDown(…)` and the LLM budget's `llm-org`. */
async function limitsInCode(): Promise<Map<string, { limit: number; windowMs: number }>> {
  const files = (await readdir('backend', { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const limits = new Map<string, { limit: number; windowMs: number }>();
  for (const file of files) {
    const source = await readFile(path.join('backend', file), 'utf8');
    for (const m of source.matchAll(/(?:rateLimit|slowDown)\('([a-z-]+)', (\d+), ([\d_ *]+),/g)) {
      limits.set(m[1]!, { limit: Number(m[2]), windowMs: product(m[3]!) });
    }
    for (const m of source.matchAll(/hit\(`([a-z-]+):\$\{[^}]+\}`, (\w+), ([\d_]+),/g))
      limits.set(m[1]!, { limit: NaN, windowMs: Number(m[3]!.replaceAll('_', '')) });
  }
  return limits;
}

async function bindingsInWrangler(): Promise<Map<string, { limit: number; period: number }>> {
  const toml = await readFile('wrangler.toml', 'utf8');
  const bindings = new Map<string, { limit: number; period: number }>();
  for (const m of toml.matchAll(/name = "([A-Z_]+)_LIMITER"\nnamespace_id = "\d+"\nsimple = \{ limit = (\d+), period = (\d+) \}/g)) {
    bindings.set(m[1]!.toLowerCase().replaceAll('_', '-'), { limit: Number(m[2]), period: Number(m[3]) });
  }
  return bindings;
}

describe('the Workers rate-limit bindings', () => {
  it('give every limit the code counts a binding of its name, so none falls back to one isolate’s memory', async () => {
    const code = await limitsInCode();
    const bindings = await bindingsInWrangler();
    expect(code.size).toBeGreaterThan(10);
    expect([...code.keys()].filter((name) => !bindings.has(name))).toEqual([]);
  });

  it('count what the code counts, over the window or the longest period a binding has', async () => {
    const code = await limitsInCode();
    const bindings = await bindingsInWrangler();
    for (const [name, { limit, windowMs }] of code) {
      const binding = bindings.get(name)!;
      if (!Number.isNaN(limit)) expect({ name, limit: binding.limit }).toEqual({ name, limit });
      expect({ name, period: binding.period }).toEqual({ name, period: Math.min(60, windowMs / 1000) });
    }
  });

  it('has no binding the code does not count', async () => {
    const code = await limitsInCode();
    expect([...(await bindingsInWrangler()).keys()].filter((name) => !code.has(name))).toEqual([]);
  });
});
