import { convolveLags } from '../transforms/convolve';
import { geometricWeights } from '../transforms/geometric-adstock';
import { hill, hillDerivative } from '../transforms/hill-saturation';
import { weibullWeights } from '../transforms/weibull-adstock';
import type { AdstockSpec, ChannelResponseModel } from './model-types';

/** Lag weights (summing to one) of an adstock specification. */
export function adstockWeights(spec: AdstockSpec): Float64Array {
  return spec.type === 'geometric'
    ? geometricWeights(spec.theta, spec.maxLag)
    : weibullWeights(spec.shape, spec.scale, spec.maxLag);
}

/**
 * KPI contribution per period of a channel's spend series: beta * hill(adstock(spend)).
 * `history` is the spend before the series (most recent last), so carryover into the series
 * from earlier periods is counted.
 */
export function channelContribution(
  model: ChannelResponseModel,
  spend: ArrayLike<number>,
  history: ArrayLike<number> = [],
): Float64Array {
  const adstocked = convolveLags(spend, adstockWeights(model.adstock), history);
  const { alpha, gamma } = model.saturation;
  for (let t = 0; t < adstocked.length; t++) {
    adstocked[t] = model.beta * hill(adstocked[t] as number, alpha, gamma);
  }
  return adstocked;
}

/**
 * KPI per period once a constant spend per period has run long enough for carryover to settle.
 * Because adstock weights sum to one, the adstocked spend equals the spend itself.
 */
export function steadyStateResponse(model: ChannelResponseModel, spendPerPeriod: number): number {
  return model.beta * hill(spendPerPeriod, model.saturation.alpha, model.saturation.gamma);
}

/** d(steady-state KPI per period)/d(spend per period): the marginal ROI at that spend level. */
export function steadyStateMarginal(model: ChannelResponseModel, spendPerPeriod: number): number {
  return (
    model.beta * hillDerivative(spendPerPeriod, model.saturation.alpha, model.saturation.gamma)
  );
}
