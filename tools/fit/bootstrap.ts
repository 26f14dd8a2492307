import type { ChannelResponseModel } from '../model/model-types';
import type { Rng } from '../model/random';
import { type CoreFit, type CoreInputs, refitCore } from './fit-core';

/** Per-channel statistics of one bootstrap replicate, plus its response models. */
export interface Replicate {
  contribution: number[];
  channels: ChannelResponseModel[];
}

/** Lag-1 autocorrelation of a series (0 when it has no variance). */
export function lag1(x: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let t = 0; t < x.length; t++) {
    den += (x[t] as number) ** 2;
    if (t > 0) num += (x[t] as number) * (x[t - 1] as number);
  }
  return den > 0 ? num / den : 0;
}

/**
 * Block length of the moving-block bootstrap from the residuals' own persistence: the
 * AR(1)-plug-in optimum b = (3n/2)^(1/3) · (2ρ/(1−ρ²))^(2/3) (Politis and White), at least 1
 * (independent residuals need no blocks) and at most n/4.
 */
export function blockLength(residuals: Float64Array): number {
  const n = residuals.length;
  const rho = Math.min(0.9, Math.max(0, lag1(residuals)));
  const b = Math.cbrt(1.5 * n) * ((2 * rho) / (1 - rho * rho)) ** (2 / 3);
  return Math.max(1, Math.min(Math.floor(n / 4), Math.round(b)));
}

/** Residuals resampled in moving blocks of length `b` (time order kept inside each block), centred. */
export function resampleBlocks(residuals: Float64Array, b: number, rng: Rng): Float64Array {
  const n = residuals.length;
  const out = new Float64Array(n);
  let t = 0;
  while (t < n) {
    const start = rng.int(n - b + 1);
    for (let k = 0; k < b && t < n; k++, t++) out[t] = residuals[start + k] as number;
  }
  let mean = 0;
  for (const v of out) mean += v / n;
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) - mean;
  return out;
}

/**
 * Replicates that carry the three sources of uncertainty of a fit: which transform parameters
 * (each replicate starts from a state drawn from the near-optimal region the sampler explored,
 * so model-selection uncertainty is included), noise in the KPI (moving-block residual
 * bootstrap, blocks as long as the residuals' persistence asks, residuals rescaled by
 * √(n / (n − parameters)) because fitted residuals understate the noise), and the refit itself
 * (an exact linear refit on the resampled KPI, after an optional local re-search of the transforms).
 */
export function bootstrapReplicates(
  inputs: CoreInputs,
  point: CoreFit,
  fitted: Float64Array,
  y: Float64Array,
  replicates: number,
  rng: Rng,
  toModels: (fit: CoreFit) => ChannelResponseModel[],
  steps: number[] = [],
): Replicate[] {
  const n = y.length;
  const params = inputs.base.columns.length + point.params.length * 4;
  const inflate = Math.sqrt(n / Math.max(n / 2, n - params));
  const residuals = y.map((v, t) => inflate * (v - (fitted[t] as number)));
  const b = blockLength(residuals);
  const pool = point.samples.length > 0 ? point.samples : [point];
  const pb = inputs.base.columns.length;
  const out: Replicate[] = [];
  for (let r = 0; r < replicates; r++) {
    const from = pool[rng.int(pool.length)] as (typeof pool)[number];
    const noise = resampleBlocks(residuals, b, rng);
    const ystar = fitted.map((v, t) => v + (noise[t] as number));
    const fit = refitCore(inputs, ystar, from, steps);
    out.push({
      contribution: inputs.spends.map(
        (_, j) => (fit.coef[pb + j] as number) * sum(fit.columns[pb + j] as Float64Array),
      ),
      channels: toModels(fit),
    });
  }
  return out;
}

function sum(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x;
  return s;
}
