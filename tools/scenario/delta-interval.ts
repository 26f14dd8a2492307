import type { FittedModel, Interval } from '../model/model-types';
import { centralInterval } from '../stats/quantile';
import { channelHorizonKpi, type SpendPlan, tailPeriods } from './plan-evaluation';

/**
 * The KPI change between two plans under each bootstrap draw of the channel models. Channels whose
 * spend is the same in both plans contribute nothing and are skipped; the baseline cancels.
 */
export function drawDeltas(
  model: FittedModel,
  reference: SpendPlan,
  scenario: SpendPlan,
  periods: number,
): number[] {
  const changed = model.responses
    .map((r) => r.name)
    .filter((c) => (reference[c] ?? 0) !== (scenario[c] ?? 0));
  return model.draws.map((draw) => {
    const tail = tailPeriods(draw.channels);
    let delta = 0;
    for (const c of changed) {
      const r = draw.channels.find((d) => d.name === c);
      if (!r) continue;
      const history = model.spendHistory[c] ?? [];
      delta +=
        channelHorizonKpi(r, scenario[c] ?? 0, periods, history, tail) -
        channelHorizonKpi(r, reference[c] ?? 0, periods, history, tail);
    }
    return delta;
  });
}

/**
 * 80% and 95% intervals from the empirical quantiles of the draws (type 7), widened to include the
 * point estimate when it falls outside (the `widened` flag says so). Empty without draws.
 */
export function deltaIntervals(
  point: number,
  deltas: number[],
  levels: number[] = [0.8, 0.95],
): { intervals: Interval[]; widened: boolean } {
  if (deltas.length === 0) return { intervals: [], widened: false };
  let widened = false;
  const intervals = levels.map((level) => {
    const { low, high } = centralInterval(deltas, level);
    if (point < low || point > high) widened = true;
    return { level, low: Math.min(low, point), high: Math.max(high, point) };
  });
  return { intervals, widened };
}
