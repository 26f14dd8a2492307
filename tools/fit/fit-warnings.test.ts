import { describe, expect, it } from 'vitest';
import type { ChannelResult, FitMetrics } from '../model/model-types';
import { createRng } from '../model/random';
import { fitWarnings } from './fit-warnings';

const n = 104;
const metrics: FitMetrics = {
  r2: 0.9,
  nrmse: 0.05,
  mape: 0.03,
  holdout: { periods: 10, r2: 0.8, nrmse: 0.06, mape: 0.04 },
  decompRssd: 0.1,
};

function channel(name: string, share: number, low: number, high: number): ChannelResult {
  const iv = [{ level: 0.8, low, high }];
  return {
    name,
    spend: 1,
    contribution: share,
    share,
    roi: share,
    mroi: 0,
    interval: { contribution: iv, share: iv, roi: iv },
    carryoverShare: 0,
    adstock: { type: 'geometric', theta: 0, maxLag: 4 },
    saturation: { type: 'hill', alpha: 1, gamma: 1 },
    beta: 1,
    responseCurve: [],
  };
}

function warn(channels: ChannelResult[], draws: number[][]): string[] {
  const rng = createRng(1);
  return fitWarnings({
    names: channels.map((c) => c.name),
    spends: channels.map(() => Float64Array.from({ length: n }, () => 1 + rng.next())),
    channels,
    residuals: Float64Array.from({ length: n }, () => rng.normal()),
    metrics,
    baselineSeries: new Array<number>(n).fill(1),
    intervals: draws.length > 0,
    draws,
  });
}

describe('identifiability warnings from the interval draws', () => {
  it('names two channels whose credit trades off across draws', () => {
    const rng = createRng(2);
    const draws = Array.from({ length: 40 }, () => {
      const u = rng.normal();
      return [0.1 + 0.02 * u, 0.1 - 0.02 * u + 0.005 * rng.normal(), 0.1 + 0.01 * rng.normal()];
    });
    const out = warn(
      [
        channel('TV', 0.1, 0.08, 0.12),
        channel('Radio', 0.1, 0.08, 0.12),
        channel('Search', 0.1, 0.09, 0.11),
      ],
      draws,
    );
    expect(out.filter((w) => w.includes('move together'))).toEqual([
      expect.stringMatching(
        /^TV and Radio move together in your data; the split between them is uncertain/,
      ),
    ]);
  });

  it('names a channel whose 80% interval reaches 5 points of the KPI from its estimate, not a tight one', () => {
    const out = warn([channel('TV', 0.1, 0.04, 0.16), channel('Radio', 0.1, 0.07, 0.13)], []);
    expect(out.filter((w) => w.includes('cannot pin'))).toEqual([
      'TV: the data cannot pin its effect down: its share of the KPI could be anywhere from 4.0% to 16.0% (80% interval) against an estimate of 10.0%.',
    ]);
  });

  it('names a channel estimated near zero whose interval allows several times more', () => {
    const out = warn(
      [channel('Display', 0.005, 0.001, 0.025), channel('Radio', 0.1, 0.07, 0.13)],
      [],
    );
    expect(out.filter((w) => w.includes('cannot pin'))).toEqual([
      'Display: the data cannot pin its effect down: its share of the KPI could be anywhere from 0.1% to 2.5% (80% interval) against an estimate of 0.5%.',
    ]);
  });
});

describe('few draws', () => {
  const draws = (count: number) => Array.from({ length: count }, () => [0.1]);
  it('says intervals from a handful of draws are rough, and not from 20 or more', () => {
    const channels = [channel('TV', 0.1, 0.09, 0.11)];
    expect(warn(channels, draws(2))).toContain(
      'Intervals come from only 2 posterior draws, so their ends would move with another seed: ask for at least 30 for figures to rely on.',
    );
    expect(warn(channels, draws(20)).some((w) => w.includes('posterior draws'))).toBe(false);
    expect(warn(channels, []).some((w) => w.includes('posterior draws'))).toBe(false);
  });
});

describe('narrow spend range', () => {
  it('says a mostly-off channel was off, rather than that its spend only ranged over its on-level', () => {
    const spend = Float64Array.from({ length: n }, (_, t) =>
      t % 5 === 0 ? 0.8 + (t % 3) * 0.1 : 0,
    );
    const out = fitWarnings({
      names: ['x2'],
      spends: [spend],
      channels: [channel('x2', 0.07, 0.065, 0.075)],
      residuals: Float64Array.from({ length: n }, (_, t) => Math.sin(t)),
      metrics,
      baselineSeries: new Array<number>(n).fill(1),
      intervals: false,
      draws: [],
    });
    expect(out.filter((w) => w.includes('ranged'))).toEqual([
      'x2: when on, spend only ranged from 0.800 to 1.00 per period (it was off in 83 of 104 periods); responses outside that range (up to 0.00 on the curve) are extrapolated.',
    ]);
  });
});
