import { describe, expect, it } from 'vitest';
import type { FittedModel } from '../model/model-types';
import { responseCurve } from './response-curve';

const model = {
  frequency: 'weekly',
  spendHistory: { tv: [50, 150, 100] },
  responses: [
    {
      name: 'tv',
      adstock: { type: 'geometric', theta: 0.5, maxLag: 4 },
      saturation: { type: 'hill', alpha: 1, gamma: 100 },
      beta: 1000,
    },
  ],
} as unknown as FittedModel;

describe('responseCurve', () => {
  it('says how the fitted carryover spreads one period of spend (geometric 0.5 over 4 lags)', () => {
    // Weights 1, 0.5, 0.25, 0.125 over 1.875: 8/15 in the period of spend, 12/15 after two
    // periods, 14/15 after three.
    const { carryover } = responseCurve(model, 'tv', 100);
    expect(carryover?.laterShare).toBeCloseTo(7 / 15, 12);
    expect(carryover?.landed).toEqual([
      { share: 0.5, periods: 1 },
      { share: 0.9, periods: 3 },
    ]);
  });

  it('evaluates beta*s/(s+gamma) and its derivative at current spend', () => {
    const r = responseCurve(model, 'tv', 100);
    expect(r.current.kpi).toBeCloseTo(500, 9);
    expect(r.current.roi).toBeCloseTo(5, 9);
    expect(r.current.mroi).toBeCloseTo((1000 * 100) / 200 ** 2, 9);
    expect(r.points).toHaveLength(41);
    expect(r.points[40]!.spend).toBeCloseTo(200, 9);
    expect(r.points[40]!.kpi).toBeCloseTo((1000 * 200) / 300, 9);
  });

  it('reports the highest observed spend and the half-saturation point', () => {
    const r = responseCurve(model, 'tv', 100, { maxMultiple: 3 });
    expect(r.observedMax).toBe(150);
    expect(r.halfSaturationSpend).toBe(100);
    expect(r.periodUnit).toBe('week');
  });

  it('gives next-dollar ROI and carryover their ranges from the draws, finite at zero spend', () => {
    const draw = (alpha: number, theta: number, beta: number) => ({
      channels: [
        {
          name: 'tv',
          adstock: { type: 'geometric', theta, maxLag: 4 },
          saturation: { type: 'hill', alpha, gamma: 100 },
          beta,
        },
      ],
    });
    const withDraws = {
      ...model,
      draws: [draw(1, 0.3, 800), draw(1, 0.5, 1000), draw(1, 0.7, 1200), draw(1, 0.6, 1100)],
    } as unknown as FittedModel;
    const r = responseCurve(withDraws, 'tv', 100);
    const [m80] = r.current.mroiInterval ?? [];
    expect(m80?.low).toBeLessThan(r.current.mroi);
    expect(m80?.high).toBeGreaterThan(r.current.mroi);
    const [c80] = r.carryover?.interval ?? [];
    expect(c80?.low).toBeLessThan(r.carryover?.laterShare as number);
    expect(c80?.high).toBeLessThanOrEqual(1);
    // A Hill exponent below one is vertical at zero: read at 1% of the spend scale, as the fit does.
    const steep = {
      ...withDraws,
      responses: [{ ...model.responses[0], saturation: { type: 'hill', alpha: 0.5, gamma: 100 } }],
      draws: [draw(0.5, 0.5, 900), draw(0.5, 0.5, 1100)],
    } as unknown as FittedModel;
    const zero = responseCurve(steep, 'tv', 0);
    expect(Number.isFinite(zero.current.mroi)).toBe(true);
    expect(zero.current.mroiInterval?.every((iv) => Number.isFinite(iv.high))).toBe(true);
  });

  it('calls a channel at three quarters of its ceiling saturating', () => {
    expect(responseCurve(model, 'tv', 300).position).toBe('saturating');
    expect(responseCurve(model, 'tv', 100).position).toBe('efficient');
  });
});
