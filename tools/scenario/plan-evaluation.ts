import { channelContribution } from '../model/channel-response';
import type { ChannelResponseModel, FittedModel } from '../model/model-types';
import { choiceOf, type Flighting, type LayoutChoice, spendPattern } from './spend-pattern';

/** Spend per channel over a whole horizon (a total, not per period). */
export type SpendPlan = Record<string, number>;

/** KPI of one plan over a horizon, split into baseline and media. */
export interface PlanEvaluation {
  /** Baseline + every channel's media KPI. */
  kpi: number;
  /** KPI that is not paid media over the horizon (identical for every plan). */
  baseline: number;
  /** Media KPI per channel: horizon periods plus the carryover tail after them. */
  channels: Record<string, number>;
}

/**
 * Periods after the horizon over which the carryover of horizon spend is counted: the longest
 * adstock lag among the channels, so every effect of horizon spend lands inside the window.
 */
export function tailPeriods(responses: ChannelResponseModel[]): number {
  let tail = 0;
  for (const r of responses) tail = Math.max(tail, r.adstock.maxLag - 1);
  return tail;
}

/**
 * Media KPI of one channel for a total spend laid out over `periods` by its spend pattern in the
 * given layout (`spendPattern`: the shape of its last window of data, or even), with the data
 * window's spend as history (carryover into the horizon) and no spend in the `tail` periods after
 * it (carryover out of the horizon is counted there).
 */
export function channelHorizonKpi(
  response: ChannelResponseModel,
  total: number,
  periods: number,
  history: ArrayLike<number>,
  tail: number,
  layout: LayoutChoice = 'historical',
): number {
  const series = new Float64Array(periods + tail);
  spendPattern(history, periods, layout).forEach((share, i) => {
    series[i] = total * share;
  });
  const out = channelContribution(response, series, history);
  let sum = 0;
  for (let t = 0; t < out.length; t++) sum += out[t] as number;
  return sum;
}

/** Baseline KPI over the horizon: the mean fitted baseline of the last `periods` periods × periods. */
export function horizonBaseline(model: FittedModel, periods: number): number {
  const series = model.baselineSeries;
  const window = series.slice(Math.max(0, series.length - periods));
  if (window.length === 0) return 0;
  let sum = 0;
  for (const v of window) sum += v;
  return (sum / window.length) * periods;
}

/**
 * Predicted KPI of a spend plan over `periods`, each channel laid out as `flighting` says
 * (historically by default). The one evaluation behind what-if and the optimizer's reported KPI,
 * so a what-if of an optimal plan reproduces the optimizer's number.
 */
export function evaluatePlan(
  model: FittedModel,
  plan: SpendPlan,
  periods: number,
  flighting: Flighting = {},
): PlanEvaluation {
  const tail = tailPeriods(model.responses);
  const baseline = horizonBaseline(model, periods);
  const channels: Record<string, number> = {};
  let kpi = baseline;
  for (const r of model.responses) {
    const v = channelHorizonKpi(
      r,
      plan[r.name] ?? 0,
      periods,
      model.spendHistory[r.name] ?? [],
      tail,
      choiceOf(flighting, r.name),
    );
    channels[r.name] = v;
    kpi += v;
  }
  return { kpi, baseline, channels };
}
