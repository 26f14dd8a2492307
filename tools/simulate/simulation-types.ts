import type { Dataset } from '../data/dataset-types';
import type { AdstockSpec } from '../model/model-types';

/** How a simulated channel's spend moves over time. */
export type SpendPattern =
  /** Always on, slowly drifting around its mean. */
  | 'always-on'
  /** Bursts of a few periods followed by periods of zero spend (typical TV). */
  | 'flighted'
  /** Follows demand (seasonality and trend), like search: a confounder a naive model misreads. */
  | 'demand-following'
  /** Shares a latent driver with the other 'correlated' channels (digital campaigns planned together). */
  | 'correlated'
  /** Independent draws each period, occasionally high (PyMC-Marketing's example `x1`). */
  | 'iid'
  /** Zero most periods, a random amount in the rest (PyMC-Marketing's example `x2`). */
  | 'sparse';

/** True diminishing-returns curve of a simulated channel. */
export type SimSaturation =
  /** Hill on adstocked spend with half-saturation at gammaMultiple × mean non-zero spend. */
  | { type: 'hill'; alpha: number; gammaMultiple: number }
  /** (1 − e^(−λx)) / (1 + e^(−λx)) on adstocked spend divided by the channel's maximum spend. */
  | { type: 'logistic'; lambda: number };

export interface SimChannelSpec {
  name: string;
  /** Average spend per period. */
  meanSpend: number;
  pattern: SpendPattern;
  adstock: AdstockSpec;
  saturation: SimSaturation;
  /** True share of the total KPI this channel drives over the window (a fraction). */
  share: number;
}

/** Everything the simulator needs; a seed turns it into one dataset with its truth. */
export interface SimulationSpec {
  periods: number;
  frequency: 'daily' | 'weekly';
  /** First date, ISO `YYYY-MM-DD`. */
  start: string;
  kpi: string;
  /** Mean baseline KPI per period (before media). */
  baselineLevel: number;
  /** Relative growth of the baseline over the whole window (0.2 = +20%). */
  trend: number;
  /** Relative amplitude of yearly seasonality. */
  seasonality: number;
  /** Relative amplitude of the day-of-week pattern (daily data only). */
  weekday: number;
  /** Noise sd relative to the baseline level. */
  noise: number;
  /** AR(1) coefficient of the noise. */
  noiseAutocorrelation: number;
  channels: SimChannelSpec[];
  /** Price control with its effect: KPI change per unit of relative price change × baseline level. */
  price?: { elasticity: number };
  /** Promotion control (0/1 weeks) with its relative lift on the baseline. */
  promo?: { lift: number; frequency: number };
  /** Spread (log-sd) of always-on, correlated and demand-following spend; default 0.5. */
  spendVariation?: number;
  /** One-period events (0/1 columns `event_1`…) each lifting the KPI by `lift` × baseline level. */
  events?: { lift: number }[];
}

/** The true effect of one simulated channel over the data window. */
export interface ChannelTruth {
  spend: number;
  contribution: number;
  share: number;
  roi: number;
  beta: number;
  adstock: AdstockSpec;
  saturation: SimSaturation;
  pattern: SpendPattern;
}

export interface SimulationTruth {
  seed: number;
  kpiTotal: number;
  baseline: { contribution: number; share: number };
  channels: Record<string, ChannelTruth>;
}

export interface SimulatedDataset {
  dataset: Dataset;
  truth: SimulationTruth;
  /**
   * Each channel's spend in the burn-in periods before the data window (most recent last): real
   * data lack it, but its carryover is in the window's KPI, so scoring against the true curves
   * needs it.
   */
  presample: Record<string, number[]>;
}
