import type { FittedModel } from '../model/model-types';
import { formatMoney } from './format';
import type { Horizon } from './horizon';
import type { SpendPlan } from './plan-evaluation';

/**
 * Warnings for channels whose planned spend per period is above the most the data ever saw:
 * the response curve there is an extrapolation, not a measurement.
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
    }
  }
  return out;
}
