import type { BaseDesign } from './baseline-design';
import { solveBoundedQuadratic } from './bounded-ridge';
import type { Calibration } from './lift-tests';

/**
 * A weak hierarchical prior on channel ROI: each channel's ROI is drawn around a pooled ROI
 * (itself free) with a relative spread, and the residual variance puts it on the data's scale.
 */
export interface RoiPrior {
  /** Residual variance per period of a preliminary fit. */
  sigma2: number;
  /** Pooled ROI (KPI per unit of spend) of the preliminary fit. */
  roi: number;
  /** Prior sd of a channel's ROI relative to the pooled ROI. */
  spread: number;
}

/**
 * Scaled coefficient per unit of ROI of a channel with `spend` over a window where its column
 * sums to `sum`: b = k · ROI (0 when it has no spend or no response there).
 */
function roiLoading(spend: number, scale: number, sum: number): number {
  return sum > 0 && spend > 0 ? (spend * scale) / sum : 0;
}

/** Where the data are cut: rolling-origin folds inside the training window, then the holdout. */
export interface ProblemLayout {
  n: number;
  /** First period of the holdout (n when there is none). */
  trainEnd: number;
  /** First period of each validation block, ascending; the last block ends at `trainEnd`. */
  foldStarts: number[];
}

/** Out-of-sample error and decomposition plausibility of one candidate. */
export interface Evaluation {
  /** RMSE over the validation blocks divided by the training sd of the KPI. */
  cv: number;
  /** In-sample RMSE of the training fit divided by the training sd of the KPI. */
  fit: number;
  /** Robyn's DECOMP.RSSD on the training fit: distance of effect shares from spend shares. */
  rssd: number;
}

/** Scaled ridge normal equations of one window (see `ProjectionProblem.normalEquations`). */
export interface NormalEquations {
  H: Float64Array;
  c: Float64Array;
  scale: Float64Array;
  rows: number;
  nonNegative: readonly boolean[];
}

/**
 * The linear half of variable projection: with the media columns fixed by the nonlinear
 * parameters, solves the bounded ridge regression exactly from Gram matrices kept per time
 * segment, so changing one channel updates one row and each fold's fit costs O(p³), not O(n p²).
 */
export class ProjectionProblem {
  readonly p: number;
  readonly pb: number;
  readonly pm: number;
  readonly columns: Float64Array[];
  private readonly bounds: number[];
  private readonly S: Float64Array[];
  private readonly C: Float64Array[];
  private readonly YY: number[];
  /** Spend of each channel in each segment (for the pooled-ROI shrinkage). */
  private readonly spendSeg: number[][];
  private readonly nonNegative: boolean[];
  private readonly penalized: boolean[];
  private readonly warm = new Map<number, Float64Array>();
  /** Shrinkage of channel ROIs toward a pooled ROI; without it media are ridge-shrunk to zero. */
  roiPrior: RoiPrior | undefined;
  /** Lift tests the tested channels' ROIs are pulled toward (a one-channel test replaces its ridge). */
  calibration: Calibration | undefined;
  private readonly trainSeg: number;
  private readonly sdTrain: number;

  constructor(
    readonly y: Float64Array,
    base: BaseDesign,
    pm: number,
    readonly layout: ProblemLayout,
    private readonly spendShares: number[],
    spends: Float64Array[] = [],
  ) {
    this.pb = base.columns.length;
    this.pm = pm;
    this.p = this.pb + pm;
    const n = layout.n;
    this.columns = [...base.columns, ...Array.from({ length: pm }, () => new Float64Array(n))];
    this.bounds = [...new Set([0, ...layout.foldStarts, layout.trainEnd, n])].sort((a, b) => a - b);
    this.trainSeg = this.bounds.indexOf(layout.trainEnd);
    this.nonNegative = [...base.nonNegative, ...Array<boolean>(pm).fill(true)];
    this.penalized = [...base.penalized, ...Array<boolean>(pm).fill(true)];
    const segs = this.bounds.length - 1;
    this.S = Array.from({ length: segs }, () => new Float64Array(this.p * this.p));
    this.C = Array.from({ length: segs }, () => new Float64Array(this.p));
    this.YY = Array.from({ length: segs }, (_, s) => this.dot(y, y, s));
    this.spendSeg = Array.from({ length: segs }, (_, s) =>
      Array.from({ length: pm }, (_, j) => {
        const x = spends[j];
        let v = 0;
        if (x)
          for (let t = this.bounds[s] as number; t < (this.bounds[s + 1] as number); t++)
            v += x[t] as number;
        return v;
      }),
    );
    for (let i = 0; i < this.p; i++) this.updateRow(i, i + 1);
    let mean = 0;
    for (let t = 0; t < layout.trainEnd; t++) mean += y[t] as number;
    mean /= layout.trainEnd;
    let ss = 0;
    for (let t = 0; t < layout.trainEnd; t++) ss += ((y[t] as number) - mean) ** 2;
    this.sdTrain = Math.sqrt(ss / layout.trainEnd) || 1;
  }

  private dot(a: Float64Array, b: Float64Array, seg: number): number {
    let s = 0;
    const end = this.bounds[seg + 1] as number;
    for (let t = this.bounds[seg] as number; t < end; t++) s += (a[t] as number) * (b[t] as number);
    return s;
  }

  /** Recomputes Gram entries (i, k) for k < upto, in every segment. */
  private updateRow(i: number, upto = this.p): void {
    const p = this.p;
    const ci = this.columns[i] as Float64Array;
    for (let s = 0; s < this.S.length; s++) {
      const G = this.S[s] as Float64Array;
      for (let k = 0; k < upto; k++) {
        const v = this.dot(ci, this.columns[k] as Float64Array, s);
        G[i * p + k] = v;
        G[k * p + i] = v;
      }
      (this.C[s] as Float64Array)[i] = this.dot(ci, this.y, s);
    }
  }

  /** Replaces media column j (0-based among channels). */
  setMedia(j: number, column: Float64Array): void {
    this.columns[this.pb + j] = column;
    this.updateRow(this.pb + j);
  }

  /**
   * The ridge normal equations on the periods before boundary index `segEnd`, in coordinates
   * scaled by each column's root mean square (`b = scale · coef`): minimise ½ bᵀHb − cᵀb.
   */
  normalEquations(segEnd: number, lambda: number): NormalEquations {
    const p = this.p;
    const G = new Float64Array(p * p);
    const c = new Float64Array(p);
    for (let s = 0; s < segEnd; s++) {
      const Gs = this.S[s] as Float64Array;
      const Cs = this.C[s] as Float64Array;
      for (let i = 0; i < p * p; i++) G[i] = (G[i] as number) + (Gs[i] as number);
      for (let i = 0; i < p; i++) c[i] = (c[i] as number) + (Cs[i] as number);
    }
    const rows = this.bounds[segEnd] as number;
    const prior = this.roiPrior;
    const pool = prior !== undefined && this.pm > 0;
    const q = pool ? p + 1 : p;
    const scale = new Float64Array(q);
    for (let i = 0; i < p; i++)
      scale[i] = Math.sqrt(Math.max((G[i * p + i] as number) / rows, 1e-24));
    const k = pool ? this.roiLoadings(segEnd, scale) : new Float64Array(0);
    const tests = this.calibration?.tests ?? [];
    // A test of one channel replaces its ridge; a joint test fixes only the sum, so the split
    // between its channels keeps the ridge.
    const tested = new Set(
      tests.flatMap((t) => (t.channels.length === 1 ? [this.pb + (t.channels[0] as number)] : [])),
    );
    const H = new Float64Array(q * q);
    const cs = new Float64Array(q);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++)
        H[i * q + j] = (G[i * p + j] as number) / ((scale[i] as number) * (scale[j] as number));
      const pooled = pool && i >= this.pb && (k[i - this.pb] as number) > 0;
      H[i * q + i] =
        (H[i * q + i] as number) +
        rows * ((this.penalized[i] && !pooled && !tested.has(i) ? lambda : 0) + 1e-9);
      cs[i] = (c[i] as number) / (scale[i] as number);
    }
    for (const t of tests) {
      // ½ (σ²/sd²) (a·b − roi)²: a·b is the tested channels' joint ROI over the test window
      // (a_i = column sum over the window / (scale_i · spend)), a rank-one term over them.
      const idx = t.channels.map((j) => this.pb + j);
      const a = idx.map((i) => {
        const col = this.columns[i] as Float64Array;
        let sum = 0;
        for (let r = t.start; r < t.end; r++) sum += col[r] as number;
        const kt = roiLoading(t.spend, scale[i] as number, sum);
        return kt > 0 ? 1 / kt : 0;
      });
      if (!a.some((v) => v > 0)) continue;
      const w = (this.calibration as Calibration).sigma2 / t.sd ** 2;
      idx.forEach((i, u) => {
        idx.forEach((j, v) => {
          H[i * q + j] = (H[i * q + j] as number) + w * (a[u] as number) * (a[v] as number);
        });
        cs[i] = (cs[i] as number) + w * t.roi * (a[u] as number);
      });
    }
    if (pool) {
      // ½ Σ w_j (b_j − k_j ρ)², w_j = σ² / (spread · ρ̂ · k_j)²; ρ is carried as r = K ρ.
      const K = Math.sqrt(k.reduce((a, v) => a + v * v, 0) / this.pm) || 1;
      const unit = prior.sigma2 / (prior.spread * prior.roi) ** 2;
      scale[p] = K;
      let rr = 0;
      for (let j = 0; j < this.pm; j++) {
        const kj = k[j] as number;
        if (!(kj > 0)) continue;
        const i = this.pb + j;
        const w = unit / (kj * kj);
        H[i * q + i] = (H[i * q + i] as number) + w;
        H[i * q + p] = -w * (kj / K);
        H[p * q + i] = -w * (kj / K);
        rr += unit / (K * K);
      }
      H[p * q + p] = rr + rows * 1e-9;
    }
    return {
      H,
      c: cs,
      scale,
      rows,
      nonNegative: pool ? [...this.nonNegative, true] : this.nonNegative,
    };
  }

  /**
   * Scaled coefficient per unit of ROI for each channel over the periods before `segEnd`:
   * b_j = k_j · ROI_j (0 when the channel has no spend or no response there).
   */
  private roiLoadings(segEnd: number, scale: Float64Array): Float64Array {
    const k = new Float64Array(this.pm);
    for (let j = 0; j < this.pm; j++) {
      let spend = 0;
      for (let s = 0; s < segEnd; s++) spend += (this.spendSeg[s] as number[])[j] as number;
      const sum = this.columnSum(this.pb + j, segEnd);
      k[j] = roiLoading(spend, scale[this.pb + j] as number, sum);
    }
    return k;
  }

  /** Ridge fit on the periods before boundary index `segEnd`; coefficients in original units. */
  solvePrefix(segEnd: number, lambda: number): Float64Array {
    const p = this.p;
    const { H, c, scale, nonNegative } = this.normalEquations(segEnd, lambda);
    const b = solveBoundedQuadratic(H, c, nonNegative, this.warm.get(segEnd));
    this.warm.set(segEnd, b);
    const coef = new Float64Array(p);
    for (let i = 0; i < p; i++) coef[i] = (b[i] as number) / (scale[i] as number);
    return coef;
  }

  /** Sum of squared errors of `coef` over segment `seg`. */
  segmentSse(seg: number, coef: Float64Array): number {
    const p = this.p;
    const G = this.S[seg] as Float64Array;
    const c = this.C[seg] as Float64Array;
    let quad = 0;
    let lin = 0;
    for (let i = 0; i < p; i++) {
      const bi = coef[i] as number;
      if (bi === 0) continue;
      lin += bi * (c[i] as number);
      let row = 0;
      for (let k = 0; k < p; k++) row += (G[i * p + k] as number) * (coef[k] as number);
      quad += bi * row;
    }
    return Math.max(0, (this.YY[seg] as number) - 2 * lin + quad);
  }

  /** Boundary index of the end of the training window and of the whole series. */
  get trainSegment(): number {
    return this.trainSeg;
  }
  get allSegment(): number {
    return this.bounds.length - 1;
  }

  /** Sum of column i over the periods before boundary index `segEnd` (the intercept is column 0). */
  columnSum(i: number, segEnd: number): number {
    let s = 0;
    for (let seg = 0; seg < segEnd; seg++) s += (this.S[seg] as Float64Array)[i] as number;
    return s;
  }

  /** Cross-validated error and RSSD of the current media columns at penalty `lambda`. */
  evaluate(lambda: number): Evaluation {
    let sse = 0;
    let count = 0;
    for (const start of this.layout.foldStarts) {
      const seg = this.bounds.indexOf(start);
      const coef = this.solvePrefix(seg, lambda);
      sse += this.segmentSse(seg, coef);
      count += (this.bounds[seg + 1] as number) - start;
    }
    const coef = this.solvePrefix(this.trainSeg, lambda);
    let insse = 0;
    for (let s = 0; s < this.trainSeg; s++) insse += this.segmentSse(s, coef);
    const cvv = Math.sqrt(sse / Math.max(1, count)) / this.sdTrain;
    const inv = Math.sqrt(insse / this.layout.trainEnd) / this.sdTrain;
    return { cv: cvv, fit: inv, rssd: this.rssd(coef, this.trainSeg) };
  }

  /** DECOMP.RSSD of a coefficient vector over the periods before `segEnd`. */
  rssd(coef: Float64Array, segEnd: number): number {
    const effects: number[] = [];
    let total = 0;
    for (let j = 0; j < this.pm; j++) {
      const e = (coef[this.pb + j] as number) * this.columnSum(this.pb + j, segEnd);
      effects.push(e);
      total += e;
    }
    let d = 0;
    for (let j = 0; j < this.pm; j++) {
      const share = total > 0 ? (effects[j] as number) / total : 0;
      d += (share - (this.spendShares[j] as number)) ** 2;
    }
    return Math.sqrt(d);
  }
}
