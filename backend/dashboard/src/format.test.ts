import { describe, expect, it } from 'vitest';
import { duration, expectedAndGot, percent, timeRange } from './format';

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

describe('what a check expected and found, in words', () => {
  it('names an empty cell, quotes text, and shows numbers, errors and TRUE/FALSE as they are', () => {
    expect(expectedAndGot(42, null)).toBe('expected 42, got an empty cell');
    expect(expectedAndGot('North', '')).toBe('expected “North”, got an empty cell');
    expect(expectedAndGot(true, '#N/A')).toBe('expected TRUE, got the error #N/A');
    expect(expectedAndGot(undefined, 3.5)).toBe('got 3.5');
  });
});

describe('a span of time in words', () => {
  it('says under, between or over, as the data knows it', () => {
    expect([
      timeRange({ from: 0, to: 30 }),
      timeRange({ from: 300, to: 360 }),
      timeRange({ from: 5400, to: null }),
      timeRange(null),
    ]).toEqual(['under 30 s', '5 min to 6 min', 'over 1 h 30 min', '—']);
  });
});
