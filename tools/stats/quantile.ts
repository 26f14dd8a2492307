/** Empirical quantile with linear interpolation (type 7, as R and NumPy default). */
export function quantile(values: ArrayLike<number>, p: number): number {
  const s = Float64Array.from(values).sort();
  if (s.length === 0) return Number.NaN;
  const h = (s.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

/** Central interval at `level` (0.8 → the 10th and 90th percentiles). */
export function centralInterval(values: ArrayLike<number>, level: number) {
  const tail = (1 - level) / 2;
  return { level, low: quantile(values, tail), high: quantile(values, 1 - tail) };
}
