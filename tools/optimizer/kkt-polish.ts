import type { HorizonCurve } from '../scenario/horizon-curve';

/**
 * Refines a near-optimal allocation to the exact optimality conditions (KKT): every channel
 * strictly between its bounds ends with the same marginal return λ, channels at a lower bound
 * have a marginal ≤ λ and at an upper bound ≥ λ. Newton steps on (x, λ) over the free channels
 * keep Σ x fixed; a step that would cross a bound is shortened to stop there and the channel is
 * fixed (active set); fixed channels whose marginal says they want back in are released. Each step
 * moves a channel by at most `reach` and needs a locally concave curve, so the refinement stays on
 * the branch the global grid search chose. Returns undefined when the conditions cannot be met
 * locally (the caller keeps its start).
 */
export function polishAllocation(
  curves: HorizonCurve[],
  start: number[],
  lo: number[],
  hi: number[],
  total: number,
  reach: number,
): number[] | undefined {
  const n = curves.length;
  const x = [...start];
  const scale = Math.max(1, Math.abs(total));
  const tol = 1e-10 * scale;
  const free = x.map((v, c) => v > (lo[c] as number) + tol && v < (hi[c] as number) - tol);
  for (let iter = 0; iter < 300; iter++) {
    const step = newtonStep(curves, x, free, total);
    if (step === undefined) return undefined;
    let biggest = 0;
    for (const d of step.values()) biggest = Math.max(biggest, Math.abs(d));
    let t = biggest > reach ? reach / biggest : 1;
    let blocking = -1;
    for (const [c, d] of step) {
      const room =
        d > 0 ? (hi[c] as number) - (x[c] as number) : (x[c] as number) - (lo[c] as number);
      if (Math.abs(d) * t > room) {
        t = Math.max(0, room / Math.abs(d));
        blocking = c;
      }
    }
    for (const [c, d] of step) x[c] = (x[c] as number) + t * d;
    if (blocking >= 0) {
      const d = step.get(blocking) as number;
      x[blocking] = d > 0 ? (hi[blocking] as number) : (lo[blocking] as number);
      free[blocking] = false;
      continue;
    }
    if (biggest * t > 1e-11 * scale) continue;
    const lambda = commonMarginal(curves, x, free);
    if (lambda === undefined) return x;
    let released = false;
    for (let c = 0; c < n; c++) {
      if (free[c] || (lo[c] as number) >= (hi[c] as number)) continue;
      const m = curves[c]?.marginal(x[c] as number) as number;
      const atLo = (x[c] as number) <= (lo[c] as number) + tol;
      if ((atLo && m > lambda * (1 + 1e-9)) || (!atLo && m < lambda * (1 - 1e-9))) {
        free[c] = true;
        released = true;
      }
    }
    if (!released) return x;
  }
  return undefined;
}

/** Median marginal of the free channels (they are equal after Newton), or undefined if none. */
export function commonMarginal(
  curves: HorizonCurve[],
  x: number[],
  free: boolean[],
): number | undefined {
  const ms = curves.flatMap((curve, c) => (free[c] ? [curve.marginal(x[c] as number)] : []));
  if (ms.length === 0) return undefined;
  ms.sort((a, b) => a - b);
  return ms[Math.floor((ms.length - 1) / 2)];
}

/**
 * Newton direction for the free channels: f'_c(x_c + dx_c) ≈ λ with Σ dx = (total − Σ x).
 * Undefined when a free curve is not locally concave.
 */
function newtonStep(
  curves: HorizonCurve[],
  x: number[],
  free: boolean[],
  total: number,
): Map<number, number> | undefined {
  const idx = free.flatMap((f, c) => (f ? [c] : []));
  const step = new Map<number, number>();
  const gap = total - x.reduce((s, v) => s + v, 0);
  if (idx.length === 0) return step;
  if (idx.length === 1) {
    step.set(idx[0] as number, gap);
    return step;
  }
  let sumGH = 0;
  let sumInvH = 0;
  const g: number[] = [];
  const h: number[] = [];
  for (const c of idx) {
    const curve = curves[c] as HorizonCurve;
    const gc = curve.marginal(x[c] as number);
    const hc = curve.curvature(x[c] as number);
    if (!(hc < 0) || !Number.isFinite(gc)) return undefined;
    g.push(gc);
    h.push(hc);
    sumGH += gc / hc;
    sumInvH += 1 / hc;
  }
  const lambda = (gap + sumGH) / sumInvH;
  idx.forEach((c, k) => {
    step.set(c, (lambda - (g[k] as number)) / (h[k] as number));
  });
  return step;
}
