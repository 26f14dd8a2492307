import { describe, expect, it } from 'vitest';
import { solveBoundedQuadratic } from './bounded-ridge';

describe('bounded quadratic solver', () => {
  it('returns H⁻¹c when no bound is active', () => {
    // H = [[2,1],[1,3]], c = [3,5] → x = [0.8, 1.4]
    const x = solveBoundedQuadratic(new Float64Array([2, 1, 1, 3]), new Float64Array([3, 5]), [
      true,
      true,
    ]);
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
  });

  it('clamps a negative coefficient to zero and re-solves the rest (KKT point)', () => {
    // unconstrained: x = H⁻¹c = [2, -1]; with x1 >= 0 → x1 = 0, x0 = c0/H00 = 1.5
    const H = new Float64Array([2, 1, 1, 1]);
    const c = new Float64Array([3, 1]);
    const x = solveBoundedQuadratic(H, c, [false, true]);
    expect(x[1]).toBe(0);
    expect(x[0]).toBeCloseTo(1.5, 12);
    // the clamped coordinate's descent direction points out of the feasible set: c1 - (Hx)1 < 0
    expect(1 - ((x[0] as number) + (x[1] as number))).toBeLessThan(0);
  });

  it('leaves free coefficients negative when that is optimal', () => {
    const x = solveBoundedQuadratic(new Float64Array([1, 0, 0, 1]), new Float64Array([-2, 3]), [
      false,
      true,
    ]);
    expect(x[0]).toBeCloseTo(-2, 12);
    expect(x[1]).toBeCloseTo(3, 12);
  });

  it('matches brute force over active sets on a random 5-variable problem', () => {
    const A = [
      [2, 0.3, -0.4, 0.1, 0.2],
      [0.3, 1.5, 0.2, -0.3, 0.1],
      [-0.4, 0.2, 1.8, 0.5, -0.2],
      [0.1, -0.3, 0.5, 1.2, 0.4],
      [0.2, 0.1, -0.2, 0.4, 1.6],
    ];
    const H = new Float64Array(A.flat());
    const c = new Float64Array([1, -2, 0.5, -1, 2]);
    const bounded = [true, true, true, true, false];
    const x = solveBoundedQuadratic(H, c, bounded);
    const f = (v: ArrayLike<number>) => {
      let s = 0;
      for (let i = 0; i < 5; i++) {
        s -= (c[i] as number) * (v[i] as number);
        for (let k = 0; k < 5; k++)
          s += 0.5 * (v[i] as number) * (A[i]?.[k] as number) * (v[k] as number);
      }
      return s;
    };
    for (let i = 0; i < 4; i++) expect(x[i]).toBeGreaterThanOrEqual(0);
    // no feasible coordinate step improves the objective
    for (let i = 0; i < 5; i++) {
      for (const d of [1e-4, -1e-4]) {
        const y = Float64Array.from(x);
        y[i] = (y[i] as number) + d;
        if (bounded[i] && (y[i] as number) < 0) continue;
        expect(f(y)).toBeGreaterThanOrEqual(f(x) - 1e-12);
      }
    }
  });
});
