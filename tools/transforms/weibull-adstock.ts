/**
 * Weibull-PDF adstock (as in Robyn's `weibull_pdf`): lag weights follow the Weibull density with
 * `shape` k and `scale` λ (in periods), evaluated at lags 1..maxLag and normalised to sum to one.
 * Shape < 1 decays from the first period like geometric; shape > 1 peaks later (delayed effect).
 */
export function weibullWeights(shape: number, scale: number, maxLag: number): Float64Array {
  if (!(shape > 0)) throw new RangeError(`shape must be > 0, got ${shape}`);
  if (!(scale > 0)) throw new RangeError(`scale must be > 0, got ${scale}`);
  if (!Number.isInteger(maxLag) || maxLag < 1) throw new RangeError(`maxLag must be >= 1`);
  const w = new Float64Array(maxLag);
  let sum = 0;
  for (let l = 0; l < maxLag; l++) {
    const x = (l + 1) / scale;
    const d = (shape / scale) * x ** (shape - 1) * Math.exp(-(x ** shape));
    w[l] = d;
    sum += d;
  }
  if (!(sum > 0)) {
    w.fill(0);
    w[0] = 1;
    return w;
  }
  for (let l = 0; l < maxLag; l++) w[l] = (w[l] as number) / sum;
  return w;
}
