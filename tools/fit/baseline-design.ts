import type { Dataset } from '../data/dataset-types';

export type BaseKind = 'intercept' | 'trend' | 'seasonality' | 'weekday' | 'control' | 'event';

/** The non-media columns of the regression: intercept, trend, seasonality, controls, events. */
export interface BaseDesign {
  names: string[];
  kinds: BaseKind[];
  columns: Float64Array[];
  /** Coefficients constrained to be >= 0 (the intercept). */
  nonNegative: boolean[];
  /** Coefficients under the ridge penalty (all but intercept and trend). */
  penalized: boolean[];
}

const DAY_MS = 86_400_000;

/** Yearly Fourier pairs by frequency and length: enough to follow seasons, not the noise. */
function fourierPairs(dataset: Dataset): number {
  const n = dataset.dates.length;
  const perYear = { daily: 365.25, weekly: 52.18, monthly: 12 }[dataset.schema.frequency];
  if (n < 0.75 * perYear) return 0;
  if (dataset.schema.frequency === 'monthly') return n >= 2 * perYear ? 2 : 1;
  return n >= 2 * perYear ? 3 : 2;
}

/**
 * Builds the baseline columns of a dataset. Controls are centred, so their contribution reads as
 * the effect of deviating from their average; events stay 0/1. Constant columns are dropped.
 */
export function buildBaseDesign(dataset: Dataset): BaseDesign {
  const n = dataset.dates.length;
  const design: BaseDesign = { names: [], kinds: [], columns: [], nonNegative: [], penalized: [] };
  const add = (name: string, kind: BaseKind, col: Float64Array) => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of col) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (kind !== 'intercept' && !(max - min > 1e-12 * (1 + Math.abs(max)))) return;
    design.names.push(name);
    design.kinds.push(kind);
    design.columns.push(col);
    design.nonNegative.push(kind === 'intercept');
    design.penalized.push(kind !== 'intercept' && kind !== 'trend');
  };
  add('intercept', 'intercept', new Float64Array(n).fill(1));
  add(
    'trend',
    'trend',
    Float64Array.from({ length: n }, (_, t) => (n > 1 ? t / (n - 1) : 0)),
  );
  const days = dataset.dates.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY_MS);
  for (let k = 1; k <= fourierPairs(dataset); k++) {
    const w = (2 * Math.PI * k) / 365.25;
    add(
      `season_sin${k}`,
      'seasonality',
      Float64Array.from(days, (d) => Math.sin(w * d)),
    );
    add(
      `season_cos${k}`,
      'seasonality',
      Float64Array.from(days, (d) => Math.cos(w * d)),
    );
  }
  if (dataset.schema.frequency === 'daily') {
    for (let wd = 1; wd < 7; wd++) {
      add(
        `weekday_${wd}`,
        'weekday',
        Float64Array.from(days, (d) => ((((d + 4) % 7) + 7) % 7 === wd ? 1 : 0)),
      );
    }
  }
  for (const name of dataset.schema.controls) {
    const raw = dataset.controls[name] ?? [];
    const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
    add(
      name,
      'control',
      Float64Array.from(raw, (v) => v - mean),
    );
  }
  for (const name of dataset.schema.events) {
    add(
      name,
      'event',
      Float64Array.from(dataset.events[name] ?? [], (v) => v),
    );
  }
  return design;
}
