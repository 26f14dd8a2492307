import type { FieldIssue } from '../errors';
import { MixPilotError } from '../errors';
import { formatMoney, formatPct } from '../scenario/format';

/** One side of a channel's allowed range and the constraint it comes from. */
export interface Limit {
  value: number;
  /** Readable origin, e.g. "min", "max 2× reference", "locked at reference". */
  source: string;
  /** Argument field, e.g. `constraints.max.tv`; empty for the implicit floor of zero. */
  field: string;
}

/** The constraints on one allocated channel, before the total is known. */
export interface ChannelLimits {
  name: string;
  reference: number;
  /** Largest absolute floor (min, minMultiple × reference, locked). */
  floor: Limit;
  /** Smallest absolute cap (max, maxMultiple × reference, locked); Infinity when none. */
  cap: Limit;
  minShare?: number;
  maxShare?: number;
  locked: boolean;
}

/** A channel's allowed range at a given total. */
export interface Bound {
  lo: number;
  hi: number;
  loLimit: Limit;
  hiLimit: Limit;
}

/** Bounds of every channel when the allocated total is `total` (shares become amounts). */
export function boundsAt(limits: ChannelLimits[], total: number): Bound[] {
  return limits.map((c) => {
    let loLimit = c.floor;
    let hiLimit = c.cap;
    if (c.minShare !== undefined && c.minShare * total > loLimit.value) {
      loLimit = {
        value: c.minShare * total,
        source: `min share ${formatPct(c.minShare * 100, false)}`,
        field: `constraints.minShare.${c.name}`,
      };
    }
    if (c.maxShare !== undefined && c.maxShare * total < hiLimit.value) {
      hiLimit = {
        value: c.maxShare * total,
        source: `max share ${formatPct(c.maxShare * 100, false)}`,
        field: `constraints.maxShare.${c.name}`,
      };
    }
    return { lo: loLimit.value, hi: hiLimit.value, loLimit, hiLimit };
  });
}

const TOL = 1e-9;

/** The reasons `total` cannot be allocated under the limits (empty when it can). */
export function clashes(
  limits: ChannelLimits[],
  total: number,
  mode: 'equal' | 'at_most',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const bounds = boundsAt(limits, total);
  bounds.forEach((b, i) => {
    if (b.lo > b.hi * (1 + TOL) + TOL) {
      const name = limits[i]?.name ?? '';
      issues.push({
        field: b.loLimit.field || b.hiLimit.field,
        reason: `${name}: the minimum ${formatMoney(b.lo)} (${b.loLimit.source}) is above the maximum ${formatMoney(b.hi)} (${b.hiLimit.source})`,
      });
    }
  });
  const minShares = limits.reduce((s, c) => s + (c.minShare ?? 0), 0);
  if (minShares > 1 + TOL) {
    issues.push({
      field: 'constraints.minShare',
      reason: `minimum shares add up to ${formatPct(minShares * 100, false)}, more than the whole budget`,
    });
  }
  const sumLo = bounds.reduce((s, b) => s + b.lo, 0);
  if (sumLo > total * (1 + TOL) + TOL) {
    const parts = bounds
      .map((b, i) => ({ b, name: limits[i]?.name ?? '' }))
      .filter(({ b }) => b.lo > 0)
      .map(({ b, name }) => `${name} ${formatMoney(b.lo)} ${b.loLimit.source}`);
    issues.push({
      field: 'budget',
      reason: `minimums add up to ${formatMoney(sumLo)} but the budget is ${formatMoney(total)} (${parts.join(', ')})`,
    });
  }
  const sumHi = bounds.reduce((s, b) => s + b.hi, 0);
  if (mode === 'equal' && sumHi < total * (1 - TOL) - TOL) {
    const parts = bounds
      .map((b, i) => ({ b, name: limits[i]?.name ?? '' }))
      .map(({ b, name }) => `${name} ${formatMoney(b.hi)} ${b.hiLimit.source}`);
    issues.push({
      field: 'budget',
      reason: `maximums add up to ${formatMoney(sumHi)} but the budget is ${formatMoney(total)} (${parts.join(', ')}); raise a maximum or allow spending less (totalMode at_most)`,
    });
  }
  return issues;
}

/** Throws MixPilotError 'unprocessable' saying which constraints clash at `total`. */
export function assertFeasible(
  limits: ChannelLimits[],
  total: number,
  mode: 'equal' | 'at_most',
): void {
  const issues = clashes(limits, total, mode);
  if (issues.length === 0) return;
  throw new MixPilotError(
    'unprocessable',
    `The constraints cannot all hold: ${issues.map((i) => i.reason).join('; ')}.`,
    { issues },
  );
}

/** Whether some allocation of exactly `total` satisfies every limit. */
export function feasible(limits: ChannelLimits[], total: number): boolean {
  return clashes(limits, total, 'equal').length === 0;
}

/**
 * The feasible totals inside [0, upper] form an interval (each limit is linear in the total);
 * returns it, or undefined when no total up to `upper` works.
 */
export function feasibleTotals(
  limits: ChannelLimits[],
  upper: number,
): { min: number; max: number } | undefined {
  const inside = feasible(limits, upper) ? upper : findFeasibleBelow(limits, upper);
  if (inside === undefined) return undefined;
  const min = edge(limits, inside, 0);
  const max = edge(limits, inside, upper);
  const sum = (t: number, side: 'lo' | 'hi') =>
    boundsAt(limits, t).reduce((s, b) => s + b[side], 0);
  return { min: Math.max(min, Math.min(max, sum(min, 'lo'))), max: Math.min(max, sum(max, 'hi')) };
}

function findFeasibleBelow(limits: ChannelLimits[], upper: number): number | undefined {
  const steps = 400;
  for (let k = 0; k <= steps; k++) {
    const t = (upper * k) / steps;
    if (feasible(limits, t)) return t;
  }
  return undefined;
}

/** Bisects between a feasible total and an infeasible one toward the boundary. */
function edge(limits: ChannelLimits[], inside: number, outside: number): number {
  if (feasible(limits, outside)) return outside;
  let a = inside;
  let b = outside;
  for (let k = 0; k < 80 && Math.abs(b - a) > 1e-12 * Math.max(1, Math.abs(inside)); k++) {
    const m = (a + b) / 2;
    if (feasible(limits, m)) a = m;
    else b = m;
  }
  return a;
}
