import type { FittedModel } from '../model/model-types';
import { formatMoney } from './format';
import type { Horizon } from './horizon';
import type { SpendPlan } from './plan-evaluation';
import { channelPattern, type Flighting, layoutOf } from './spend-pattern';

/**
 * Warnings for channels whose planned spend in some period is above the most the data ever saw,
 * or between zero and the least it ran at when on (a channel planned as a steady trickle, or
 * whose bursts are scaled below any it ran): the response curve there is an extrapolation, not a
 * measurement. A plan's spend per period follows the channel's spend pattern in the layout
 * `flighting` gives it, so the busiest and lightest periods are the plan's own. Given the
 * `reference` plan a change is measured against (laid out as the data were), a channel the change
 * leaves as it is gets no warning: its part cancels out of the change, whatever the curve does
 * there, and a caution about it read as if the plan had put it there.
 */
export function extrapolationWarnings(
  model: FittedModel,
  plan: SpendPlan,
  horizon: Horizon,
  flighting: Flighting = {},
  reference?: SpendPlan,
): string[] {
  const out: string[] = [];
  for (const r of model.responses) {
    const history = model.spendHistory[r.name] ?? [];
    const total = plan[r.name] ?? 0;
    if (!(total > 0)) continue;
    const unchanged =
      reference !== undefined &&
      reference[r.name] === total &&
      layoutOf(flighting, r.name) === 'historical';
    if (unchanged) continue;
    const pattern = [...channelPattern(flighting, r.name, history, horizon.periods)];
    const steady = pattern.every((s) => s === pattern[0]);
    const most = history.reduce((m, v) => Math.max(m, v), 0);
    const peak = total * Math.max(...pattern);
    if (peak > most * 1.0001) {
      const what = steady
        ? `the plan spends ${formatMoney(peak)} a ${horizon.unit}`
        : `the plan's busiest ${horizon.unit} spends ${formatMoney(peak)}`;
      out.push(
        `${r.name}: ${what}, above the most seen in the data (${formatMoney(most)}); the model extrapolates there, so treat this part with caution or cap it (maxMultiple).`,
      );
      continue;
    }
    const on = history.filter((v) => v > 0);
    const least = on.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
    const low = total * Math.min(...pattern.filter((s) => s > 0));
    if (on.length > 0 && low < least * 0.9999) {
      const off = history.length - on.length;
      const seen = off > 0 ? `off in ${off} of ${history.length} ${horizon.unit}s and ` : '';
      const what = steady
        ? `the plan spends a steady ${formatMoney(low)} a ${horizon.unit}`
        : `the plan's lightest ${horizon.unit} on spends ${formatMoney(low)}`;
      out.push(
        `${r.name}: ${what}, below the least it ran at in the data (${seen}at least ${formatMoney(least)} when on); the effect of that level rests on the fitted curve's shape, not on data.`,
      );
    }
  }
  return out;
}
