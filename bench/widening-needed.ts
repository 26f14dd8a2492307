import { quantile } from '../tools';

/**
 * The widening of posterior draws' spread (around their median, stretched to the point estimate
 * as `calibratedIntervals` does) that the `level` interval needs to reach `truth`; 0 when the
 * unwidened interval already holds it.
 */
export function wideningNeeded(
  truth: number,
  point: number,
  draws: number[],
  level: number,
): number {
  const sorted = [...draws].sort((a, b) => a - b);
  const mid = quantile(sorted, 0.5);
  const lo = Math.min(point, mid);
  const hi = Math.max(point, mid);
  if (truth >= lo && truth <= hi) return 0;
  const a = (1 - level) / 2;
  if (truth > hi) return (truth - hi) / Math.max(quantile(sorted, 1 - a) - mid, 1e-12);
  return (lo - truth) / Math.max(mid - quantile(sorted, a), 1e-12);
}
