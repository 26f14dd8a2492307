/** Goodness of fit over a stretch of periods. */
export interface FitQuality {
  r2: number;
  /** RMSE divided by the range of the actual KPI (Robyn's NRMSE). */
  nrmse: number;
  /** Mean absolute percentage error over periods with a non-zero KPI (a fraction). */
  mape: number;
}

/** R², NRMSE and MAPE of `fitted` against `actual`. */
export function fitQuality(actual: ArrayLike<number>, fitted: ArrayLike<number>): FitQuality {
  const n = actual.length;
  if (n === 0) return { r2: 0, nrmse: 0, mape: 0 };
  let mean = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < n; t++) {
    const a = actual[t] as number;
    mean += a / n;
    min = Math.min(min, a);
    max = Math.max(max, a);
  }
  let sse = 0;
  let sst = 0;
  let ape = 0;
  let count = 0;
  for (let t = 0; t < n; t++) {
    const a = actual[t] as number;
    const e = a - (fitted[t] as number);
    sse += e * e;
    sst += (a - mean) ** 2;
    if (a !== 0) {
      ape += Math.abs(e / a);
      count++;
    }
  }
  const range = max - min;
  return {
    r2: sst > 0 ? 1 - sse / sst : 0,
    nrmse: range > 0 ? Math.sqrt(sse / n) / range : 0,
    mape: count > 0 ? ape / count : 0,
  };
}

/** Durbin-Watson statistic: about 2 for independent residuals, well below 2 when they persist. */
export function durbinWatson(residuals: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let t = 0; t < residuals.length; t++) {
    const e = residuals[t] as number;
    den += e * e;
    if (t > 0) num += (e - (residuals[t - 1] as number)) ** 2;
  }
  return den > 0 ? num / den : 2;
}

/** Pearson correlation of two equally long series (0 when either is constant). */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += (a[i] as number) / n;
    mb += (b[i] as number) / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}
