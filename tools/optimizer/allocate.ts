import type { HorizonCurve } from '../scenario/horizon-curve';
import { gridAllocate, placeRemainder, snapToBounds } from './grid-allocation';
import { commonMarginal, polishAllocation } from './kkt-polish';

/** The best split of one total among channels. */
export interface Allocation {
  total: number;
  spend: number[];
  /** Σ curve values: the media KPI of the allocated channels over the horizon. */
  value: number;
  /** The common marginal return of the channels strictly inside their bounds; null when none. */
  lambda: number | null;
}

/** Grid steps of the global search: fine enough that the exact polish starts on the right branch. */
export const DEFAULT_UNITS = 1000;

/**
 * Maximises Σ curve(x) subject to Σ x = total and lo ≤ x ≤ hi: a global dynamic-programming search
 * on a grid (immune to S-shaped curves), then an exact KKT polish, kept only if it is no worse.
 */
export function allocateTotal(
  curves: HorizonCurve[],
  lo: number[],
  hi: number[],
  total: number,
  units: number = DEFAULT_UNITS,
): Allocation {
  const room = Math.max(0, total - lo.reduce((s, v) => s + v, 0));
  const placed = placeRemainder(curves, gridAllocate(curves, lo, hi, total, units), lo, hi, total);
  const grid = snapToBounds(curves, placed, lo, hi, (2 * room) / units);
  const gridValue = sum(curves, grid);
  const polished = polishAllocation(
    curves,
    grid,
    lo,
    hi,
    total,
    Math.max((5 * room) / units, 1e-9),
  );
  let spend = grid;
  let value = gridValue;
  if (polished && inBounds(polished, lo, hi)) {
    const v = sum(curves, polished);
    if (v >= gridValue - 1e-12 * Math.abs(gridValue)) {
      spend = polished.map((x, c) => Math.min(hi[c] as number, Math.max(lo[c] as number, x)));
      value = sum(curves, spend);
    }
  }
  const scale = Math.max(1, Math.abs(total));
  const free = spend.map(
    (v, c) => v > (lo[c] as number) + 1e-9 * scale && v < (hi[c] as number) - 1e-9 * scale,
  );
  return { total, spend, value, lambda: commonMarginal(curves, spend, free) ?? null };
}

function sum(curves: HorizonCurve[], x: number[]): number {
  let s = 0;
  curves.forEach((curve, c) => {
    s += curve.value(x[c] as number);
  });
  return s;
}

function inBounds(x: number[], lo: number[], hi: number[]): boolean {
  return x.every(
    (v, c) =>
      v >= (lo[c] as number) - 1e-9 * Math.max(1, Math.abs(v)) &&
      v <= (hi[c] as number) + 1e-9 * Math.max(1, Math.abs(v)),
  );
}
