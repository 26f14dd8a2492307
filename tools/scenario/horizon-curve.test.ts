import { describe, expect, it } from 'vitest';
import type { ChannelResponseModel } from '../model/model-types';
import { adstockShape, horizonCurve } from './horizon-curve';
import { channelHorizonKpi } from './plan-evaluation';

const models: ChannelResponseModel[] = [
  {
    name: 'tv',
    adstock: { type: 'geometric', theta: 0.7, maxLag: 8 },
    saturation: { type: 'hill', alpha: 2.5, gamma: 5000 },
    beta: 4000,
  },
  {
    name: 'ooh',
    adstock: { type: 'weibull', shape: 2, scale: 3, maxLag: 10 },
    saturation: { type: 'hill', alpha: 1, gamma: 2000 },
    beta: 1500,
  },
  {
    name: 'search',
    adstock: { type: 'geometric', theta: 0, maxLag: 1 },
    saturation: { type: 'hill', alpha: 0.8, gamma: 900 },
    beta: 700,
  },
];
const history = Array.from({ length: 30 }, (_, t) => 1000 + 400 * Math.sin(t));

describe('horizonCurve', () => {
  for (const m of models) {
    it(`gives the same KPI as the plan evaluation for ${m.name}`, () => {
      for (const periods of [1, 4, 13]) {
        const curve = horizonCurve(m, periods, history, 9);
        for (const x of [0, 100, 12_345, 250_000]) {
          const direct = channelHorizonKpi(m, x, periods, history, 9);
          expect(curve.value(x)).toBeCloseTo(direct, 8);
        }
      }
    });

    it(`gives the same KPI as the plan evaluation laid out evenly for ${m.name}`, () => {
      const shape = adstockShape(m.adstock, 13, history, 9, 'even');
      const curve = horizonCurve(m, 13, history, 9, shape);
      for (const x of [0, 100, 12_345, 250_000]) {
        expect(curve.value(x)).toBeCloseTo(channelHorizonKpi(m, x, 13, history, 9, 'even'), 8);
      }
      expect(curve.value(12_345)).not.toBeCloseTo(channelHorizonKpi(m, 12_345, 13, history, 9), 3);
    });

    it(`has a marginal equal to the slope of the value for ${m.name}`, () => {
      const curve = horizonCurve(m, 13, history, 9);
      for (const x of [5_000, 60_000, 300_000]) {
        const h = 1e-5 * x;
        const slope = (curve.value(x + h) - curve.value(x - h)) / (2 * h);
        expect(curve.marginal(x) / slope).toBeCloseTo(1, 5);
      }
    });
  }
});
