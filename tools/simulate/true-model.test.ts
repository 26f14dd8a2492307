import { describe, expect, it } from 'vitest';
import { fitModel } from '../fit/fit-model';
import { evaluatePlan } from '../scenario/plan-evaluation';
import { randomSpec } from './random-spec';
import { simulateDataset } from './simulate-dataset';
import { trueModel, truePlanMedia } from './true-model';

describe('true plan effects of a simulated world', () => {
  const spec = randomSpec(7, { frequency: 'weekly', channels: 3, saturation: 'hill' });
  const { dataset, truth } = simulateDataset(spec, 7);
  const model = fitModel(dataset);
  const plan = Object.fromEntries(spec.channels.map((c, j) => [c.name, (j + 1) * 100_000]));

  it('agrees with the scenario tools run on the true Hill curves', () => {
    const exact = trueModel(model, spec, dataset, truth);
    if (!exact) throw new Error('every curve of this world is Hill');
    const viaModel = evaluatePlan(exact, plan, 13);
    expect(truePlanMedia(spec, dataset, truth, plan, 13)).toBeCloseTo(
      viaModel.kpi - viaModel.baseline,
      6,
    );
    const even = Object.fromEntries(spec.channels.map((c) => [c.name, 'even' as const]));
    const evenly = evaluatePlan(exact, plan, 13, even);
    expect(truePlanMedia(spec, dataset, truth, plan, 13, even)).toBeCloseTo(
      evenly.kpi - evenly.baseline,
      6,
    );
    expect(evenly.kpi).not.toBeCloseTo(viaModel.kpi, 0);
  });

  it('scores logistic worlds too, which no channel response can express', () => {
    const logistic = randomSpec(7, { frequency: 'weekly', channels: 3, saturation: 'logistic' });
    const sim = simulateDataset(logistic, 7);
    expect(trueModel(model, logistic, sim.dataset, sim.truth)).toBeUndefined();
    const none = truePlanMedia(logistic, sim.dataset, sim.truth, {}, 13);
    const some = truePlanMedia(logistic, sim.dataset, sim.truth, plan, 13);
    // Carryover of the data's last weeks lands in the horizon even with no new spend.
    expect(none).toBeGreaterThan(0);
    expect(some).toBeGreaterThan(none);
  });
});
