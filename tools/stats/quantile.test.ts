import { describe, expect, it } from 'vitest';
import { centralInterval, quantile } from './quantile';

describe('quantile', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    // numpy.quantile([1,2,3,4], 0.25) == 1.75
    expect(quantile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('gives the 10th and 90th percentiles for an 80% interval', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    const interval = centralInterval(values, 0.8);
    expect(interval.low).toBeCloseTo(10, 9);
    expect(interval.high).toBeCloseTo(90, 9);
  });
});
