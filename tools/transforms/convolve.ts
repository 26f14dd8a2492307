/**
 * Applies lag weights to a spend series: out_t = sum_l w_l * x_{t-l}. Periods before the series
 * are taken as `prefix` (the spend history before the window; zero when not given), so carryover
 * from before a forecast horizon is explicit rather than silently dropped.
 */
export function convolveLags(
  x: ArrayLike<number>,
  weights: ArrayLike<number>,
  prefix: ArrayLike<number> = [],
): Float64Array {
  const n = x.length;
  const L = weights.length;
  const p = prefix.length;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let l = 0; l < L; l++) {
      const i = t - l;
      const v = i >= 0 ? (x[i] as number) : p + i >= 0 ? (prefix[p + i] as number) : 0;
      s += (weights[l] as number) * v;
    }
    out[t] = s;
  }
  return out;
}
