import { describe, expect, it, vi } from 'vitest';
import { prometheusMetrics } from './metrics';

describe('the grader agreement gauge', () => {
  it('reports each task’s ratio, reading them again only every five minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const metrics = prometheusMetrics('test:1');
      let reads = 0;
      let ratios = [
        { task: 'price-lookup-vlookup', ratio: 0.75 },
        { task: 'regional-sales-sumifs', ratio: 1 },
      ];
      metrics.watchAgreement(async () => {
        reads += 1;
        return ratios;
      });
      const text = await metrics.registry.metrics();
      expect(text).toContain('grader_agreement_ratio{task="price-lookup-vlookup",instance="test:1"} 0.75');
      expect(text).toContain('grader_agreement_ratio{task="regional-sales-sumifs",instance="test:1"} 1');
      ratios = [{ task: 'regional-sales-sumifs', ratio: 0.9 }];
      // A scrape soon after reuses what was read: the reader scans every organisation's hand-ins.
      expect(await metrics.registry.metrics()).toContain('grader_agreement_ratio{task="price-lookup-vlookup",instance="test:1"} 0.75');
      expect(reads).toBe(1);
      vi.advanceTimersByTime(5 * 60_000);
      // A task with no hand-ins left in the window drops out rather than keeping its old ratio.
      const later = await metrics.registry.metrics();
      expect(reads).toBe(2);
      expect(later).not.toContain('price-lookup-vlookup');
      expect(later).toContain('grader_agreement_ratio{task="regional-sales-sumifs",instance="test:1"} 0.9');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports nothing, not an error, before it has a reader or when the reader fails', async () => {
    const metrics = prometheusMetrics('test:1');
    expect(await metrics.registry.metrics()).not.toMatch(/^grader_agreement_ratio\{/m);
    metrics.watchAgreement(() => Promise.reject(new Error('database down')));
    expect(await metrics.registry.metrics()).not.toMatch(/^grader_agreement_ratio\{/m);
  });
});
