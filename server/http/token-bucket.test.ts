import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  it('allows a burst, then one request per refill interval, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, 3, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1000);
    expect(buckets.take('b')).toBe(0);
    now = 999;
    expect(buckets.take('a')).toBe(1);
    now = 1000;
    expect(buckets.take('a')).toBe(0);
    now = 1_000_000;
    expect([0, 1, 2, 3].map(() => buckets.take('a'))).toEqual([0, 0, 0, 1000]);
  });
});
