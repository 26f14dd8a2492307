import type { AdstockSpec, FittedModel, Interval } from '../model/model-types';
import { centralInterval } from '../stats/quantile';
import { type AdstockShape, adstockShape, horizonCurve } from './horizon-curve';
import { type SpendPlan, tailPeriods } from './plan-evaluation';

/**
 * The KPI change between two plans under each bootstrap draw of the channel models, evaluated as
 * in `evaluatePlan`. Channels whose spend is the same in both plans contribute nothing and are
 * skipped; the baseline cancels. Draws sharing a channel's adstock share its adstocked series.
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
  const shapes = new Map<string, AdstockShape>();
  return model.draws.map((draw) => {
    const tail = tailPeriods(draw.channels);
    let delta = 0;
    for (const r of draw.channels) {
      if (!changed.includes(r.name)) continue;
      const history = model.spendHistory[r.name] ?? [];
      const key = `${r.name}|${tail}|${adstockKey(r.adstock)}`;
      let shape = shapes.get(key);
      if (!shape) {
        shape = adstockShape(r.adstock, periods, history, tail);
        shapes.set(key, shape);
      }
      const curve = horizonCurve(r, periods, history, tail, shape);
      delta += curve.value(scenario[r.name] ?? 0) - curve.value(reference[r.name] ?? 0);
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

function adstockKey(a: AdstockSpec): string {
  return a.type === 'geometric' ? `g${a.theta}|${a.maxLag}` : `w${a.shape}|${a.scale}|${a.maxLag}`;
}
