import { describe, expect, it } from 'vitest';
import { cannotRank, ratioRange, shareRange } from './ratio-range';

const iv = (low: number, high: number) => [
  { level: 0.8, low, high },
  { level: 0.95, low: low / 2, high: high * 2 },
];

describe('ratio ranges', () => {
  it('writes the 80% range of a ratio or a share, and nothing without one', () => {
    expect(ratioRange(iv(0.31, 0.92))).toBe(' (80% range 0.31 to 0.92)');
    expect(shareRange(iv(0.12, 0.41))).toBe(' (80% range 12.0% to 41.0%)');
    expect(ratioRange(undefined)).toBe('');
    expect(ratioRange([])).toBe('');
  });

  it('cannot rank two estimates only when each range holds the other estimate', () => {
    const a = { value: 2, interval: iv(1.5, 2.6) };
    expect(cannotRank(a, { value: 1.8, interval: iv(1.2, 2.1) })).toBe(true);
    // B's range reaches A, but A's range does not reach down to B.
    expect(cannotRank(a, { value: 1.4, interval: iv(0.9, 2.1) })).toBe(false);
    // A's range holds B, but B's range stops short of A.
    expect(cannotRank(a, { value: 1.6, interval: iv(1.2, 1.9) })).toBe(false);
    expect(cannotRank(a, { value: 1.9, interval: undefined })).toBe(false);
    expect(cannotRank({ value: 1.9, interval: iv(1.2, 2.1) }, a)).toBe(true);
  });
});
