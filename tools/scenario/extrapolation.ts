import type { FittedModel } from '../model/model-types';
import { formatMoney } from './format';
import type { Horizon } from './horizon';
import type { SpendPlan } from './plan-evaluation';

/**
 * Warnings for channels whose planned spend per period is above the most the data ever saw, or
 * between zero and the least it ran at when on (a channel run in bursts, planned as a steady
 * trickle): the response curve there is an extrapolation, not a measurement.
 */
export function extrapolationWarnings(
  model: FittedModel,
  plan: SpendPlan,
  horizon: Horizon,
): string[] {
  const out: string[] = [];
  for (const r of model.responses) {
    const history = model.spendHistory[r.name] ?? [];
    const most = history.reduce((m, v) => Math.max(m, v), 0);
    const perPeriod = (plan[r.name] ?? 0) / horizon.periods;
    if (perPeriod > most * 1.0001) {
      out.push(
        `${r.name}: the plan spends ${formatMoney(perPeriod)} a ${horizon.unit}, above the most seen in the data (${formatMoney(most)}); the model extrapolates there, so treat this part with caution or cap it (maxMultiple).`,
      );
      continue;
    }
    const on = history.filter((v) => v > 0);
    const least = on.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
    if (perPeriod > 0 && on.length > 0 && perPeriod < least * 0.9999) {
      const off = history.length - on.length;
      const pattern = off > 0 ? `off in ${off} of ${history.length} ${horizon.unit}s and ` : '';
      out.push(
        `${r.name}: the plan spends a steady ${formatMoney(perPeriod)} a ${horizon.unit}, below the least it ran at in the data (${pattern}at least ${formatMoney(least)} when on); the effect of that level rests on the fitted curve's shape, not on data.`,
      );
    }
  }
  return out;
}
