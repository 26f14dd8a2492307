import { describe, expect, it } from 'vitest';
import { fitModel } from '../fit/fit-model';
import { DEMO_SEED, DEMO_SPEC } from '../simulate/demo-spec';
import { simulateDataset } from '../simulate/simulate-dataset';
import { truePlanMedia } from '../simulate/true-model';
import { whatIf } from './what-if';

describe('always-on instead of bursts, against the demo world’s true curves', () => {
  it('gets the sign of the true change for the clear cases and holds every truth in its 95% range', () => {
    const { dataset, truth } = simulateDataset(DEMO_SPEC, DEMO_SEED);
    const model = fitModel(dataset, { intervals: 60 });
    const trueChange = (channel: string, reference: Record<string, number>) =>
      truePlanMedia(DEMO_SPEC, dataset, truth, reference, 13, { [channel]: 'even' }) -
      truePlanMedia(DEMO_SPEC, dataset, truth, reference, 13);
    for (const channel of ['tv_spend', 'radio_spend', 'display_spend', 'social_spend']) {
      const r = whatIf(model, { changes: [], flighting: { [channel]: 'even' } });
      const actual = trueChange(channel, r.reference.spend);
      const i95 = r.delta.interval.find((i) => i.level === 0.95);
      expect(actual).toBeGreaterThanOrEqual(i95?.low as number);
      expect(actual).toBeLessThanOrEqual(i95?.high as number);
      // TV (a steep true S-curve, run in bursts) loses when spread thin, by about $170k of
      // $16M; radio (a gentler curve) gains: the model must say so, not only bracket it.
      if (channel === 'tv_spend') expect(r.delta.kpi).toBeLessThan(0.5 * actual);
      if (channel === 'radio_spend') expect(r.delta.kpi).toBeGreaterThan(0.5 * actual);
    }
  }, 60_000);
});

describe('regular bursts instead of the recent shape, against the demo world’s true curves', () => {
  it('holds every true change in its 95% range and gets TV’s loss right', () => {
    const { dataset, truth } = simulateDataset(DEMO_SPEC, DEMO_SEED);
    const model = fitModel(dataset, { intervals: 60 });
    for (const channel of model.responses.map((r) => r.name)) {
      const r = whatIf(model, { changes: [], flighting: { [channel]: 'bursts' } });
      const reference = r.reference.spend;
      const actual =
        truePlanMedia(DEMO_SPEC, dataset, truth, reference, 13, {
          [channel]: { layout: 'bursts', burst: 2 },
        }) - truePlanMedia(DEMO_SPEC, dataset, truth, reference, 13);
      const i95 = r.delta.interval.find((i) => i.level === 0.95);
      expect(actual).toBeGreaterThanOrEqual(i95?.low as number);
      expect(actual).toBeLessThanOrEqual(i95?.high as number);
      // TV (already run in bursts, on its own cadence) truly loses about $135k of $16M in
      // two-on-two-off bursts: the model's range must say it loses, not only bracket it.
      if (channel === 'tv_spend') {
        expect(actual).toBeLessThan(0);
        expect(i95?.high as number).toBeLessThan(0);
      }
    }
  }, 60_000);
});
