import type { Rng } from '../model/random';
import type { NormalEquations } from './projection-problem';

/**
 * A standard normal draw conditioned on being at least `a`: plain rejection when the bound is
 * below the mean, Robert's (1995) exponential proposal when it is in the tail.
 */
export function truncatedNormal(a: number, rng: Rng): number {
  if (a <= 0.5) {
    for (let i = 0; i < 1000; i++) {
      const z = rng.normal();
      if (z >= a) return z;
    }
    return a;
  }
  const rate = (a + Math.sqrt(a * a + 4)) / 2;
  for (let i = 0; i < 1000; i++) {
    const z = a - Math.log(Math.max(rng.next(), 1e-300)) / rate;
    if (rng.next() <= Math.exp(-((z - rate) ** 2) / 2)) return z;
  }
  return a;
}

/**
 * One draw of the linear coefficients from their posterior given the transforms: the Gaussian
 * likelihood with residual variance `sigma2` times the ridge penalty read as a Gaussian prior,
 * i.e. N(H⁻¹c, sigma2·H⁻¹) in the scaled coordinates of `eq`, truncated to the non-negative
 * orthant for the flagged coefficients (media effects, intercept). Gibbs sampling: each
 * coefficient in turn from its exact univariate conditional, `sweeps` times from `start`, so two
 * channels whose columns move together trade credit against each other across draws. A zero
 * residual variance (an exact fit) leaves `start` unchanged.
 */
export function sampleCoefficients(
  eq: NormalEquations,
  start: Float64Array,
  sigma2: number,
  sweeps: number,
  rng: Rng,
): Float64Array {
  const { H, c, nonNegative } = eq;
  const p = c.length;
  const b = Float64Array.from(start);
  if (!(sigma2 > 0) || !Number.isFinite(sigma2)) return b;
  for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < p; i++) {
      const hii = H[i * p + i] as number;
      let r = c[i] as number;
      for (let k = 0; k < p; k++) if (k !== i) r -= (H[i * p + k] as number) * (b[k] as number);
      const mu = r / hii;
      const sd = Math.sqrt(sigma2 / hii);
      b[i] = nonNegative[i] ? mu + sd * truncatedNormal(-mu / sd, rng) : mu + sd * rng.normal();
    }
  }
  return b;
}
