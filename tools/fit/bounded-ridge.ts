/**
 * Solves min ½ bᵀHb − cᵀb subject to b_j ≥ 0 for the flagged coefficients (H symmetric positive
 * definite, row-major p×p) by a primal active-set method (Lawson-Hanson generalised to a quadratic
 * with free coefficients). Exact at convergence; `start` warm-starts from a feasible point.
 */
export function solveBoundedQuadratic(
  H: Float64Array,
  c: Float64Array,
  nonNegative: readonly boolean[],
  start?: Float64Array,
): Float64Array {
  const p = c.length;
  const x = new Float64Array(p);
  const free = new Array<boolean>(p);
  for (let j = 0; j < p; j++) {
    const s = start?.[j] ?? 0;
    free[j] = !nonNegative[j] || s > 0;
  }
  const tol = 1e-10 * (1 + maxAbs(c));
  for (let outer = 0; outer < 4 * p + 10; outer++) {
    for (let inner = 0; inner < 2 * p + 5; inner++) {
      const z = solveOnFree(H, c, free);
      let alpha = 1;
      let blocking = -1;
      for (let j = 0; j < p; j++) {
        if (!free[j] || !nonNegative[j] || (z[j] as number) > 0) continue;
        const xj = x[j] as number;
        const step = xj <= 0 ? 0 : xj / (xj - (z[j] as number));
        if (step < alpha) {
          alpha = step;
          blocking = j;
        }
      }
      for (let j = 0; j < p; j++)
        x[j] = (x[j] as number) + alpha * ((z[j] as number) - (x[j] as number));
      if (blocking < 0) break;
      for (let j = 0; j < p; j++) {
        if (
          free[j] &&
          nonNegative[j] &&
          (x[j] as number) <= 1e-14 * (1 + Math.abs(z[j] as number))
        ) {
          free[j] = false;
          x[j] = 0;
        }
      }
    }
    let best = -1;
    let bestGrad = tol;
    for (let j = 0; j < p; j++) {
      if (free[j]) continue;
      let g = c[j] as number;
      for (let k = 0; k < p; k++) g -= (H[j * p + k] as number) * (x[k] as number);
      if (g > bestGrad) {
        bestGrad = g;
        best = j;
      }
    }
    if (best < 0) return x;
    free[best] = true;
  }
  return x;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const a of v) m = Math.max(m, Math.abs(a));
  return m;
}

/** Unconstrained minimiser on the free coordinates (others zero) by Cholesky. */
function solveOnFree(H: Float64Array, c: Float64Array, free: boolean[]): Float64Array {
  const p = c.length;
  const idx: number[] = [];
  for (let j = 0; j < p; j++) if (free[j]) idx.push(j);
  const m = idx.length;
  const L = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const hi = (idx[i] as number) * p;
    for (let j = 0; j <= i; j++) {
      let s = H[hi + (idx[j] as number)] as number;
      for (let k = 0; k < j; k++) s -= (L[i * m + k] as number) * (L[j * m + k] as number);
      if (i === j)
        L[i * m + i] = Math.sqrt(
          Math.max(s, 1e-12 * (1 + Math.abs(H[hi + (idx[i] as number)] as number))),
        );
      else L[i * m + j] = s / (L[j * m + j] as number);
    }
  }
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = c[idx[i] as number] as number;
    for (let k = 0; k < i; k++) s -= (L[i * m + k] as number) * (w[k] as number);
    w[i] = s / (L[i * m + i] as number);
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = w[i] as number;
    for (let k = i + 1; k < m; k++) s -= (L[k * m + i] as number) * (w[k] as number);
    w[i] = s / (L[i * m + i] as number);
  }
  const z = new Float64Array(p);
  for (let i = 0; i < m; i++) z[idx[i] as number] = w[i] as number;
  return z;
}
