import { describe, expect, it } from 'vitest';
import { createRng } from '../model/random';
import { sampleCoefficients, truncatedNormal } from './coefficient-sampler';
import type { NormalEquations } from './projection-problem';

/** Standard normal density and upper tail, for the closed-form truncated-normal mean. */
const phi = (x: number) => Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI);
function upperTail(x: number): number {
  let s = 0;
  const h = 1e-3;
  for (let t = x; t < x + 12; t += h) s += phi(t + h / 2) * h;
  return s;
}

function equations(H: number[], c: number[], nonNegative: boolean[]): NormalEquations {
  return {
    H: Float64Array.from(H),
    c: Float64Array.from(c),
    scale: new Float64Array(c.length).fill(1),
    rows: 100,
    nonNegative,
  };
}

function draws(eq: NormalEquations, sigma2: number, count: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  const start = new Float64Array(eq.c.length).fill(0.01);
  return Array.from({ length: count }, () => sampleCoefficients(eq, start, sigma2, 30, rng));
}

describe('truncated normal draws', () => {
  it.each([-1, 0, 1.5, 3])('has the closed-form mean φ(a)/(1−Φ(a)) above bound %d', (a) => {
    const rng = createRng(11);
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      const z = truncatedNormal(a, rng);
      min = Math.min(min, z);
      sum += z;
    }
    expect(min).toBeGreaterThanOrEqual(a);
    expect(sum / n).toBeCloseTo(phi(a) / upperTail(a), 1);
  });
});

describe('Gibbs draws of the linear coefficients', () => {
  it('match the unconstrained posterior mean H⁻¹c and covariance σ²H⁻¹ of two collinear columns', () => {
    const eq = equations([1, 0.9, 0.9, 1], [1.9, 1.9], [false, false]);
    const out = draws(eq, 0.05, 4000, 3);
    const m = [0, 1].map((i) => out.reduce((a, b) => a + (b[i] as number), 0) / out.length);
    const cov = (i: number, k: number) =>
      out.reduce(
        (a, b) => a + ((b[i] as number) - (m[i] as number)) * ((b[k] as number) - (m[k] as number)),
        0,
      ) / out.length;
    const det = 1 - 0.81;
    expect(m[0]).toBeCloseTo(1, 1);
    expect(m[1]).toBeCloseTo(1, 1);
    expect(cov(0, 0)).toBeCloseTo((0.05 * 1) / det, 1);
    expect(cov(0, 1) / Math.sqrt(cov(0, 0) * cov(1, 1))).toBeCloseTo(-0.9, 1);
  });

  it('keep flagged coefficients non-negative with the truncated mean of a one-column problem', () => {
    const eq = equations([4], [-2], [true]);
    const out = draws(eq, 1, 20_000, 5);
    const mu = -0.5;
    const sd = 0.5;
    const mean = out.reduce((a, b) => a + (b[0] as number), 0) / out.length;
    expect(Math.min(...out.map((b) => b[0] as number))).toBeGreaterThanOrEqual(0);
    expect(mean).toBeCloseTo(mu + (sd * phi(-mu / sd)) / upperTail(-mu / sd), 2);
  });

  it('is deterministic for a seed', () => {
    const eq = equations([1, 0.5, 0.5, 1], [1, 1], [true, false]);
    expect(draws(eq, 0.1, 5, 9)).toEqual(draws(eq, 0.1, 5, 9));
  });

  it('returns the starting point unchanged when the residual variance is zero', () => {
    const eq = equations([1, 0.5, 0.5, 1], [1, 1], [true, true]);
    const start = Float64Array.from([0.6, 0.7]);
    expect(sampleCoefficients(eq, start, 0, 10, createRng(1))).toEqual(start);
  });
});
