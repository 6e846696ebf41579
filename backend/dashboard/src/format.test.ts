import { describe, expect, it } from 'vitest';
import { duration, percent } from './format';

describe('durations in words', () => {
  it('drops a zero second part, and says when time is over', () => {
    expect([duration(600), duration(754), duration(5400), duration(3600), duration(42), duration(-75), duration(null)]).toEqual([
      '10 min',
      '12 min 34 s',
      '1 h 30 min',
      '1 h',
      '42 s',
      'over by 1 min 15 s',
      '—',
    ]);
  });
});

describe('percentages', () => {
  it('rounds to a whole percent', () => {
    expect([percent(0.8667), percent(1), percent(0), percent(null)]).toEqual(['87%', '100%', '0%', '—']);
  });
});
