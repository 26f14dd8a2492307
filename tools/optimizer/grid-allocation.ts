import type { HorizonCurve } from '../scenario/horizon-curve';

/**
 * Global allocation on a grid: splits `total` among channels with lo ≤ x ≤ hi, maximising the sum
 * of the curves, by dynamic programming over `units` equal steps of (total - Σ lo). Exact on the
 * grid for any curve shape (S-shaped curves included), O(channels × units²). Returns the spends;
 * when caps fall between grid points a small remainder may be left for the caller to place.
 */
export function gridAllocate(
  curves: HorizonCurve[],
  lo: number[],
  hi: number[],
  total: number,
  units: number,
): number[] {
  const n = curves.length;
  const sumLo = lo.reduce((s, v) => s + v, 0);
  const room = total - sumLo;
  if (n === 0) return [];
  if (!(room > 0)) return [...lo];
  const step = room / units;
  const K = hi.map((h, c) => {
    const span = h - (lo[c] as number);
    return Number.isFinite(span) ? Math.min(units, Math.floor(span / step + 1e-9)) : units;
  });
  const G = Math.min(
    units,
    K.reduce((s, k) => s + k, 0),
  );
  const tables = curves.map((curve, c) => {
    const k = K[c] as number;
    const f = new Float64Array(k + 1);
    for (let j = 0; j <= k; j++) f[j] = curve.value((lo[c] as number) + j * step);
    return f;
  });
  const choice: Int32Array[] = [];
  let prev = new Float64Array(G + 1).fill(Number.NEGATIVE_INFINITY);
  const first = tables[0] as Float64Array;
  const c0 = new Int32Array(G + 1);
  for (let j = 0; j <= Math.min(G, first.length - 1); j++) {
    prev[j] = first[j] as number;
    c0[j] = j;
  }
  choice.push(c0);
  for (let c = 1; c < n; c++) {
    const f = tables[c] as Float64Array;
    const kmax = f.length - 1;
    const cur = new Float64Array(G + 1);
    const arg = new Int32Array(G + 1);
    for (let j = 0; j <= G; j++) {
      let best = Number.NEGATIVE_INFINITY;
      let bestK = 0;
      const top = Math.min(j, kmax);
      for (let k = 0; k <= top; k++) {
        const v = (prev[j - k] as number) + (f[k] as number);
        if (v > best) {
          best = v;
          bestK = k;
        }
      }
      cur[j] = best;
      arg[j] = bestK;
    }
    choice.push(arg);
    prev = cur;
  }
  const x = new Array<number>(n);
  let j = G;
  for (let c = n - 1; c >= 0; c--) {
    const k = (choice[c] as Int32Array)[j] as number;
    x[c] = Math.min(hi[c] as number, (lo[c] as number) + k * step);
    j -= k;
  }
  return x;
}

/**
 * Places whatever of `total` the spends do not yet sum to: extra money goes to the channel with
 * the highest marginal return that has room, cuts come from the lowest; repeated until placed.
 */
export function placeRemainder(
  curves: HorizonCurve[],
  x: number[],
  lo: number[],
  hi: number[],
  total: number,
): number[] {
  const out = [...x];
  for (let guard = 0; guard < 4 * curves.length + 4; guard++) {
    const rest = total - out.reduce((s, v) => s + v, 0);
    if (Math.abs(rest) <= 1e-12 * Math.max(1, Math.abs(total))) break;
    let pick = -1;
    let best = rest > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    curves.forEach((curve, c) => {
      const v = out[c] as number;
      const canMove = rest > 0 ? v < (hi[c] as number) : v > (lo[c] as number);
      if (!canMove) return;
      const m = curve.marginal(v);
      if (rest > 0 ? m > best : m < best) {
        best = m;
        pick = c;
      }
    });
    if (pick < 0) break;
    const v = out[pick] as number;
    out[pick] =
      rest > 0 ? Math.min(hi[pick] as number, v + rest) : Math.max(lo[pick] as number, v + rest);
  }
  return out;
}

/**
 * Bounds that fall between grid points leave a channel just short of its bound. Tries moving each
 * such channel onto its bound, trading the difference with whichever other channel gains most,
 * and keeps every trade that raises the total.
 */
export function snapToBounds(
  curves: HorizonCurve[],
  x: number[],
  lo: number[],
  hi: number[],
  within: number,
): number[] {
  const out = [...x];
  for (let c = 0; c < curves.length; c++) {
    for (const target of [hi[c] as number, lo[c] as number]) {
      const d = target - (out[c] as number);
      if (d === 0 || !(Math.abs(d) <= within)) continue;
      const gainC =
        (curves[c] as HorizonCurve).value(target) -
        (curves[c] as HorizonCurve).value(out[c] as number);
      let best = 0;
      let pick = -1;
      for (let j = 0; j < curves.length; j++) {
        if (j === c) continue;
        const next = (out[j] as number) - d;
        if (next < (lo[j] as number) || next > (hi[j] as number)) continue;
        const curve = curves[j] as HorizonCurve;
        const gain = gainC + curve.value(next) - curve.value(out[j] as number);
        if (gain > best) {
          best = gain;
          pick = j;
        }
      }
      if (pick >= 0) {
        out[pick] = (out[pick] as number) - d;
        out[c] = target;
      }
    }
  }
  return out;
}
