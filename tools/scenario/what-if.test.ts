import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../errors';
import { syntheticModel } from './synthetic-model';
import { whatIf } from './what-if';

// tv: alpha 1, gamma 100, beta 1000, geometric theta 0.5 over 2 lags → weights 2/3, 1/3.
const carry = syntheticModel({
  channels: [{ name: 'tv', alpha: 1, gamma: 100, beta: 1000, theta: 0.5, maxLag: 2, spend: 300 }],
  periods: 10,
  baseline: 50,
});

const four = syntheticModel({
  channels: [
    { name: 'tv', alpha: 2, gamma: 8000, beta: 9000, theta: 0.5, maxLag: 6, spend: 9000 },
    { name: 'facebook', alpha: 1, gamma: 3000, beta: 3000, theta: 0.2, maxLag: 3, spend: 2500 },
    { name: 'tiktok', alpha: 1.5, gamma: 2000, beta: 2000, spend: 1000 },
    { name: 'search', alpha: 1, gamma: 1500, beta: 2500, spend: 2000 },
  ],
  baseline: 30_000,
  draws: 60,
});

describe('whatIf', () => {
  it('counts carryover into and out of the horizon exactly', () => {
    // Reference: 300 a week. Adstock over the 2 horizon weeks and 1 tail week: 300, 300, 100 →
    // 1000 × (0.75 + 0.75 + 0.5) = 2000. Switched off: only history carries in: 100 → 500.
    const r = whatIf(carry, { changes: [{ type: 'set', channel: 'tv', amount: 0 }], horizon: 2 });
    expect(r.horizon).toEqual({ periods: 2, unit: 'week', tailPeriods: 1 });
    expect(r.reference.spend.tv).toBeCloseTo(600, 9);
    expect(r.reference.channelKpi.tv).toBeCloseTo(2000, 9);
    expect(r.reference.kpi).toBeCloseTo(2100, 9);
    expect(r.scenario.kpi).toBeCloseTo(600, 9);
    expect(r.delta.kpi).toBeCloseTo(-1500, 9);
    expect(r.delta.spend).toBeCloseTo(-600, 9);
    expect(r.delta.roi).toBeCloseTo(2.5, 9);
    expect(r.assumptions.join(' ')).toMatch(/1 week after the horizon/);
  });

  it('uses the recent run-rate over a quarter in the data unit by default', () => {
    const history = Array.from({ length: 20 }, (_, t) => (t < 7 ? 0 : 100 * (t - 6)));
    const m = syntheticModel({
      channels: [{ name: 'tv', alpha: 1, gamma: 100, beta: 10, spend: history }],
    });
    const r = whatIf(m, { changes: [{ type: 'scale', channel: 'tv', percent: 10 }] });
    expect(r.horizon.periods).toBe(13);
    expect(r.reference.spend.tv).toBeCloseTo(
      history.slice(-13).reduce((s, v) => s + v, 0),
      9,
    );
    expect(r.reference.basis).toMatch(/last 13 weeks/);
    for (const [frequency, periods] of [
      ['daily', 91],
      ['monthly', 3],
    ] as const) {
      const d = syntheticModel({
        channels: [{ name: 'tv', alpha: 1, gamma: 1, beta: 1, spend: 1 }],
        frequency,
        periods: 120,
      });
      expect(whatIf(d, { changes: [{ type: 'total', percent: 5 }] }).horizon.periods).toBe(periods);
    }
  });

  it('moves 20% of TV to social, conserving spend, with per-channel detail', () => {
    const r = whatIf(four, { changes: [{ type: 'move', from: 'TV', to: 'social', percent: 20 }] });
    const tv = r.reference.spend.tv as number;
    expect(r.delta.channels.tv?.spend).toBeCloseTo(-0.2 * tv, 9);
    expect(
      (r.delta.channels.facebook?.spend ?? 0) + (r.delta.channels.tiktok?.spend ?? 0),
    ).toBeCloseTo(0.2 * tv, 9);
    expect(r.delta.spend).toBeCloseTo(0, 8);
    expect(r.delta.roi).toBeNull();
    const media = Object.values(r.scenario.channelKpi).reduce((s, v) => s + v, 0);
    expect(r.scenario.kpi).toBeCloseTo(13 * 30_000 + media, 6);
    expect(r.delta.kpiPct).toBeCloseTo((100 * r.delta.kpi) / r.reference.kpi, 12);
  });

  it('puts the change inside 80% and 95% intervals from the draws, deterministically', () => {
    const args = { changes: [{ type: 'scale', channel: 'search', percent: 50 }] };
    const r = whatIf(four, args);
    const [i80, i95] = r.delta.interval;
    expect(i80?.level).toBe(0.8);
    expect(i95?.level).toBe(0.95);
    expect(i80?.low).toBeLessThanOrEqual(r.delta.kpi);
    expect(i80?.high).toBeGreaterThanOrEqual(r.delta.kpi);
    expect(i95?.low).toBeLessThanOrEqual(i80?.low as number);
    expect(i95?.high).toBeGreaterThanOrEqual(i80?.high as number);
    expect(i95?.low).toBeGreaterThan(0);
    expect(whatIf(four, args)).toEqual(r);
  });

  it('keeps intervals on the side of zero the model guarantees: a cut cannot gain, a rise cannot lose', () => {
    // Draws that disagree a lot (beta and gamma ±90%): widened around the point, they would cross zero.
    const vague = syntheticModel({
      channels: [
        { name: 'tv', alpha: 1, gamma: 8000, beta: 9000, spend: 9000 },
        { name: 'radio', alpha: 1, gamma: 500, beta: 400, spend: 300 },
      ],
      baseline: 30_000,
      draws: 60,
      drawSpread: 0.9,
    });
    const off = whatIf(vague, { changes: [{ type: 'set', channel: 'radio', amount: 0 }] });
    const up = whatIf(vague, { changes: [{ type: 'scale', channel: 'radio', percent: 900 }] });
    for (const i of off.delta.interval) expect(i.high).toBeLessThanOrEqual(0);
    for (const i of up.delta.interval) expect(i.low).toBeGreaterThanOrEqual(0);
    // A move has no guaranteed sign.
    const moved = whatIf(vague, {
      changes: [{ type: 'move', from: 'radio', to: 'tv', percent: 100 }],
    });
    expect(moved.delta.interval.length).toBe(2);
  });

  it('gives no ROI of the change when total spend moves by less than 1%', () => {
    const r = whatIf(four, {
      changes: [
        { type: 'scale', channel: 'tv', percent: -10 },
        { type: 'scale', channel: 'facebook', percent: 35.5 },
      ],
    });
    expect(Math.abs(r.delta.spend)).toBeLessThan(0.01 * 13 * 14_500);
    expect(r.delta.spend).not.toBe(0);
    expect(r.delta.roi).toBeNull();
  });

  it('rejects moving more than 100% with a message naming the channel', () => {
    try {
      whatIf(four, { changes: [{ type: 'move', from: 'radio', to: 'tv', percent: 150 }] });
      expect.unreachable();
    } catch (error) {
      expect(isMixPilotError(error) && error.message).toBe(
        'changes[0].percent: cannot move more than 100% of radio (asked for 150%)',
      );
    }
  });

  it('rejects malformed changes and horizons with the field named', () => {
    expect(() => whatIf(four, { changes: [] })).toThrow(/changes/);
    expect(() => whatIf(four, { changes: [{ type: 'shift', channel: 'tv' }] })).toThrow(
      /changes\[0\]/,
    );
    expect(() => whatIf(four, { changes: [{ type: 'total', percent: 5 }], horizon: 0 })).toThrow(
      /horizon/,
    );
  });
});
