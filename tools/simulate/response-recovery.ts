import { runRate } from '../fit/channel-results';
import type { FittedModel } from '../model/model-types';
import type { SimulatedDataset, SimulationSpec } from './simulation-types';
import { trueCarryover, trueSteadyMarginal } from './true-model';

/** How one fitted channel's next-dollar ROI and carryover share compare with the simulator's. */
export interface ResponseRecovery {
  mroi: { error: number; in80: boolean; in95: boolean };
  carryover: { error: number; in80: boolean; in95: boolean };
}

const within = (v: number, iv: { low: number; high: number } | undefined) =>
  !!iv && v >= iv.low && v <= iv.high;

/**
 * Next-dollar ROI (at the recent run-rate, relative error) and carryover share (absolute error)
 * of each fitted channel against the true curves, with whether the 80% and 95% intervals hold them.
 */
export function responseRecovery(
  spec: SimulationSpec,
  { dataset, truth }: SimulatedDataset,
  model: FittedModel,
): ResponseRecovery[] {
  return model.channels.map((c) => {
    const current = runRate(dataset.spend[c.name] ?? [], model.frequency);
    const mroi = trueSteadyMarginal(spec, dataset, truth, c.name, current);
    const carry = trueCarryover(spec, c.name);
    const [m80, m95] = c.interval.mroi ?? [];
    const [c80, c95] = c.interval.carryoverShare ?? [];
    return {
      mroi: {
        error: Math.abs(c.mroi - mroi) / Math.max(Math.abs(mroi), 1e-9),
        in80: within(mroi, m80),
        in95: within(mroi, m95),
      },
      carryover: {
        error: Math.abs(c.carryoverShare - carry),
        in80: within(carry, c80),
        in95: within(carry, c95),
      },
    };
  });
}
