import { describe, expect, it } from 'vitest';
import { prometheusMetrics } from './metrics';

describe('the grader agreement gauge', () => {
  it('reports each task’s ratio as read when scraped', async () => {
    const metrics = prometheusMetrics('test:1');
    let ratios = [
      { task: 'price-lookup-vlookup', ratio: 0.75 },
      { task: 'regional-sales-sumifs', ratio: 1 },
    ];
    metrics.watchAgreement(async () => ratios);
    const text = await metrics.registry.metrics();
    expect(text).toContain('grader_agreement_ratio{task="price-lookup-vlookup",instance="test:1"} 0.75');
    expect(text).toContain('grader_agreement_ratio{task="regional-sales-sumifs",instance="test:1"} 1');
    // A task that has no hand-ins left in the window drops out rather than keeping its old ratio.
    ratios = [{ task: 'regional-sales-sumifs', ratio: 0.9 }];
    const later = await metrics.registry.metrics();
    expect(later).not.toContain('price-lookup-vlookup');
    expect(later).toContain('grader_agreement_ratio{task="regional-sales-sumifs",instance="test:1"} 0.9');
  });

  it('reports nothing, not an error, before it has a reader or when the reader fails', async () => {
    const metrics = prometheusMetrics('test:1');
    expect(await metrics.registry.metrics()).not.toMatch(/^grader_agreement_ratio\{/m);
    metrics.watchAgreement(() => Promise.reject(new Error('database down')));
    expect(await metrics.registry.metrics()).not.toMatch(/^grader_agreement_ratio\{/m);
  });
});
