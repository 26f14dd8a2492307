import { describe, expect, it } from 'vitest';
import type { BaseDesign } from './baseline-design';
import { makeLayout } from './fit-core';
import { ProjectionProblem } from './projection-problem';

/**
 * A channel whose spend never moves is indistinguishable from the intercept: the data say
 * nothing about its effect. Plain ridge then gives it no effect at all; the ROI prior gives it
 * the ROI the identified channels share, and leaves the identified channel where the data put it.
 */
describe('pooled ROI prior', () => {
  const n = 80;
  const base: BaseDesign = {
    names: ['intercept'],
    kinds: ['intercept'],
    columns: [new Float64Array(n).fill(1)],
    nonNegative: [true],
    penalized: [false],
  };
  const moving = Float64Array.from({ length: n }, (_, t) => 100 + 60 * Math.sin(t / 3) + (t % 7));
  const flat = new Float64Array(n).fill(50);
  /** KPI = 1000 + 3 × the moving channel's spend + 3 × the flat one's (folded into the level). */
  const y = Float64Array.from(moving, (s) => 850 + 3 * s + 3 * 50);

  function roiOf(prior: ProjectionProblem['roiPrior']): [number, number] {
    const problem = new ProjectionProblem(
      y,
      base,
      2,
      makeLayout(n, 3, 0),
      [0.6, 0.4],
      [moving, flat],
    );
    problem.roiPrior = prior;
    problem.setMedia(
      0,
      moving.map((s) => s / 100),
    );
    problem.setMedia(
      1,
      flat.map((s) => s / 100),
    );
    const seg = problem.allSegment;
    const coef = problem.solvePrefix(seg, 1e-3);
    const roi = (spend: Float64Array, j: number) =>
      ((coef[1 + j] as number) * problem.columnSum(1 + j, seg)) / spend.reduce((a, b) => a + b, 0);
    return [roi(moving, 0), roi(flat, 1)];
  }

  it('gives an unidentified channel the pooled ROI instead of none', () => {
    const [identified, unidentified] = roiOf({ sigma2: 4000, roi: 2, spread: 1 });
    expect(Math.abs(identified - 3)).toBeLessThan(0.01);
    expect(Math.abs(unidentified - 3)).toBeLessThan(0.03);
  });

  it('without the prior, ridge shrinks the unidentified channel to no effect', () => {
    const [identified, unidentified] = roiOf(undefined);
    expect(Math.abs(identified - 3)).toBeLessThan(0.03);
    expect(unidentified).toBeLessThan(0.01);
  });
});
