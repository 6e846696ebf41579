import { describe, expect, it } from 'vitest';
import { medianRange, TIME_BUCKET_BOUNDS } from './task-stats';

const histogram = (counts: Record<number, number>) => Array.from({ length: TIME_BUCKET_BOUNDS.length + 1 }, (_, b) => counts[b] ?? 0);

describe('where the median time lies, from a histogram', () => {
  it('is the bucket that holds the middle hand-in, never a point inside it', () => {
    // Bucket 9 is 480–600 s.
    expect(medianRange(histogram({ 9: 10 }))).toEqual({ from: 480, to: 600 });
    // Four hand-ins of a few seconds: under 30 s, not "15 s".
    expect(medianRange(histogram({ 0: 4 }))).toEqual({ from: 0, to: 30 });
    // Two under 30 s, two in 300–360 s: the middle hand-in is the second of the first bucket.
    expect(medianRange(histogram({ 0: 2, 7: 2 }))).toEqual({ from: 0, to: 30 });
  });

  it('is open above the last bound, and null without any time', () => {
    expect(medianRange(histogram({ 19: 3 }))).toEqual({ from: 5400, to: null });
    expect(medianRange(histogram({}))).toBeNull();
  });
});
