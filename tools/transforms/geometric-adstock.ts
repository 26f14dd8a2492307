/**
 * Geometric adstock (carryover) with weights normalised to sum to one over `maxLag` periods:
 * w_l = theta^l / sum_{j<maxLag} theta^j. A constant spend s therefore adstocks to s once the
 * window is full, so adstocked spend stays in spend units and the response curve reads per period.
 */
export function geometricWeights(theta: number, maxLag: number): Float64Array {
  if (!(theta >= 0 && theta < 1)) throw new RangeError(`theta must be in [0, 1), got ${theta}`);
  if (!Number.isInteger(maxLag) || maxLag < 1) throw new RangeError(`maxLag must be >= 1`);
  const w = new Float64Array(maxLag);
  let sum = 0;
  let v = 1;
  for (let l = 0; l < maxLag; l++) {
    w[l] = v;
    sum += v;
    v *= theta;
  }
  for (let l = 0; l < maxLag; l++) w[l] = (w[l] as number) / sum;
  return w;
}
