import type { Frequency } from '../data/dataset-types';
import { adstockWeights, steadyStateMarginal } from '../model/channel-response';
import type { ChannelResponseModel, Interval } from '../model/model-types';
import {
  CARRYOVER_INTERVAL_SCALE,
  calibratedIntervals,
  MROI_INTERVAL_SCALE,
} from '../stats/calibrated-interval';

/**
 * Marginal ROI at a steady spend per period; where the curve is vertical at zero (a Hill
 * exponent below one) it is read at 1% of the channel's spend scale instead.
 */
export function marginalAt(model: ChannelResponseModel, spend: number, scale: number): number {
  const m = steadyStateMarginal(model, spend);
  return Number.isFinite(m) ? m : steadyStateMarginal(model, 0.01 * scale);
}

/** Share of a channel's effect that lands after the period of spend. */
export function carryoverOf(model: ChannelResponseModel): number {
  return 1 - (adstockWeights(model.adstock)[0] ?? 1);
}

/**
 * 80% and 95% intervals on a channel's next-dollar ROI at a steady spend per period, from the
 * posterior draws of its response model (each draw's curve read at the same spend), widened by
 * the scale derived for marginal ROI on the tuning worlds. Empty without draws.
 */
export function mroiIntervals(
  point: number,
  draws: ChannelResponseModel[],
  spend: number,
  scale: number,
  frequency: Frequency,
): Interval[] {
  return calibratedIntervals(
    point,
    draws.map((m) => marginalAt(m, spend, scale)),
    frequency,
    { floor: 0, scales: MROI_INTERVAL_SCALE },
  );
}

/** 80% and 95% intervals on a channel's carryover share from the draws' adstock, in [0, 1]. */
export function carryoverIntervals(
  point: number,
  draws: ChannelResponseModel[],
  frequency: Frequency,
): Interval[] {
  return calibratedIntervals(point, draws.map(carryoverOf), frequency, {
    floor: 0,
    ceiling: 1,
    scales: CARRYOVER_INTERVAL_SCALE,
  });
}
