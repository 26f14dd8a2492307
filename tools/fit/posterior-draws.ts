import type { ChannelResponseModel } from '../model/model-types';
import type { Rng } from '../model/random';
import { solveBoundedQuadratic } from './bounded-ridge';
import { sampleCoefficients } from './coefficient-sampler';
import type { CoreFit } from './fit-core';
import type { MediaParams } from './media-params';
import { type SearchContext, setChannel, toLambda } from './search';

/** Per-channel contributions of one interval draw, plus its response models. */
export interface Replicate {
  contribution: number[];
  channels: ChannelResponseModel[];
  /** The draw's coefficient of each baseline column (per unit of the column). */
  base: number[];
}

/**
 * Gibbs sweeps per draw, started at the ridge optimum: per-channel draw spreads at 300 and 1000
 * sweeps match those at 60 within sampling noise on tuning seeds, so 150 leaves a margin.
 */
const SWEEPS = 150;

/**
 * Interval draws from the joint posterior of transforms and coefficients: each draw takes a
 * transform state from the near-optimal region the sampler explored (model-selection
 * uncertainty), then draws every linear coefficient from its truncated Gaussian posterior given
 * those transforms (media effects and intercept non-negative), with the residual variance of
 * that state inflated by the residuals' persistence (periods / effective periods). Collinear
 * channels therefore trade credit in the draws instead of each sitting at its ridge optimum.
 */
export function posteriorReplicates(
  ctx: SearchContext,
  point: CoreFit,
  replicates: number,
  rng: Rng,
  toModels: (fit: { params: MediaParams[]; coef: Float64Array }) => ChannelResponseModel[],
): Replicate[] {
  const pr = ctx.problem;
  const seg = pr.allSegment;
  const pool = point.samples.length > 0 ? point.samples : [point];
  const persistence = Number.isFinite(point.nEff)
    ? Math.max(1, pr.layout.trainEnd / Math.max(1, point.nEff))
    : 1;
  const out: Replicate[] = [];
  for (let r = 0; r < replicates; r++) {
    const from = pool[poolIndex(r, pool.length)] as (typeof pool)[number];
    from.params.forEach((p, j) => {
      setChannel(ctx, j, p);
    });
    const eq = pr.normalEquations(seg, toLambda(from.penalty));
    const start = solveBoundedQuadratic(eq.H, eq.c, eq.nonNegative);
    const fitCoef = start.map((b, i) => b / (eq.scale[i] as number));
    let sse = 0;
    for (let s = 0; s < seg; s++) sse += pr.segmentSse(s, fitCoef);
    const sigma2 = (persistence * sse) / Math.max(1, eq.rows - pr.p);
    const b = sampleCoefficients(eq, start, sigma2, SWEEPS, rng);
    const coef = b.map((v, i) => v / (eq.scale[i] as number));
    out.push({
      contribution: Array.from(
        { length: pr.pm },
        (_, j) => (coef[pr.pb + j] as number) * pr.columnSum(pr.pb + j, seg),
      ),
      channels: toModels({ params: from.params, coef }),
      base: Array.from(coef.subarray(0, pr.pb)),
    });
  }
  return out;
}

/** Golden-ratio fraction: consecutive multiples of it spread evenly over [0, 1) at any length. */
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * Pool state of draw r: a Weyl (golden-ratio) sequence instead of independent picks, so the first
 * N draws cover the near-best region evenly for every N. Independent picks left the median of 100
 * draws up to a point off between blocks of draws on the PyMC-Marketing example.
 */
export function poolIndex(r: number, size: number): number {
  return Math.min(size - 1, Math.floor((((r + 1) * GOLDEN) % 1) * size));
}
