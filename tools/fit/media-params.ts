import { adstockWeights } from '../model/channel-response';
import type { AdstockSpec } from '../model/model-types';
import { convolveLags } from '../transforms/convolve';
import { hill } from '../transforms/hill-saturation';

/**
 * A channel's nonlinear parameters in search coordinates, each in [0, 1]: `carry` is geometric
 * theta or Weibull shape, `delay` the Weibull scale, `alpha` the Hill exponent and `gamma` the
 * half-saturation point as a multiple of the channel's mean non-zero spend.
 */
export interface MediaParams {
  family: 'geometric' | 'weibull';
  carry: number;
  delay: number;
  alpha: number;
  gamma: number;
}

const THETA_MAX = 0.9;
const lerp = (a: number, b: number, u: number) => a + (b - a) * u;
const logLerp = (a: number, b: number, u: number) => a * (b / a) ** u;

/** The adstock a parameter vector stands for. */
export function toAdstock(p: MediaParams, maxLag: number): AdstockSpec {
  if (p.family === 'geometric')
    return { type: 'geometric', theta: lerp(0, THETA_MAX, p.carry), maxLag };
  return {
    type: 'weibull',
    shape: logLerp(0.5, 5, p.carry),
    scale: logLerp(0.3, Math.max(1, maxLag / 2), p.delay),
    maxLag,
  };
}

export function toAlpha(p: MediaParams): number {
  return lerp(0.5, 3, p.alpha);
}

/** Half-saturation point in spend units. */
export function toGamma(p: MediaParams, spendScale: number): number {
  return logLerp(0.2, 3, p.gamma) * spendScale;
}

/** hill(adstock(spend)) for one channel: its regression column (in [0, 1)). */
export function mediaColumn(
  spend: Float64Array,
  p: MediaParams,
  maxLag: number,
  spendScale: number,
): Float64Array {
  const x = convolveLags(spend, adstockWeights(toAdstock(p, maxLag)));
  const alpha = toAlpha(p);
  const gamma = toGamma(p, spendScale);
  for (let t = 0; t < x.length; t++) x[t] = hill(x[t] as number, alpha, gamma);
  return x;
}

/** Mean of the non-zero spends: the unit gamma is searched in. */
export function spendScale(spend: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < spend.length; t++) {
    const v = spend[t] as number;
    if (v > 0) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : 1;
}
