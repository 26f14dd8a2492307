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
  /** Fitted lift of one promotion period (per unit of the 0/1 column) over the true one, minus 1. */
  promoError: number;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

/**
 * The fitted KPI change per unit of a control, read off its part of the baseline (least-squares
 * slope of the part on the column), so the check does not trust the model's own coefficient.
 */
function slope(column: number[], part: number[]): number {
  const m = mean(column);
  let sxy = 0;
  let sxx = 0;
  column.forEach((v, t) => {
    sxy += (v - m) * (part[t] as number);
    sxx += (v - m) ** 2;
  });
  return sxx > 0 ? sxy / sxx : 0;
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
  const truePrice = (-elasticity * spec.baselineLevel) / mean(dataset.controls.price ?? []);
  const fitted = (name: string) => {
    const part = model.baselineParts?.find((p) => p.name === name);
    return slope(dataset.controls[name] ?? [], part?.series ?? []);
  };
  return {
    seed,
    model,
    priceError: fitted('price') / truePrice - 1,
    promoError: fitted('promo') / (lift * spec.baselineLevel) - 1,
  };
}
