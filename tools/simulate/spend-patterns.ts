import type { Rng } from '../model/random';
import type { SpendPattern } from './simulation-types';

/** A stationary AR(1) series with unit variance. */
export function ar1(rng: Rng, n: number, phi: number): Float64Array {
  const out = new Float64Array(n);
  let v = rng.normal();
  const s = Math.sqrt(1 - phi * phi);
  for (let t = 0; t < n; t++) {
    out[t] = v;
    v = phi * v + s * rng.normal();
  }
  return out;
}

/**
 * Spend per period with mean about `mean`, shaped by the pattern. `demand` is the relative demand
 * index (mean 1) that 'demand-following' channels track; `shared` is the latent driver of
 * 'correlated' channels.
 */
export function spendSeries(
  rng: Rng,
  pattern: SpendPattern,
  mean: number,
  demand: Float64Array,
  shared: Float64Array,
  blockScale = 1,
  sigma = 0.5,
): Float64Array {
  const n = demand.length;
  const out = new Float64Array(n);
  const own = ar1(rng, n, 0.6);
  if (pattern === 'iid') {
    for (let t = 0; t < n; t++) {
      const u = rng.next();
      out[t] = u > 0.9 ? u : u / 2;
    }
  } else if (pattern === 'sparse') {
    for (let t = 0; t < n; t++) {
      const u = rng.next();
      out[t] = u > 0.8 ? u : 0;
    }
  } else if (pattern === 'flighted') {
    let t = 0;
    let on = rng.next() < 0.5;
    while (t < n) {
      const len = (on ? 2 + rng.int(5) : 1 + rng.int(6)) * blockScale;
      const level = on ? Math.exp(0.4 * rng.normal()) : 0;
      for (let k = 0; k < len && t < n; k++, t++) out[t] = level * Math.exp(0.15 * rng.normal());
      on = !on;
    }
  } else {
    for (let t = 0; t < n; t++) {
      let z = own[t] as number;
      if (pattern === 'correlated') z = 0.8 * (shared[t] as number) + 0.6 * z;
      let v = Math.exp(sigma * z);
      if (pattern === 'demand-following') v *= (demand[t] as number) ** 1.5;
      out[t] = v;
    }
  }
  let sum = 0;
  for (const v of out) sum += v;
  const scale = sum > 0 ? (mean * n) / sum : 0;
  for (let t = 0; t < n; t++) out[t] = Math.round((out[t] as number) * scale * 100) / 100;
  return out;
}
