/** Number-series helpers shared by the foreign-world generators. */
import type { WorldRng } from './rng';

/** Unit-variance AR(1) noise of length n. */
export function ar1(rng: WorldRng, n: number, rho: number): number[] {
  const out: number[] = [];
  let e = rng.normal();
  for (let t = 0; t < n; t++) {
    e = rho * e + Math.sqrt(1 - rho * rho) * rng.normal();
    out.push(e);
  }
  return out;
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

export function mean(values: readonly number[]): number {
  return sum(values) / Math.max(1, values.length);
}

/** Sample standard deviation (n - 1). */
export function sd(values: readonly number[]): number {
  const m = mean(values);
  let s = 0;
  for (const v of values) s += (v - m) ** 2;
  return Math.sqrt(s / Math.max(1, values.length - 1));
}

/** Rounds to cents, as the CSV holds money. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
