import type { SimulationSpec } from './simulation-types';

/** Seed of the committed demo dataset. */
export const DEMO_SEED = 2024;

/**
 * The demo world behind `data/demo.csv`: three years of weekly revenue (about $1M a week) for a
 * consumer brand with flighted TV, demand-following search, two correlated digital channels,
 * always-on radio, a price and a promotion calendar.
 */
export const DEMO_SPEC: SimulationSpec = {
  periods: 156,
  frequency: 'weekly',
  start: '2022-01-03',
  kpi: 'revenue',
  baselineLevel: 800_000,
  trend: 0.15,
  seasonality: 0.12,
  weekday: 0,
  noise: 0.03,
  noiseAutocorrelation: 0.2,
  price: { elasticity: 1.2 },
  promo: { lift: 0.06, frequency: 0.12 },
  channels: [
    {
      name: 'tv_spend',
      meanSpend: 60_000,
      pattern: 'flighted',
      adstock: { type: 'geometric', theta: 0.6, maxLag: 8 },
      saturation: { type: 'hill', alpha: 1.8, gammaMultiple: 1.1 },
      share: 0.12,
    },
    {
      name: 'social_spend',
      meanSpend: 30_000,
      pattern: 'correlated',
      adstock: { type: 'geometric', theta: 0.3, maxLag: 8 },
      saturation: { type: 'hill', alpha: 1.2, gammaMultiple: 1.0 },
      share: 0.06,
    },
    {
      name: 'search_spend',
      meanSpend: 25_000,
      pattern: 'demand-following',
      adstock: { type: 'geometric', theta: 0.1, maxLag: 8 },
      saturation: { type: 'hill', alpha: 1.0, gammaMultiple: 0.8 },
      share: 0.08,
    },
    {
      name: 'display_spend',
      meanSpend: 15_000,
      pattern: 'correlated',
      adstock: { type: 'weibull', shape: 1.5, scale: 2, maxLag: 8 },
      saturation: { type: 'logistic', lambda: 2 },
      share: 0.03,
    },
    {
      name: 'radio_spend',
      meanSpend: 12_000,
      pattern: 'always-on',
      adstock: { type: 'geometric', theta: 0.4, maxLag: 8 },
      saturation: { type: 'hill', alpha: 1.3, gammaMultiple: 1.2 },
      share: 0.03,
    },
  ],
};
