import type { OptimizeArgs } from '../agent/tool-schemas';
import { invalid } from '../errors';
import { formatMoney, formatNumber } from '../scenario/format';
import type { Allocation } from './allocate';
import type { AllocationProblem } from './problem';
import { type Solved, solveAt, type TotalRange } from './solve-at';
import { marginalText } from './wording';

/** Grid steps while searching over totals; the chosen total is solved again at full resolution. */
const SEARCH_UNITS = 250;
const SCAN_POINTS = 24;

function scan(p: AllocationProblem, min: number, max: number): Allocation[] {
  const n = max > min ? SCAN_POINTS : 1;
  return Array.from({ length: n }, (_, i) =>
    solveAt(p, n === 1 ? min : min + ((max - min) * i) / (n - 1), SEARCH_UNITS),
  );
}

/** Most margin × KPI − spend: a scan over feasible totals, then a golden-section refinement. */
export function maxProfit(
  p: AllocationProblem,
  args: OptimizeArgs,
  range: TotalRange,
  capText: string,
): Solved {
  const margin = args.margin;
  if (margin === undefined) {
    throw invalid(
      'margin',
      'max_profit needs a profit margin on the KPI (0.3 for 30%)',
      'invalid_input',
    );
  }
  const profit = (a: Allocation) => margin * a.value - a.total;
  const points = scan(p, range.min, range.max);
  let best = 0;
  points.forEach((a, i) => {
    if (profit(a) > profit(points[best] as Allocation)) best = i;
  });
  const at = (i: number) =>
    (points[Math.max(0, Math.min(points.length - 1, i))] as Allocation).total;
  let a = at(best - 1);
  let b = at(best + 1);
  const g = (Math.sqrt(5) - 1) / 2;
  const f = (t: number) => profit(solveAt(p, t, SEARCH_UNITS));
  let x1 = b - g * (b - a);
  let x2 = a + g * (b - a);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let k = 0; k < 40 && b - a > 1e-7 * Math.max(1, b); k++) {
    if (f1 < f2) {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + g * (b - a);
      f2 = f(x2);
    } else {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - g * (b - a);
      f1 = f(x1);
    }
  }
  const candidates = [solveAt(p, (a + b) / 2), solveAt(p, at(best))];
  const allocation = candidates.reduce((x, y) => (profit(y) > profit(x) ? y : x));
  const atCap = allocation.total >= range.max * (1 - 1e-6);
  const atMin = allocation.total <= range.min + 1e-6 * Math.max(1, range.max);
  const where = atCap
    ? `, the most allowed (${capText})`
    : atMin
      ? ', the least allowed: no extra dollar earns back its cost in margin'
      : ', where one more $1 earns back just its cost in margin';
  return {
    allocation,
    summary: [
      `Most profit at a ${(margin * 100).toFixed(0)}% margin (profit = margin × KPI − spend): spend ${formatMoney(allocation.total)}${where}.`,
    ],
    totalBinding: atCap ? [`budget cap: ${formatMoney(range.max)}`] : [],
  };
}

function lambdaOf(p: AllocationProblem, a: Allocation): number {
  if (a.lambda !== null) return a.lambda;
  const h = Math.max(1e-6 * a.total, 1e-6);
  return (solveAt(p, a.total + h, SEARCH_UNITS).value - a.value) / h;
}

/** The largest total whose optimally placed last dollar still returns at least the target. */
export function targetRoas(
  p: AllocationProblem,
  args: OptimizeArgs,
  range: TotalRange,
  capText: string,
): Solved {
  const target = args.targetRoas;
  if (target === undefined) {
    throw invalid(
      'targetRoas',
      'target_roas needs the marginal ROAS to keep (2 = $2 back per extra $1)',
      'invalid_input',
    );
  }
  const kpi = p.model.kpiType;
  const points = scan(p, range.min, range.max);
  let last = -1;
  points.forEach((a, i) => {
    if (lambdaOf(p, a) >= target) last = i;
  });
  if (last < 0) {
    const allocation = solveAt(p, range.min);
    return {
      allocation,
      summary: [
        `Even the smallest allowed budget (${formatMoney(range.min)}) returns only ${marginalText(lambdaOf(p, allocation), kpi)}, below the target of ${marginalText(target, kpi)}.`,
      ],
      totalBinding: [`smallest allowed budget: ${formatMoney(range.min)}`],
    };
  }
  if (last === points.length - 1) {
    const allocation = solveAt(p, range.max);
    return {
      allocation,
      summary: [
        `The last dollars still return at least ${marginalText(target, kpi)} at the largest budget searched, ${capText}.`,
      ],
      totalBinding: [`budget cap: ${formatMoney(range.max)}`],
    };
  }
  let a = (points[last] as Allocation).total;
  let b = (points[last + 1] as Allocation).total;
  for (let k = 0; k < 40 && b - a > 1e-7 * Math.max(1, b); k++) {
    const m = (a + b) / 2;
    if (lambdaOf(p, solveAt(p, m, SEARCH_UNITS)) >= target) a = m;
    else b = m;
  }
  const allocation = solveAt(p, a);
  return {
    allocation,
    summary: [
      `Spend ${formatMoney(allocation.total)}: the largest budget at which the last dollars, optimally placed, still return at least ${marginalText(target, kpi)}.`,
    ],
    totalBinding: [],
  };
}

/** The smallest total whose optimal split reaches the KPI target (bisection; KPI rises with budget). */
export function targetKpi(
  p: AllocationProblem,
  args: OptimizeArgs,
  range: TotalRange,
  capText: string,
): Solved {
  const goal =
    args.targetKpi ??
    (args.targetKpiPct !== undefined ? p.referenceKpi * (1 + args.targetKpiPct / 100) : undefined);
  if (goal === undefined) {
    throw invalid(
      'targetKpi',
      'target_kpi needs a KPI level (targetKpi) or a growth in percent (targetKpiPct)',
      'invalid_input',
    );
  }
  const field = args.targetKpi !== undefined ? 'targetKpi' : 'targetKpiPct';
  const kpiAt = (a: Allocation) => p.fixedKpi + a.value;
  const top = solveAt(p, range.max, SEARCH_UNITS);
  if (kpiAt(top) < goal) {
    throw invalid(
      field,
      `even ${formatMoney(range.max)} (${capText}) reaches only ${formatNumber(kpiAt(top))} ${p.model.kpi}, short of the target ${formatNumber(goal)}: the channels saturate`,
    );
  }
  const bottom = solveAt(p, range.min);
  if (kpiAt(bottom) >= goal) {
    return {
      allocation: bottom,
      summary: [
        `The smallest allowed budget, ${formatMoney(range.min)}, already reaches ${formatNumber(goal)} ${p.model.kpi}.`,
      ],
      totalBinding: [`smallest allowed budget: ${formatMoney(range.min)}`],
    };
  }
  let a = range.min;
  let b = range.max;
  for (let k = 0; k < 50 && b - a > 1e-7 * Math.max(1, b); k++) {
    const m = (a + b) / 2;
    if (kpiAt(solveAt(p, m, SEARCH_UNITS)) >= goal) b = m;
    else a = m;
  }
  let allocation = solveAt(p, b);
  for (let k = 0; k < 5 && kpiAt(allocation) < goal; k++) {
    allocation = solveAt(p, allocation.total + (b - a) + 1e-9 * b);
  }
  return {
    allocation,
    summary: [
      `Spend ${formatMoney(allocation.total)}: the smallest budget that, optimally split, reaches ${formatNumber(goal)} ${p.model.kpi} over the horizon.`,
    ],
    totalBinding: [],
  };
}
