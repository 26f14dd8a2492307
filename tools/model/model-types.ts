import type { Frequency } from '../data/dataset-types';

/** Carryover: how spend in one period keeps acting in the following ones. Weights sum to one. */
export type AdstockSpec =
  | { type: 'geometric'; theta: number; maxLag: number }
  | { type: 'weibull'; shape: number; scale: number; maxLag: number };

/** Diminishing returns on adstocked spend: h(x) = x^alpha / (x^alpha + gamma^alpha). */
export interface SaturationSpec {
  type: 'hill';
  alpha: number;
  /** Half-saturation point, in spend per period (same units as the channel's spend). */
  gamma: number;
}

/**
 * Everything needed to turn a channel's spend series into its KPI contribution:
 * contribution_t = beta * hill(adstock(spend)_t).
 */
export interface ChannelResponseModel {
  name: string;
  adstock: AdstockSpec;
  saturation: SaturationSpec;
  /** KPI per period at full saturation. */
  beta: number;
}

/** A two-sided interval at a given level, e.g. { level: 0.8, low, high }. */
export interface Interval {
  level: number;
  low: number;
  high: number;
}

/** Per-channel results of a fit (the `fit --json` contract plus what scenarios need). */
export interface ChannelResult {
  name: string;
  spend: number;
  contribution: number;
  /** contribution / total KPI over the data window (a fraction). */
  share: number;
  /** contribution / spend. */
  roi: number;
  /** KPI from one more unit of spend per period at the recent run-rate, carryover included. */
  mroi: number;
  /**
   * 80% and 95% intervals on contribution, share and ROI, and on next-dollar ROI and carryover
   * share from each draw's curve (absent from results stored before they were kept).
   */
  interval: {
    contribution: Interval[];
    share: Interval[];
    roi: Interval[];
    mroi?: Interval[];
    carryoverShare?: Interval[];
  };
  /** Share of the effect that lands after the period of spend. */
  carryoverShare: number;
  adstock: AdstockSpec;
  saturation: SaturationSpec;
  beta: number;
  /** Response curve: KPI per period at a steady spend per period, from 0 to well past current. */
  responseCurve: { spend: number; kpi: number; mroi: number }[];
}

export interface FitMetrics {
  r2: number;
  nrmse: number;
  mape: number;
  /** The same metrics on the time-ordered holdout (the last periods, not seen by the fit). */
  holdout: { periods: number; r2: number; nrmse: number; mape: number };
  /** Robyn-style decomposition distance between effect shares and spend shares. */
  decompRssd: number;
}

/** One posterior draw of the channel models, used for intervals on scenarios. */
export interface ModelDraw {
  channels: ChannelResponseModel[];
}

/** A fitted model: self-contained and JSON-serialisable, so it can be stored and reused. */
export interface FittedModel {
  version: 1;
  kpi: string;
  kpiType: 'revenue' | 'conversions';
  frequency: Frequency;
  dates: string[];
  periods: number;
  channels: ChannelResult[];
  /** The response models in the same order as `channels`. */
  responses: ChannelResponseModel[];
  /** Spend history per channel (the data window), for carryover into forecast horizons. */
  spendHistory: Record<string, number[]>;
  /** Everything that is not paid media, per period (intercept, trend, seasonality, controls, events). */
  baselineSeries: number[];
  baseline: { contribution: number; share: number; components: Record<string, number> };
  /**
   * The baseline's parts per period (intercept, trend, seasonality, day of week, each control,
   * each event), summing to `baselineSeries`. Absent on models stored before it was kept.
   */
  baselineParts?: BaselinePart[];
  /** Per-period decomposition: fitted KPI = baseline + sum of channel contributions. */
  decomposition: {
    date: string;
    actual: number;
    fitted: number;
    baseline: number;
    channels: Record<string, number>;
  }[];
  metrics: FitMetrics;
  /** Bootstrap replicates (seeded) for intervals on any derived quantity. */
  draws: ModelDraw[];
  warnings: string[];
  settings: { seed: number; [key: string]: unknown };
}

/** One part of the baseline over the data: a control is its effect against its own average. */
export interface BaselinePart {
  name: string;
  kind: 'intercept' | 'trend' | 'seasonality' | 'weekday' | 'control' | 'event';
  series: number[];
  /**
   * Controls and events: the KPI change per period for one unit more of the column (the fitted
   * coefficient); for a 0/1 column (`binary`), the lift of one period where it is on. `interval`:
   * its 80% and 95% intervals from the posterior draws (absent on models stored before them).
   */
  perUnit?: { value: number; binary: boolean; interval?: Interval[] };
}
