import type { Frequency } from '../data/dataset-types';
import type {
  AdstockSpec,
  ChannelResponseModel,
  FittedModel,
  Interval,
} from '../model/model-types';
import { CHANGE_INTERVAL_SCALE, calibratedIntervals } from '../stats/calibrated-interval';
import { centralInterval } from '../stats/quantile';
import { type AdstockShape, adstockShape, horizonCurve } from './horizon-curve';
import { type SpendPlan, tailPeriods } from './plan-evaluation';
import { choiceKey, choiceOf, type Flighting, type LayoutChoice, layoutOf } from './spend-pattern';

/**
 * The KPI change between two plans under each posterior draw of the channel models, evaluated as
 * in `evaluatePlan`: the reference laid out historically, the scenario as `flighting` says.
 * Channels with the same spend and layout in both plans contribute nothing and are skipped (a
 * channel re-laid at the same spend is changed); the baseline cancels. Draws sharing a channel's
 * adstock share its adstocked series.
 */
export function drawDeltas(
  model: FittedModel,
  reference: SpendPlan,
  scenario: SpendPlan,
  periods: number,
  flighting: Flighting = {},
): number[] {
  const changed = model.responses
    .map((r) => r.name)
    .filter(
      (c) => (reference[c] ?? 0) !== (scenario[c] ?? 0) || layoutOf(flighting, c) !== 'historical',
    );
  const shapes = new Map<string, AdstockShape>();
  return model.draws.map((draw) => {
    const tail = tailPeriods(draw.channels);
    const shapeOf = (r: ChannelResponseModel, layout: LayoutChoice): AdstockShape => {
      const key = `${r.name}|${tail}|${choiceKey(layout)}|${adstockKey(r.adstock)}`;
      let shape = shapes.get(key);
      if (!shape) {
        const history = model.spendHistory[r.name] ?? [];
        shape = adstockShape(r.adstock, periods, history, tail, layout);
        shapes.set(key, shape);
      }
      return shape;
    };
    let delta = 0;
    for (const r of draw.channels) {
      if (!changed.includes(r.name)) continue;
      const history = model.spendHistory[r.name] ?? [];
      const layout = choiceOf(flighting, r.name);
      const before = horizonCurve(r, periods, history, tail, shapeOf(r, 'historical'));
      const after =
        layout === 'historical'
          ? before
          : horizonCurve(r, periods, history, tail, shapeOf(r, layout));
      delta += after.value(scenario[r.name] ?? 0) - before.value(reference[r.name] ?? 0);
    }
    return delta;
  });
}

/**
 * The sign a KPI change between two plans must have: media effects are non-negative and grow
 * with spend, so a plan that spends no more on any channel cannot gain (ceiling 0) and one that
 * spends no less cannot lose (floor 0). Mixed plans have no guaranteed sign, nor has a plan that
 * lays a channel it spends on out differently (`flighting`): evening out bursts can gain or lose.
 */
export function guaranteedSign(
  reference: SpendPlan,
  scenario: SpendPlan,
  flighting: Flighting = {},
): { floor?: number; ceiling?: number } {
  const relaid = Object.keys(flighting).some(
    (c) => layoutOf(flighting, c) !== 'historical' && (scenario[c] ?? 0) > 0,
  );
  if (relaid) return {};
  const diffs = [...new Set([...Object.keys(reference), ...Object.keys(scenario)])]
    .map((c) => (scenario[c] ?? 0) - (reference[c] ?? 0))
    .filter((d) => d !== 0);
  if (diffs.length === 0) return {};
  if (diffs.every((d) => d < 0)) return { ceiling: 0 };
  if (diffs.every((d) => d > 0)) return { floor: 0 };
  return {};
}

/**
 * 80% and 95% intervals from the draws, widened by the scale calibrated for plan changes at the
 * fit's frequency, stretched to include the point estimate and kept on the
 * side of zero the plans guarantee (`sign`, see `guaranteedSign`); `widened` says the point fell
 * outside the draws' own central interval. Empty without draws.
 */
export function deltaIntervals(
  point: number,
  deltas: number[],
  frequency: Frequency,
  sign: { floor?: number; ceiling?: number } = {},
  levels: number[] = [0.8, 0.95],
): { intervals: Interval[]; widened: boolean } {
  if (deltas.length === 0) return { intervals: [], widened: false };
  const widened = levels.some((level) => {
    const { low, high } = centralInterval(deltas, level);
    return point < low || point > high;
  });
  return {
    intervals: calibratedIntervals(point, deltas, frequency, {
      levels,
      ...sign,
      scales: CHANGE_INTERVAL_SCALE,
    }),
    widened,
  };
}

/** The assumption line that says how the intervals on a change were made. */
export function changeIntervalAssumption(
  frequency: Frequency,
  draws: number,
  widened: boolean,
): string {
  return draws > 0
    ? `Intervals on the change: the 10-90% and 2.5-97.5% quantiles over ${draws} posterior draws of the channel models, their spread widened ${CHANGE_INTERVAL_SCALE[frequency]} times (the scale at which 80% intervals held the true change 80% of the time on simulated data)${widened ? ' and to include the point estimate' : ''}.`
    : 'Intervals on the change: none, the model has no posterior draws.';
}

function adstockKey(a: AdstockSpec): string {
  return a.type === 'geometric' ? `g${a.theta}|${a.maxLag}` : `w${a.shape}|${a.scale}|${a.maxLag}`;
}
