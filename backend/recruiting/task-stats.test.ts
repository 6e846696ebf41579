import { describe, expect, it } from 'vitest';
import { medianFromHistogram, TIME_BUCKET_BOUNDS } from './task-stats';

const histogram = (counts: Record<number, number>) => Array.from({ length: TIME_BUCKET_BOUNDS.length + 1 }, (_, b) => counts[b] ?? 0);

describe('the median time from a histogram', () => {
  it('interpolates inside the bucket that holds the middle hand-in', () => {
    // Bucket 9 is 480–600 s; with everything in it, the middle is halfway through.
    expect(medianFromHistogram(histogram({ 9: 10 }))).toBe(540);
    // Two hand-ins under 30 s, two in 300–360 s: the middle falls at the end of the first bucket.
    expect(medianFromHistogram(histogram({ 0: 2, 7: 2 }))).toBe(30);
  });

  it('answers the lower bound of the open last bucket, and null without any time', () => {
    expect(medianFromHistogram(histogram({ 19: 3 }))).toBe(5400);
    expect(medianFromHistogram(histogram({}))).toBeNull();
  });
});
