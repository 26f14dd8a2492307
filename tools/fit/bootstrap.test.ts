import { describe, expect, it } from 'vitest';
import { createRng } from '../model/random';
import { ar1 } from '../simulate/spend-patterns';
import { blockLength, resampleBlocks } from './bootstrap';
import { medoid } from './near-best-sampler';

describe('residual block bootstrap', () => {
  it('uses single periods for independent residuals', () => {
    expect(blockLength(ar1(createRng(1), 2000, 0))).toBe(1);
  });

  it('uses the AR(1) plug-in block length for persistent residuals', () => {
    const rho = 0.6;
    const expected = Math.cbrt(1.5 * 2000) * ((2 * rho) / (1 - rho * rho)) ** (2 / 3);
    expect(Math.abs(blockLength(ar1(createRng(2), 2000, rho)) - expected)).toBeLessThan(2);
  });

  it('keeps whole blocks in time order and centres the result', () => {
    const residuals = Float64Array.from({ length: 40 }, (_, t) => t);
    const out = resampleBlocks(residuals, 5, createRng(3));
    for (let t = 0; t < 40; t += 5) {
      for (let k = 1; k < 5; k++)
        expect((out[t + k] as number) - (out[t] as number)).toBeCloseTo(k);
    }
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
  });
});

describe('medoid of near-best samples', () => {
  it('picks the sample closest to the mean contributions', () => {
    const p = [{ family: 'geometric' as const, carry: 0, delay: 0, alpha: 0, gamma: 0 }];
    const s = (c: number[]) => ({ params: p, penalty: 0, score: 1, contributions: c });
    const picked = medoid([s([0, 10]), s([4, 5]), s([9, 0]), s([3, 6])]);
    expect(picked?.contributions).toEqual([4, 5]);
  });
});
