import { describe, expect, it } from 'vitest';
import { medoid } from './near-best-sampler';

describe('medoid of near-best samples', () => {
  it('picks the sample closest to the mean contributions', () => {
    const p = [{ family: 'geometric' as const, carry: 0, delay: 0, alpha: 0, gamma: 0 }];
    const s = (c: number[]) => ({ params: p, penalty: 0, score: 1, contributions: c });
    const picked = medoid([s([0, 10]), s([4, 5]), s([9, 0]), s([3, 6])]);
    expect(picked?.contributions).toEqual([4, 5]);
  });
});
