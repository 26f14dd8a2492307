import type { OptimizeArgs } from '../agent/tool-schemas';
import { optimizeArgsSchema } from '../agent/tool-schemas';
import { invalid } from '../errors';
import type { FittedModel } from '../model/model-types';
import { formatMoney } from '../scenario/format';
import type { Horizon } from '../scenario/horizon';
import { parseArgs } from '../scenario/parse-args';
import { evaluatePlan, type SpendPlan } from '../scenario/plan-evaluation';
import type { ScenarioOptions } from '../scenario/what-if';
import { clashes } from './bounds';
import { buildProblem } from './problem';
import { requestedBudget, solveAt } from './solve-at';
import { marginalText } from './wording';

/** The best KPI at one budget level. */
export interface BudgetCurvePoint {
  /** Budget as a multiple of the base budget (0.5 … 2). */
  multiple: number;
  budget: number;
  feasible: boolean;
  /** Best KPI over the horizon at this budget (null when the constraints rule it out). */
  kpi: number | null;
  /** KPI change against the current plan. */
  deltaKpi: number | null;
  /** Return of the last dollar at this budget, optimally placed. */
  marginalRoi: number | null;
  /** KPI gained per dollar from the previous point to this one. */
  stepRoi: number | null;
  spend: SpendPlan | null;
  reason?: string;
}

export interface BudgetCurveResult {
  horizon: Horizon;
  baseBudget: number;
  currentKpi: number;
  points: BudgetCurvePoint[];
  /** The first budget whose last dollar returns less than it costs (1, or 1/margin). */
  stopsPaying: { budget: number; multiple: number; marginalRoi: number } | null;
  summary: string;
}

const MULTIPLES = Array.from({ length: 16 }, (_, i) => Math.round((0.5 + 0.1 * i) * 10) / 10);

/**
 * Best KPI at 50%, 60%, … 200% of the budget (default: the current total), each optimally
 * allocated under the same constraints, showing where extra money stops paying.
 */
export function budgetCurve(
  model: FittedModel,
  args: unknown = {},
  options: ScenarioOptions & { multiples?: number[] } = {},
): BudgetCurveResult {
  const parsed: OptimizeArgs = parseArgs(optimizeArgsSchema, args);
  const p = buildProblem(model, parsed, options.groups);
  const base = requestedBudget(p, parsed) ?? p.referenceTotal;
  if (!(base > 0))
    throw invalid('budget', 'the channels have no recent spend; give a budget', 'invalid_input');
  let previous: { budget: number; kpi: number } | undefined;
  const points = (options.multiples ?? MULTIPLES).map((multiple): BudgetCurvePoint => {
    const budget = base * multiple;
    const issues = clashes(p.limits, budget, 'equal');
    if (issues.length > 0) {
      previous = undefined;
      const reason = issues.map((i) => i.reason).join('; ');
      return {
        multiple,
        budget,
        feasible: false,
        kpi: null,
        deltaKpi: null,
        marginalRoi: null,
        stepRoi: null,
        spend: null,
        reason,
      };
    }
    const a = solveAt(p, budget);
    const spend: SpendPlan = { ...p.reference };
    p.allocated.forEach((c, i) => {
      spend[c] = a.spend[i] as number;
    });
    const kpi = evaluatePlan(model, spend, p.horizon.periods, p.flighting).kpi;
    const h = 1e-4 * budget;
    const marginalRoi = a.lambda ?? (solveAt(p, budget + h).value - a.value) / h;
    const stepRoi = previous ? (kpi - previous.kpi) / (budget - previous.budget) : null;
    previous = { budget, kpi };
    return {
      multiple,
      budget,
      feasible: true,
      kpi,
      deltaKpi: kpi - p.referenceKpi,
      marginalRoi,
      stepRoi,
      spend,
    };
  });
  const threshold =
    parsed.margin !== undefined ? 1 / parsed.margin : model.kpiType === 'revenue' ? 1 : null;
  const first = points.find(
    (pt) => threshold !== null && pt.marginalRoi !== null && pt.marginalRoi < threshold,
  );
  const stopsPaying =
    first?.marginalRoi != null
      ? { budget: first.budget, multiple: first.multiple, marginalRoi: first.marginalRoi }
      : null;
  return {
    horizon: p.horizon,
    baseBudget: base,
    currentKpi: p.referenceKpi,
    points,
    stopsPaying,
    summary: summarize(points, stopsPaying, threshold, model),
  };
}

function summarize(
  points: BudgetCurvePoint[],
  stops: BudgetCurveResult['stopsPaying'],
  threshold: number | null,
  model: FittedModel,
): string {
  const rate = (m: number) => marginalText(m, model.kpiType, model.kpi);
  const ok = points.filter((pt) => pt.feasible && pt.marginalRoi !== null);
  const lo = ok[0];
  const hi = ok[ok.length - 1];
  if (!lo || !hi) return 'No budget from 0.5× to 2× satisfies the constraints.';
  const fall = `The last dollar returns ${rate(lo.marginalRoi as number)} at ${lo.multiple}× the budget and ${rate(hi.marginalRoi as number)} at ${hi.multiple}×.`;
  if (threshold === null) return fall;
  if (!stops)
    return `${fall} Up to ${hi.multiple}× (${formatMoney(hi.budget)}) every extra dollar still earns back at least ${rate(threshold)}.`;
  if (stops.multiple === lo.multiple)
    return `${fall} Already at ${lo.multiple}× (${formatMoney(lo.budget)}) the last dollar returns less than ${rate(threshold)}.`;
  return `${fall} From about ${stops.multiple}× (${formatMoney(stops.budget)}) the last dollar returns less than ${rate(threshold)}: extra money stops paying there.`;
}
