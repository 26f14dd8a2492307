import type { Frequency } from '../data/dataset-types';
import { steadyStateResponse } from '../model/channel-response';
import type { ChannelResponseModel, ChannelResult } from '../model/model-types';
import { calibratedIntervals } from '../stats/calibrated-interval';
import type { Replicate } from './posterior-draws';
import { carryoverIntervals, carryoverOf, marginalAt, mroiIntervals } from './response-intervals';

const RUN_RATE_PERIODS: Record<Frequency, number> = { daily: 28, weekly: 13, monthly: 3 };

/** How many of the last `available` periods the run-rate (and so marginal ROI) is read over. */
export function runRatePeriods(frequency: Frequency, available: number): number {
  return Math.min(available, RUN_RATE_PERIODS[frequency] ?? RUN_RATE_PERIODS.weekly);
}

/** Average spend per period over the most recent stretch (a quarter or four weeks). */
export function runRate(spend: ArrayLike<number>, frequency: Frequency): number {
  const k = runRatePeriods(frequency, spend.length);
  let s = 0;
  for (let t = spend.length - k; t < spend.length; t++) s += spend[t] as number;
  return k > 0 ? s / k : 0;
}

/** Steady-state response curve from zero to well past both current and average spend. */
export function responseCurve(model: ChannelResponseModel, current: number, scale: number) {
  const top = 2 * Math.max(current, scale);
  return Array.from({ length: 21 }, (_, i) => {
    const spend = (top * i) / 20;
    return { spend, kpi: steadyStateResponse(model, spend), mroi: marginalAt(model, spend, scale) };
  });
}

/** Builds the per-channel results of a fit, with intervals from the posterior draws. */
export function channelResults(args: {
  models: ChannelResponseModel[];
  contributions: number[];
  spends: Float64Array[];
  scales: number[];
  kpiTotal: number;
  frequency: Frequency;
  replicates: Replicate[];
}): ChannelResult[] {
  const { models, contributions, spends, scales, kpiTotal, frequency, replicates } = args;
  return models.map((model, j) => {
    const spend = (spends[j] as Float64Array).reduce((a, b) => a + b, 0);
    const contribution = contributions[j] as number;
    const samples = replicates.map((r) => r.contribution[j] as number);
    const contributionIv = calibratedIntervals(contribution, samples, frequency, { floor: 0 });
    const scaleBy = (f: number) =>
      contributionIv.map((iv) => ({ level: iv.level, low: iv.low * f, high: iv.high * f }));
    const current = runRate(spends[j] as Float64Array, frequency);
    const scale = scales[j] as number;
    const drawn = replicates.map((r) => r.channels[j]).filter((m) => m !== undefined);
    const mroi = marginalAt(model, current, scale);
    const carryoverShare = carryoverOf(model);
    return {
      name: model.name,
      spend,
      contribution,
      share: kpiTotal !== 0 ? contribution / kpiTotal : 0,
      roi: spend > 0 ? contribution / spend : 0,
      mroi,
      interval: {
        contribution: contributionIv,
        share: scaleBy(kpiTotal !== 0 ? 1 / kpiTotal : 0),
        roi: scaleBy(spend > 0 ? 1 / spend : 0),
        mroi: mroiIntervals(mroi, drawn, current, scale, frequency),
        carryoverShare: carryoverIntervals(carryoverShare, drawn, frequency),
      },
      carryoverShare,
      adstock: model.adstock,
      saturation: model.saturation,
      beta: model.beta,
      responseCurve: responseCurve(model, current, scale),
    };
  });
}
