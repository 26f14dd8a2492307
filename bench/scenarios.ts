import type { randomSpec } from '../tools';

type SpecOptions = Parameters<typeof randomSpec>[1];

/**
 * Simulator scenarios the engine is measured on: seeds 1000-1029 of each set the interval scale
 * (`bench/calibrate-intervals.ts`); seeds 5000-5009 (and 2000-2029) are held out and reported.
 */
export const SCENARIOS: Record<string, SpecOptions> = {
  'easy weekly (spend var 0.5, noise 2-5%)': { frequency: 'weekly', channels: 5 },
  'hard weekly (spend var 0.35, noise 4-10%)': {
    frequency: 'weekly',
    channels: 5,
    spendVariation: 0.35,
    noise: [0.04, 0.1],
  },
  'Weibull adstock weekly (var 0.35)': {
    frequency: 'weekly',
    channels: 4,
    spendVariation: 0.35,
    adstock: 'weibull',
  },
  'daily (var 0.35, noise 5-10%)': {
    frequency: 'daily',
    channels: 4,
    spendVariation: 0.35,
    noise: [0.05, 0.1],
  },
  'PyMC-like (logistic, events, noise 4-10%)': {
    frequency: 'weekly',
    channels: 3,
    periods: 179,
    patterns: ['iid', 'sparse'],
    adstock: 'geometric',
    saturation: 'logistic',
    events: 2,
    noise: [0.04, 0.1],
  },
};
