import { spendScale } from '../fit/media-params';
import { carryoverIntervals, marginalAt, mroiIntervals } from '../fit/response-intervals';
import {
  adstockWeights,
  steadyStateMarginal,
  steadyStateResponse,
} from '../model/channel-response';
import type { FittedModel, Interval } from '../model/model-types';

export interface ResponseCurveResult {
  channel: string;
  /** Steady spend per period and the KPI per period it brings, once carryover has settled. */
  points: { spend: number; kpi: number; mroi: number }[];
  /** `mroiInterval`: 80% and 95% intervals on `mroi` from the posterior draws' curves. */
  current: { spend: number; kpi: number; roi: number; mroi: number; mroiInterval?: Interval[] };
  /** Half-saturation: the spend per period where the channel reaches half its ceiling. */
  halfSaturationSpend: number;
  /** KPI per period at full saturation. */
  ceiling: number;
  /** Highest spend per period seen in the data: the curve beyond it is extrapolated. */
  observedMax: number;
  /** Where current spend sits: below the steepest point, past it, or near the ceiling. */
  position: 'building' | 'efficient' | 'saturating';
  periodUnit: string;
  /**
   * How the effect of one period's spend spreads over time (the fitted adstock): the share that
   * lands after the period of spend, and within how many periods (counting the period of spend)
   * half and 90% of it has landed; `interval`: 80% and 95% intervals on `laterShare`.
   */
  carryover?: {
    laterShare: number;
    interval?: Interval[];
    landed: { share: number; periods: number }[];
  };
}

/** Periods (counting the period of spend) until the cumulative lag weight reaches `share`. */
function periodsTo(weights: Float64Array, share: number): number {
  let sum = 0;
  for (let k = 0; k < weights.length; k++) {
    sum += weights[k] as number;
    if (sum >= share - 1e-12) return k + 1;
  }
  return weights.length;
}

/**
 * A channel's response curve around its current spend per period (the reference run-rate):
 * KPI per period and marginal ROI at steady spend levels from zero to `maxMultiple` × current.
 */
export function responseCurve(
  model: FittedModel,
  channel: string,
  currentPerPeriod: number,
  options: { maxMultiple?: number; points?: number; periodUnit?: string } = {},
): ResponseCurveResult {
  const response = model.responses.find((r) => r.name === channel);
  if (!response) throw new Error(`no response model for ${channel}`);
  const observedMax = Math.max(0, ...(model.spendHistory[channel] ?? []));
  const top = Math.max(currentPerPeriod, 1e-9) * (options.maxMultiple ?? 2);
  const n = options.points ?? 41;
  const points = Array.from({ length: n }, (_, i) => {
    const spend = (top * i) / (n - 1);
    return {
      spend,
      kpi: steadyStateResponse(response, spend),
      mroi: steadyStateMarginal(response, spend),
    };
  });
  const kpi = steadyStateResponse(response, currentPerPeriod);
  const { alpha, gamma } = response.saturation;
  // Steepest point of the Hill curve: x* = gamma * ((alpha-1)/(alpha+1))^(1/alpha) for alpha > 1, else 0.
  const steepest = alpha > 1 ? gamma * ((alpha - 1) / (alpha + 1)) ** (1 / alpha) : 0;
  const fill = kpi / response.beta;
  const weights = adstockWeights(response.adstock);
  const drawn = (model.draws ?? []).flatMap((d) => d.channels.filter((c) => c.name === channel));
  const history = model.spendHistory[channel] ?? [];
  // Read as the fit reads it: where the curve is vertical at zero spend, at 1% of the spend scale.
  const mroi = marginalAt(response, currentPerPeriod, spendScale(history));
  const laterShare = 1 - (weights[0] ?? 1);
  return {
    channel,
    points,
    current: {
      spend: currentPerPeriod,
      kpi,
      roi: currentPerPeriod > 0 ? kpi / currentPerPeriod : 0,
      mroi,
      mroiInterval: mroiIntervals(
        mroi,
        drawn,
        currentPerPeriod,
        spendScale(history),
        model.frequency,
      ),
    },
    halfSaturationSpend: gamma,
    ceiling: response.beta,
    observedMax,
    position: fill >= 0.75 ? 'saturating' : currentPerPeriod < steepest ? 'building' : 'efficient',
    periodUnit: options.periodUnit ?? model.frequency.replace('ly', '').replace('dai', 'day'),
    carryover: {
      laterShare,
      interval: carryoverIntervals(laterShare, drawn, model.frequency),
      landed: [0.5, 0.9].map((share) => ({ share, periods: periodsTo(weights, share) })),
    },
  };
}
