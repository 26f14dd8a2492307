import type { FittedModel, Interval } from '../model/model-types';
import { deltaIntervals, drawDeltas } from '../scenario/delta-interval';
import { evaluatePlan, type SpendPlan } from '../scenario/plan-evaluation';
import type { Flighting } from '../scenario/spend-pattern';

/** Spend moving by less than this share of the plan is the same budget: nothing to compare. */
const SAME = 0.01;

/**
 * The optimal plan against the same budget spent in today's proportions: a split of $1M judged
 * against today's $1.16M mixes a cut with a re-split, so this isolates what the split itself is
 * worth. The allocated channels of the current plan are scaled together to the optimal plan's
 * total for them (the others as they are, every channel in its recent shape).
 */
export interface SameBudgetComparison {
  spend: SpendPlan;
  kpi: number;
  /** Optimal KPI minus this plan's, with 80% and 95% intervals from the posterior draws. */
  delta: { kpi: number; interval: Interval[] };
}

export function sameBudgetComparison(
  model: FittedModel,
  reference: SpendPlan,
  optimal: SpendPlan,
  /** The optimal plan's KPI, as evaluated under `flighting`. */
  optimalKpi: number,
  allocated: string[],
  periods: number,
  flighting: Flighting,
): SameBudgetComparison | undefined {
  const sum = (plan: SpendPlan) => allocated.reduce((s, c) => s + (plan[c] ?? 0), 0);
  const before = sum(reference);
  const after = sum(optimal);
  if (before <= 0 || Math.abs(after - before) <= SAME * before) return undefined;
  const scale = after / before;
  const spend: SpendPlan = { ...reference };
  for (const c of allocated) spend[c] = (reference[c] ?? 0) * scale;
  const kpi = evaluatePlan(model, spend, periods).kpi;
  const draws = drawDeltas(model, spend, optimal, periods, flighting);
  const { intervals } = deltaIntervals(optimalKpi - kpi, draws, model.frequency);
  return { spend, kpi, delta: { kpi: optimalKpi - kpi, interval: intervals } };
}
