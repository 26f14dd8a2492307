import { describe, expect, it } from 'vitest';
import { convolveLags } from './convolve';
import { geometricWeights } from './geometric-adstock';
import { hill, hillDerivative } from './hill-saturation';
import { weibullWeights } from './weibull-adstock';

describe('geometric adstock', () => {
  it('has weights theta^l normalised by the geometric series sum', () => {
    const w = geometricWeights(0.5, 3);
    // 1, 0.5, 0.25 over 1.75
    expect([...w]).toEqual([1 / 1.75, 0.5 / 1.75, 0.25 / 1.75]);
  });

  it('turns a unit impulse into its weights and a constant into itself', () => {
    const w = geometricWeights(0.7, 6);
    const impulse = convolveLags([1, 0, 0, 0, 0, 0, 0], w);
    for (let l = 0; l < 6; l++)
      expect(impulse[l]).toBeCloseTo(0.7 ** l * (0.3 / (1 - 0.7 ** 6)), 12);
    expect(impulse[6]).toBe(0);
    const steady = convolveLags(Array(12).fill(5), w);
    expect(steady[11]).toBeCloseTo(5, 12);
  });

  it('uses the prefix as spend before the window', () => {
    const w = geometricWeights(0.5, 2);
    const out = convolveLags([0, 0], w, [3]);
    expect(out[0]).toBeCloseTo(3 * (0.5 / 1.5), 12);
    expect(out[1]).toBe(0);
  });

  it('rejects theta outside [0, 1)', () => {
    expect(() => geometricWeights(1, 4)).toThrow(/theta/);
  });
});

describe('weibull adstock', () => {
  it('with shape 1 is an exponential decay with rate 1/scale', () => {
    const w = weibullWeights(1, 2, 5);
    for (let l = 1; l < 5; l++)
      expect((w[l] as number) / (w[l - 1] as number)).toBeCloseTo(Math.exp(-0.5), 12);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('with shape > 1 peaks after the first lag', () => {
    const w = [...weibullWeights(3, 4, 10)];
    const peak = w.indexOf(Math.max(...w));
    // mode of Weibull(k, s) = s * ((k-1)/k)^(1/k) ≈ 3.49 → lag index 2 (lag 3) or 3 (lag 4)
    expect(peak).toBeGreaterThanOrEqual(2);
    expect(peak).toBeLessThanOrEqual(3);
  });
});

describe('hill saturation', () => {
  it('is one half at gamma and tends to one', () => {
    expect(hill(3, 2, 3)).toBeCloseTo(0.5, 15);
    expect(hill(1e9, 1.5, 3)).toBeCloseTo(1, 9);
    expect(hill(0, 2, 3)).toBe(0);
  });

  it('with alpha 1 is the Michaelis-Menten curve x/(x+gamma)', () => {
    expect(hill(2, 1, 6)).toBeCloseTo(0.25, 15);
    expect(hillDerivative(2, 1, 6)).toBeCloseTo(6 / 64, 15);
  });

  it('has a derivative that matches a central finite difference', () => {
    for (const [x, a, g] of [
      [0.5, 2.5, 1],
      [3, 0.7, 2],
      [10, 1.3, 4],
    ] as const) {
      const h = 1e-6;
      const fd = (hill(x + h, a, g) - hill(x - h, a, g)) / (2 * h);
      expect(hillDerivative(x, a, g)).toBeCloseTo(fd, 6);
    }
  });
});
