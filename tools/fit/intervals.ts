import type { Interval } from '../model/model-types';

/**
 * Widening of bootstrap spreads, calibrated on the simulator so that 80% intervals hold the true
 * contribution about 80% of the time (the bootstrap alone misses the bias of regularised fits).
 */
export const INTERVAL_SCALE = 2.5;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/**
 * Basic-bootstrap intervals around the point estimate at the given levels: the replicate
 * deviations from their median, widened by INTERVAL_SCALE, never below `floor`.
 */
export function bootstrapIntervals(
  point: number,
  samples: number[],
  levels: number[] = [0.8, 0.95],
  floor = 0,
): Interval[] {
  if (samples.length < 2) return [];
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = quantile(sorted, 0.5);
  return levels.map((level) => {
    const a = (1 - level) / 2;
    const low = point + INTERVAL_SCALE * (quantile(sorted, a) - mid);
    const high = point + INTERVAL_SCALE * (quantile(sorted, 1 - a) - mid);
    return { level, low: Math.max(floor, low), high: Math.max(floor, high) };
  });
}
