import { adstockWeights } from '../model/channel-response';
import type { AdstockSpec, ChannelResponseModel } from '../model/model-types';
import { hill, hillDerivative } from '../transforms/hill-saturation';
import { type LayoutChoice, spendPattern } from './spend-pattern';

/**
 * A channel's media KPI over the horizon (plus carryover tail) as a function of its total horizon
 * spend: the same quantity as `channelHorizonKpi`, precomputed for fast repeated evaluation.
 */
export interface HorizonCurve {
  name: string;
  value(total: number): number;
  /** d value / d total: KPI per extra unit of horizon spend. */
  marginal(total: number): number;
  /** Second derivative (central difference of the exact marginal). */
  curvature(total: number): number;
}

/**
 * Adstocked spend over the horizon and tail for a total x laid out by the channel's spend pattern:
 * period k (with `count` identical consecutive periods merged) sees a[k] + b[k] * x.
 */
export interface AdstockShape {
  a: Float64Array;
  b: Float64Array;
  count: Float64Array;
}

/**
 * With spend x * pattern_i in horizon period i (`spendPattern` in the given layout), history
 * before it and none after, the adstocked spend of period t is a_t + b_t * x (a_t from history,
 * b_t the lag weights times the pattern's shares that fall in the horizon). Identical consecutive
 * periods are merged, so with an even pattern one evaluation costs about 2 * maxLag Hill calls
 * whatever the horizon.
 */
export function adstockShape(
  adstock: AdstockSpec,
  periods: number,
  history: ArrayLike<number>,
  tail: number,
  layout: LayoutChoice = 'historical',
): AdstockShape {
  const w = adstockWeights(adstock);
  const p = history.length;
  const pattern = spendPattern(history, periods, layout);
  const as: number[] = [];
  const bs: number[] = [];
  const counts: number[] = [];
  for (let t = 0; t < periods + tail; t++) {
    let a = 0;
    let b = 0;
    for (let l = 0; l < w.length; l++) {
      const i = t - l;
      const wl = w[l] as number;
      if (i >= periods) continue;
      if (i >= 0) b += wl * (pattern[i] as number);
      else if (p + i >= 0) a += wl * (history[p + i] as number);
    }
    if (a === 0 && b === 0) continue;
    const last = as.length - 1;
    if (last >= 0 && as[last] === a && bs[last] === b) counts[last] = (counts[last] as number) + 1;
    else {
      as.push(a);
      bs.push(b);
      counts.push(1);
    }
  }
  return {
    a: Float64Array.from(as),
    b: Float64Array.from(bs),
    count: Float64Array.from(counts),
  };
}

/**
 * The horizon curve of a channel, laid out historically unless `shape` says otherwise: pass an
 * `adstockShape` to reuse one computed for the same adstock, or to lay the spend out evenly.
 */
export function horizonCurve(
  response: ChannelResponseModel,
  periods: number,
  history: ArrayLike<number>,
  tail: number,
  shape: AdstockShape = adstockShape(response.adstock, periods, history, tail),
): HorizonCurve {
  const { alpha, gamma } = response.saturation;
  const beta = response.beta;
  const { a: A, b: B, count: N } = shape;
  const n = A.length;
  const marginal = (x: number): number => {
    let s = 0;
    for (let k = 0; k < n; k++) {
      const bk = B[k] as number;
      s += (N[k] as number) * bk * hillDerivative((A[k] as number) + bk * x, alpha, gamma);
    }
    return beta * s;
  };
  return {
    name: response.name,
    value(x) {
      let s = 0;
      for (let k = 0; k < n; k++) {
        s += (N[k] as number) * hill((A[k] as number) + (B[k] as number) * x, alpha, gamma);
      }
      return beta * s;
    },
    marginal,
    curvature(x) {
      const h = Math.max(1e-6 * Math.abs(x), 1e-9 * gamma * periods, 1e-12);
      const lo = Math.max(0, x - h);
      return (marginal(x + h) - marginal(lo)) / (x + h - lo);
    },
  };
}
