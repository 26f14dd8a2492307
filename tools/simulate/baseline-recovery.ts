import type { Dataset } from '../data/dataset-types';
import { fitModel } from '../fit/fit-model';
import type { FittedModel } from '../model/model-types';
import { randomSpec } from './random-spec';
import { simulateDataset } from './simulate-dataset';
import type { SimulationSpec } from './simulation-types';

/** How far a fit's price and promotion parts are from the simulated truth, as relative errors. */
export interface BaselineRecovery {
  seed: number;
  model: FittedModel;
  /** Fitted effect per unit of price over the true one, minus 1. */
  priceError: number;
  /** Fitted lift of one promotion period (per unit of the 0/1 column) over the true one, minus 1. */
  promoError: number;
  /** Whether the 80% and 95% intervals on each effect per unit hold the true effect. */
  held: Record<'price' | 'promo', { in80: boolean; in95: boolean }>;
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
 * The simulator's true KPI change per unit of its price control and per promotion period, where
 * the world has them (price per unit is read against the window's mean price; the simulator's
 * mean also counts the burn-in, a few periods, so this is close, not exact).
 */
export function trueDriverEffects(spec: SimulationSpec, dataset: Dataset): Record<string, number> {
  const out: Record<string, number> = {};
  if (spec.price)
    out.price = (-spec.price.elasticity * spec.baselineLevel) / mean(dataset.controls.price ?? []);
  if (spec.promo) out.promo = spec.promo.lift * spec.baselineLevel;
  return out;
}

function held(model: FittedModel, name: string, truth: number | undefined) {
  const [i80, i95] = model.baselineParts?.find((p) => p.name === name)?.perUnit?.interval ?? [];
  const within = (iv: { low: number; high: number } | undefined) =>
    truth !== undefined && !!iv && truth >= iv.low && truth <= iv.high;
  return { in80: within(i80), in95: within(i95) };
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
  const model = fitModel(dataset, { seed: 1, intervals: 30 });
  const truth = trueDriverEffects(spec, dataset);
  const fitted = (name: string) => {
    const part = model.baselineParts?.find((p) => p.name === name);
    return slope(dataset.controls[name] ?? [], part?.series ?? []);
  };
  return {
    seed,
    model,
    priceError: fitted('price') / (truth.price as number) - 1,
    promoError: fitted('promo') / (truth.promo as number) - 1,
    held: { price: held(model, 'price', truth.price), promo: held(model, 'promo', truth.promo) },
  };
}
