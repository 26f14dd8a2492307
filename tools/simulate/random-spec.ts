import type { AdstockSpec } from '../model/model-types';
import { createRng } from '../model/random';
import type { SimChannelSpec, SimulationSpec, SpendPattern } from './simulation-types';

export interface RandomSpecOptions {
  frequency: 'daily' | 'weekly';
  channels: number;
  periods?: number;
  /** Log-sd of non-flighted spend (default 0.5; 0.35 is closer to many real plans). */
  spendVariation?: number;
  /** Noise sd relative to the baseline, drawn in this range (default 2-5% weekly, 4-8% daily). */
  noise?: [number, number];
  /** Force one adstock family for every channel (default: 60% geometric, 40% Weibull). */
  adstock?: 'geometric' | 'weibull';
  /** Force one saturation family (default: 70% Hill, 30% logistic on max-scaled spend). */
  saturation?: 'hill' | 'logistic';
  /** Spend patterns to cycle through (default flighted, demand-following, correlated, always-on). */
  patterns?: SpendPattern[];
  /** Number of one-period events with a lift of 5-30% of the baseline (default none). */
  events?: number;
}

const PATTERNS: SpendPattern[] = ['always-on', 'flighted', 'demand-following', 'correlated'];

/**
 * A varied but realistic simulation specification drawn from a seed: channel shares, spend
 * levels, spend patterns, adstock (geometric or Weibull), saturation (Hill or logistic), trend,
 * seasonality and noise all differ between seeds. Used to test recovery on many unseen worlds.
 */
export function randomSpec(seed: number, options: RandomSpecOptions): SimulationSpec {
  const rng = createRng(seed ^ 0x5eed);
  const u = (a: number, b: number) => a + (b - a) * rng.next();
  const daily = options.frequency === 'daily';
  const k = options.channels;
  const weights = Array.from({ length: k }, () => 0.3 + rng.next() * 1.7);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const mediaShare = u(0.2, 0.45);
  const perPeriod = daily ? 1 / 7 : 1;
  const channels: SimChannelSpec[] = weights.map((w, j) => {
    const patterns = options.patterns ?? PATTERNS;
    const pattern = patterns[(j + rng.int(4)) % patterns.length] as SpendPattern;
    return {
      name: `ch${j + 1}_spend`,
      meanSpend: Math.round(u(5_000, 60_000) * perPeriod),
      pattern,
      adstock: randomAdstock(
        forced(rng.next(), 0.6, options.adstock && options.adstock === 'geometric'),
        u,
        daily,
      ),
      saturation:
        forced(rng.next(), 0.7, options.saturation && options.saturation === 'hill') < 0.7
          ? { type: 'hill', alpha: u(0.8, 2.5), gammaMultiple: u(0.5, 2) }
          : { type: 'logistic', lambda: u(1, 4) },
      share: (mediaShare * w) / wsum,
    };
  });
  return {
    periods: options.periods ?? (daily ? 730 : 156),
    frequency: options.frequency,
    start: '2021-01-04',
    kpi: 'revenue',
    baselineLevel: Math.round(u(200_000, 1_000_000) * perPeriod),
    trend: u(-0.1, 0.3),
    seasonality: u(0.05, 0.2),
    weekday: daily ? u(0.05, 0.2) : 0,
    noise: u(...(options.noise ?? (daily ? [0.04, 0.08] : [0.02, 0.05]))),
    noiseAutocorrelation: u(0, 0.3),
    channels,
    price: rng.next() < 0.6 ? { elasticity: u(0.5, 2) } : undefined,
    promo: rng.next() < 0.6 ? { lift: u(0.03, 0.1), frequency: 0.1 } : undefined,
    spendVariation: options.spendVariation,
    events: options.events
      ? Array.from({ length: options.events }, () => ({ lift: u(0.05, 0.3) }))
      : undefined,
  };
}

/** A uniform draw, mapped below `cut` (first family) or above it (second) when one is forced. */
function forced(draw: number, cut: number, first: boolean | undefined): number {
  if (first === undefined) return draw;
  return first ? draw * cut : cut + draw * (1 - cut);
}

function randomAdstock(
  pick: number,
  u: (a: number, b: number) => number,
  daily: boolean,
): AdstockSpec {
  if (daily) {
    return pick < 0.6
      ? { type: 'geometric', theta: u(0.3, 0.85), maxLag: 21 }
      : { type: 'weibull', shape: u(0.8, 2.5), scale: u(2, 8), maxLag: 21 };
  }
  return pick < 0.6
    ? { type: 'geometric', theta: u(0.1, 0.7), maxLag: 8 }
    : { type: 'weibull', shape: u(0.8, 2.5), scale: u(0.8, 3), maxLag: 8 };
}
