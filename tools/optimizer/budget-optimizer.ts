import type { OptimizeArgs } from '../agent/tool-schemas';
import { optimizeArgsSchema } from '../agent/tool-schemas';
import { invalid } from '../errors';
import type { FittedModel, Interval } from '../model/model-types';
import {
  changeIntervalAssumption,
  deltaIntervals,
  drawDeltas,
  guaranteedSign,
} from '../scenario/delta-interval';
import { extrapolationWarnings } from '../scenario/extrapolation';
import { type ChannelRelayout, layoutSentence, relayouts } from '../scenario/flighting';
import type { Horizon } from '../scenario/horizon';
import { describeHorizon } from '../scenario/horizon';
import { parseArgs } from '../scenario/parse-args';
import { evaluatePlan, type SpendPlan } from '../scenario/plan-evaluation';
import { type Flighting, sameLayout } from '../scenario/spend-pattern';
import type { ScenarioOptions } from '../scenario/what-if';
import { boundsAt } from './bounds';
import { explainAllocation } from './explain';
import { solveObjective } from './objectives';
import { type AllocationProblem, buildProblem, layoutCurve } from './problem';
import { type SameBudgetComparison, sameBudgetComparison } from './same-budget';

/**
 * Revenue plans whose last dollars bring back less than they cost: the most revenue is not the
 * most profit, and the plan should say so (a $100M split pushed every channel's next dollar to
 * about $0.01). Conversions have no such yardstick.
 */
function belowCost(
  model: FittedModel,
  objective: string,
  allocated: string[],
  plan: SpendPlan,
  marginal: Record<string, number>,
): string[] {
  if (model.kpiType !== 'revenue' || objective === 'max_profit') return [];
  const under = allocated.filter((c) => (plan[c] ?? 0) > 0 && (marginal[c] ?? 0) < 1);
  if (under.length === 0) return [];
  const list = under.map((c) => `${c} ${(marginal[c] ?? 0).toFixed(2)}`).join(', ');
  return [
    `the last dollars of this plan bring back less than they cost (revenue per extra $1: ${list}); a smaller budget would make more profit (ask for the most profit with your margin).`,
  ];
}

/** The `optimize_budget` contract of ARCHITECTURE.md, plus detail for explanations. */
export interface OptimizeResult {
  objective: OptimizeArgs['objective'];
  /** Total spend of the allocated channels in the optimal plan, over the horizon. */
  budget: number;
  horizon: Horizon & { tailPeriods: number };
  /** Channels whose spend was optimized; the others stay at their reference spend. */
  channels: string[];
  current: { spend: SpendPlan; kpi: number };
  optimal: { spend: SpendPlan; kpi: number };
  /**
   * The change against the current plan; `interval` holds its 80% and 95% intervals from the
   * model's posterior draws (the same as a what-if of the two plans gives), empty without draws.
   */
  delta: { kpi: number; kpiPct: number; spend: number; interval: Interval[] };
  /** KPI per extra unit of horizon spend at the optimum, every channel, laid out as planned. */
  marginalRoi: Record<string, number>;
  /** The same at the current (reference) spend, laid out as it ran. */
  currentMarginalRoi: Record<string, number>;
  /** The common marginal return of channels not at a bound; null when every channel is at one. */
  equilibriumRoi: number | null;
  /**
   * When the plan's budget differs from today's: the same budget spent in today's proportions,
   * and what the optimal split gains over it (what the split itself is worth).
   */
  sameBudget?: SameBudgetComparison;
  /** Profit (margin × KPI − total spend) for max_profit. */
  profit?: { margin: number; current: number; optimal: number };
  binding: string[];
  /** One line per channel on why it moved. */
  explanation: string[];
  /** How the budget was chosen. */
  summary: string[];
  /** Caveats, e.g. spend beyond anything seen in the data. */
  warnings: string[];
  assumptions: string[];
  /**
   * Channels the optimal plan spreads evenly instead of in their recent shape (`flighting`), as
   * in what_if; absent when the call lays none out.
   */
  flighting?: Record<string, ChannelRelayout>;
}

/**
 * Finds the best spend plan for an objective (max_kpi, max_profit, target_roas, target_kpi) under
 * the constraints, over the horizon, using the same KPI evaluation as what-if: a what-if of
 * `optimal.spend` against `current.spend` reproduces `optimal.kpi` and `delta.kpi`. Infeasible
 * constraints throw MixPilotError 'unprocessable' saying which ones clash.
 */
export function optimizeBudget(
  model: FittedModel,
  args: unknown,
  options: ScenarioOptions = {},
): OptimizeResult {
  precheckBudget(args);
  const parsed: OptimizeArgs = parseArgs(optimizeArgsSchema, args);
  const p = buildProblem(model, parsed, options.groups);
  if (p.allocated.length === 0)
    throw invalid('channels', 'no channel to allocate', 'invalid_input');
  const solved = solveObjective(p, parsed);
  const { allocation } = solved;
  const optimal: SpendPlan = { ...p.reference };
  p.allocated.forEach((c, i) => {
    optimal[c] = allocation.spend[i] as number;
  });
  const current = evaluatePlan(model, p.reference, p.horizon.periods);
  const flighting = p.flighting ?? {};
  const best = evaluatePlan(model, optimal, p.horizon.periods, flighting);
  const bounds = boundsAt(p.limits, allocation.total);
  const explained = explainAllocation(p, bounds, allocation.spend, allocation.lambda);
  const totalOf = (plan: SpendPlan) => Object.values(plan).reduce((s, v) => s + v, 0);
  const gain = best.kpi - current.kpi;
  const optimalMarginals = marginals(p, optimal, flighting);
  const draws = drawDeltas(model, p.reference, optimal, p.horizon.periods, flighting);
  const { intervals, widened } = deltaIntervals(
    gain,
    draws,
    model.frequency,
    guaranteedSign(p.reference, optimal, flighting),
  );
  const relaid = relayouts(model, optimal, p.horizon, flighting);
  const result: OptimizeResult = {
    objective: parsed.objective,
    budget: allocation.total,
    horizon: { ...p.horizon, tailPeriods: p.tail },
    channels: p.allocated,
    current: { spend: p.reference, kpi: current.kpi },
    optimal: { spend: optimal, kpi: best.kpi },
    delta: {
      kpi: gain,
      kpiPct: current.kpi !== 0 ? (gain / current.kpi) * 100 : 0,
      spend: totalOf(optimal) - totalOf(p.reference),
      interval: intervals,
    },
    marginalRoi: optimalMarginals,
    currentMarginalRoi: marginals(p, p.reference, {}),
    equilibriumRoi: allocation.lambda,
    binding: [...solved.totalBinding, ...explained.binding],
    explanation: explained.lines,
    summary: [
      ...solved.summary,
      ...(p.allocated.length < p.model.responses.length
        ? [
            `Allocated among ${p.allocated.join(', ')}; the other channels stay at their reference spend.`,
          ]
        : []),
    ],
    warnings: [
      ...extrapolationWarnings(model, optimal, p.horizon, flighting, p.reference),
      ...belowCost(model, parsed.objective, p.allocated, optimal, optimalMarginals),
    ],
    assumptions: [
      ...optimizerAssumptions(p),
      changeIntervalAssumption(model.frequency, draws.length, widened),
    ],
  };
  if (Object.keys(relaid).length > 0) result.flighting = relaid;
  const same = sameBudgetComparison(
    model,
    p.reference,
    optimal,
    best.kpi,
    p.allocated,
    p.horizon.periods,
    flighting,
  );
  if (same) result.sameBudget = same;
  if (parsed.objective === 'max_profit' && parsed.margin !== undefined) {
    const m = parsed.margin;
    result.profit = {
      margin: m,
      current: m * current.kpi - totalOf(p.reference),
      optimal: m * best.kpi - totalOf(optimal),
    };
  }
  return result;
}

/**
 * Marginal KPI per extra unit of horizon spend for every channel at a plan laid out as
 * `flighting` says (the optimizer's curves where they are in that layout).
 */
function marginals(
  p: AllocationProblem,
  plan: SpendPlan,
  flighting: Flighting,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of p.model.responses) {
    const own = sameLayout(flighting, p.flighting ?? {}, r.name);
    const curve =
      (own ? p.curves[p.allocated.indexOf(r.name)] : undefined) ??
      layoutCurve(p.model, r, p.horizon.periods, p.tail, flighting);
    out[r.name] = curve.marginal(plan[r.name] ?? 0);
  }
  return out;
}

/**
 * The sentence the layout assumption gains for the channels the call lays out anew: every plan
 * searched lays them out so, whatever it ends up spending on them (nothing, possibly).
 */
function searchedLayout(p: AllocationProblem): string {
  return layoutSentence(p.flighting ?? {}, p.horizon, 'In every plan searched', 'the current plan');
}

function optimizerAssumptions(p: AllocationProblem): string[] {
  const h = describeHorizon(p.horizon);
  return [
    `Horizon: the ${h} after the data; amounts are totals over it, laid out over its periods in the shape of the channel's last ${h} of data (its bursts and pauses kept, scaled to the amount; evenly when the data are shorter or the channel spent nothing then).${searchedLayout(p)}`,
    'Current plan: the recent run-rate (the last horizon-length window of data again, each channel period by period; its average times the horizon when the data are shorter).',
    `KPI is evaluated exactly as in what-if: carryover from the data into the horizon is included, and effects of horizon spend landing in the ${describeHorizon({ ...p.horizon, periods: p.tail })} after it are counted; the baseline is the same for every plan.`,
    'Search: a global grid search over every split of the budget (S-shaped curves cannot trap it), then an exact polish to equal marginal returns.',
    'Shares (minShare, maxShare) are fractions of the total being allocated.',
  ];
}

/** Gives a zero or negative budget a clear message before generic validation. */
function precheckBudget(args: unknown): void {
  const budget = (args as { budget?: unknown } | null)?.budget;
  if (typeof budget === 'number' && !(budget > 0)) {
    throw invalid('budget', `must be above zero (got ${budget})`, 'invalid_input');
  }
}
