import type { FittedModel } from '../model/model-types';
import type { SpendPlan } from './plan-evaluation';

/**
 * The recent run-rate: each channel's average spend per period over the last `periods` periods of
 * the data (the whole history when shorter), times `periods`.
 */
export function referencePlan(model: FittedModel, periods: number): SpendPlan {
  const plan: SpendPlan = {};
  for (const r of model.responses) {
    const history = model.spendHistory[r.name] ?? [];
    const window = history.slice(Math.max(0, history.length - periods));
    let sum = 0;
    for (const v of window) sum += v;
    plan[r.name] = window.length > 0 ? (sum / window.length) * periods : 0;
  }
  return plan;
}

/** How many periods the run-rate window actually covers. */
export function runRateWindow(model: FittedModel, periods: number): number {
  const lengths = Object.values(model.spendHistory).map((h) => h.length);
  return Math.min(periods, Math.max(0, ...lengths));
}

/** Sum of a plan's spend. */
export function planTotal(plan: SpendPlan): number {
  let s = 0;
  for (const v of Object.values(plan)) s += v;
  return s;
}
