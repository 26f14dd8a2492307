import type { ChannelResponseModel } from '../model/model-types';
import type { Rng } from '../model/random';
import { type CoreFit, type CoreInputs, refitCore } from './fit-core';

/** Per-channel statistics of one bootstrap replicate, plus its response models. */
export interface Replicate {
  contribution: number[];
  channels: ChannelResponseModel[];
}

/** Block length of the moving-block bootstrap: long enough to keep residual persistence. */
export function blockLength(n: number): number {
  return Math.max(3, Math.round(1.5 * Math.cbrt(n)));
}

/** Residuals resampled in moving blocks (time order kept inside each block), centred. */
export function resampleBlocks(residuals: Float64Array, rng: Rng): Float64Array {
  const n = residuals.length;
  const b = Math.min(n, blockLength(n));
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
 * Moving-block residual bootstrap: each replicate adds resampled residual blocks to the fitted
 * KPI and refits everything, nonlinear parameters included (a local search warm-started at the
 * point estimate), so the spread reflects both coefficient and transform uncertainty.
 */
export function bootstrapReplicates(
  inputs: CoreInputs,
  point: CoreFit,
  fitted: Float64Array,
  y: Float64Array,
  replicates: number,
  rng: Rng,
  toModels: (fit: CoreFit) => ChannelResponseModel[],
): Replicate[] {
  const residuals = y.map((v, t) => v - (fitted[t] as number));
  const pb = inputs.base.columns.length;
  const out: Replicate[] = [];
  for (let r = 0; r < replicates; r++) {
    const noise = resampleBlocks(residuals, rng);
    const ystar = fitted.map((v, t) => v + (noise[t] as number));
    const fit = refitCore(inputs, ystar, point, [0.2, 0.1, 0.05]);
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
