import { fitModel } from '../fit/fit-model';
import type { FittedModel } from '../model/model-types';
import { randomSpec } from './random-spec';
import { simulateDataset } from './simulate-dataset';

/** How far a fit's price and promotion parts are from the simulated truth, as relative errors. */
export interface BaselineRecovery {
  seed: number;
  model: FittedModel;
  /** Fitted effect per unit of price over the true one, minus 1. */
  priceError: number;
  /** Fitted lift of one promotion period over the true one, minus 1. */
  promoError: number;
}

/**
 * A weekly world of five channels with a price (effect −elasticity × baseline level × (price /
 * mean − 1)) and promotion weeks (each + lift × baseline level), fitted, and its baseline parts
 * set against that truth: the check behind what the baseline answer says about price and promos.
 */
export function baselineRecovery(seed: number): BaselineRecovery {
  const spec = randomSpec(seed, { frequency: 'weekly', channels: 5 });
  const elasticity = 0.5 + (seed % 4) * 0.4;
  const lift = 0.03 + (seed % 3) * 0.03;
  spec.price = { elasticity };
  spec.promo = { lift, frequency: 0.12 };
  const { dataset } = simulateDataset(spec, seed);
  const model = fitModel(dataset, { seed: 1 });
  const part = (name: string) => model.baselineParts?.find((p) => p.name === name)?.series ?? [];
  const price = dataset.controls.price ?? [];
  const mean = price.reduce((a, b) => a + b, 0) / price.length;
  const effect = part('price');
  let sxy = 0;
  let sxx = 0;
  price.forEach((p, t) => {
    sxy += (p - mean) * (effect[t] as number);
    sxx += (p - mean) ** 2;
  });
  const truePrice = (-elasticity * spec.baselineLevel) / mean;
  const promo = Math.max(...part('promo'));
  return {
    seed,
    model,
    priceError: sxy / sxx / truePrice - 1,
    promoError: promo / (lift * spec.baselineLevel) - 1,
  };
}
