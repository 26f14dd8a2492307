import { describe, expect, it } from 'vitest';
import type { ChannelResponseModel, ChannelResult, FittedModel } from '../model/model-types';
import { contributionsOverPeriod } from './contributions';

const tv: ChannelResponseModel = {
  name: 'tv',
  adstock: { type: 'geometric', theta: 0, maxLag: 1 },
  saturation: { type: 'hill', alpha: 1, gamma: 100 },
  beta: 200,
};
const dates = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'];
const tvSpend = [100, 300, 0, 100]; // contributions 100, 150, 0, 100 (beta * s/(s+100))
const searchSpend = [50, 50, 50, 50];
const searchContribution = [20, 20, 20, 20];

function result(name: string, mroi: number): ChannelResult {
  return {
    name,
    spend: 0,
    contribution: 0,
    share: 0,
    roi: 0,
    mroi,
    interval: { contribution: [], share: [], roi: [] },
    carryoverShare: 0,
    adstock: tv.adstock,
    saturation: tv.saturation,
    beta: 0,
    responseCurve: [],
  };
}

const model = {
  kpi: 'revenue',
  kpiType: 'revenue',
  dates,
  periods: 4,
  channels: [result('tv', 0.5), result('search', 0.3)],
  spendHistory: { tv: tvSpend, search: searchSpend },
  decomposition: dates.map((date, i) => ({
    date,
    actual: 1000,
    fitted: 1000,
    baseline: 1000 - [100, 150, 0, 100][i]! - 20,
    channels: { tv: [100, 150, 0, 100][i]!, search: searchContribution[i]! },
  })),
  draws: [0.9, 1, 1.1].map((k) => ({ channels: [{ ...tv, beta: tv.beta * k }] })),
} as unknown as FittedModel;

describe('contributionsOverPeriod', () => {
  it('sums the decomposition over the period and divides by the KPI of the period', () => {
    const r = contributionsOverPeriod(model, {
      start: '2024-01-08',
      end: '2024-01-15',
      label: 'two weeks',
    });
    const tvRow = r.channels.find((c) => c.name === 'tv')!;
    expect(r.period.periods).toBe(2);
    expect(tvRow.contribution).toBe(150);
    expect(tvRow.spend).toBe(300);
    expect(tvRow.roi).toBeCloseTo(0.5, 12);
    expect(tvRow.share).toBeCloseTo(150 / 2000, 12);
    expect(r.baseline.contribution).toBe(2000 - 150 - 40);
  });

  it("gives each channel's part of the listed channels' spend and media contribution", () => {
    const r = contributionsOverPeriod(
      model,
      { start: '2024-01-08', end: '2024-01-15', label: 'two weeks' },
      { sortBy: 'spend' },
    );
    // tv: 300 of 400 spend, 150 of 190 media; search: 100 of 400, 40 of 190.
    expect(r.channels.map((c) => [c.name, c.spendShare, c.mediaShare])).toEqual([
      ['tv', 300 / 400, 150 / 190],
      ['search', 100 / 400, 40 / 190],
    ]);
  });

  it('ranks by the requested measure', () => {
    const r = contributionsOverPeriod(
      model,
      { start: dates[0]!, end: dates[3]!, label: 'all' },
      { sortBy: 'roi' },
    );
    // tv roi 350/500 = 0.7, search 80/200 = 0.4
    expect(r.channels.map((c) => c.name)).toEqual(['tv', 'search']);
    const bySpend = contributionsOverPeriod(model, {
      start: dates[2]!,
      end: dates[2]!,
      label: 'w3',
    });
    expect(bySpend.channels.map((c) => c.name)).toEqual(['search', 'tv']);
  });

  it('widens a sub-period interval so it always contains the estimate', () => {
    const shifted = {
      ...model,
      draws: [1.2, 1.3, 1.4].map((k) => ({ channels: [{ ...tv, beta: tv.beta * k }] })),
    } as FittedModel;
    const r = contributionsOverPeriod(shifted, {
      start: '2024-01-08',
      end: '2024-01-15',
      label: 'two weeks',
    });
    const i80 = r.channels.find((c) => c.name === 'tv')!.interval.contribution[0]!;
    expect(i80.low).toBe(150);
    expect(i80.high).toBeGreaterThan(150);
  });

  it('takes intervals for a sub-period from the posterior draws', () => {
    const r = contributionsOverPeriod(model, {
      start: '2024-01-08',
      end: '2024-01-15',
      label: 'two weeks',
    });
    const tvRow = r.channels.find((c) => c.name === 'tv')!;
    const i80 = tvRow.interval.contribution[0]!;
    // draws scale beta by 0.9, 1, 1.1 → 135, 150, 165; 10th/90th percentiles 138 and 162
    expect(i80.low).toBeCloseTo(138, 9);
    expect(i80.high).toBeCloseTo(162, 9);
  });
});

describe('the joint media contribution', () => {
  it('gets an interval from the same draws as the channels', () => {
    const r = contributionsOverPeriod(
      model,
      { start: '2024-01-08', end: '2024-01-15', label: 'two weeks' },
      { channels: ['tv'] },
    );
    expect(r.total.media).toBe(150);
    const [i80, i95] = r.total.mediaInterval;
    expect(i80?.level).toBe(0.8);
    expect(i80?.low).toBeLessThan(150);
    expect(i80?.high).toBeGreaterThan(150);
    expect(i95?.low).toBeLessThanOrEqual(i80?.low as number);
    expect(r.total.mediaInterval).toEqual(r.channels[0]?.interval.contribution);
  });
});

describe('totals and averages over a period', () => {
  it('gives the blended ROI and joint share of the channels, and averages per period', () => {
    const r = contributionsOverPeriod(model, {
      start: '2024-01-08',
      end: '2024-01-15',
      label: 'two weeks',
    });
    // tv 150 on 300, search 40 on 100; KPI 2000 over two weeks
    expect(r.total).toMatchObject({ kpi: 2000, spend: 400, media: 190 });
    expect(r.total.roi).toBeCloseTo(190 / 400, 12);
    expect(r.total.share).toBeCloseTo(190 / 2000, 12);
    expect(r.total.perPeriod).toEqual({ kpi: 1000, spend: 200, media: 95 });
    expect(r.channels.find((c) => c.name === 'tv')!.perPeriod).toEqual({
      spend: 150,
      contribution: 75,
    });
  });

  it('says over how many recent periods marginal ROI is read (a quarter of weekly data)', () => {
    const weekly = { ...model, frequency: 'weekly', dates: Array(20).fill('2024-01-01') };
    const all = { start: '2024-01-01', end: '2024-01-22', label: 'all' };
    expect(contributionsOverPeriod(weekly as FittedModel, all).mroiWindow).toEqual({ periods: 13 });
    const short = { ...model, frequency: 'weekly' } as FittedModel;
    expect(contributionsOverPeriod(short, all).mroiWindow).toEqual({ periods: 4 });
  });
});

describe('baseline drivers over a period', () => {
  const parts = [
    { name: 'intercept', kind: 'intercept', series: [500, 500, 500, 500] },
    { name: 'price', kind: 'control', series: [-30, 10, 40, -20] },
    { name: 'promo', kind: 'event', series: [0, 60, 0, 0] },
  ];
  const withParts = { ...model, baselineParts: parts } as unknown as FittedModel;

  it('sums each part over the period, with its lowest and highest single period', () => {
    const r = contributionsOverPeriod(withParts, {
      start: '2024-01-08',
      end: '2024-01-15',
      label: 'two weeks',
    });
    const price = r.baseline.drivers.find((d) => d.name === 'price')!;
    expect(price).toMatchObject({ kind: 'control', contribution: 50, lowest: 10, highest: 40 });
    expect(price.share).toBeCloseTo(50 / 2000, 12);
    const promo = r.baseline.drivers.find((d) => d.name === 'promo')!;
    expect(promo).toMatchObject({ contribution: 60, lowest: 0, highest: 60 });
  });

  it('lists the largest swing first and the base level last', () => {
    const r = contributionsOverPeriod(withParts, {
      start: '2024-01-01',
      end: '2024-01-22',
      label: 'all',
    });
    expect(r.baseline.drivers.map((d) => d.name)).toEqual(['price', 'promo', 'intercept']);
  });

  it('has no drivers for a model stored before it kept the parts', () => {
    const r = contributionsOverPeriod(model, {
      start: '2024-01-01',
      end: '2024-01-22',
      label: 'all',
    });
    expect(r.baseline.drivers).toEqual([]);
  });
});

describe('what the model does not explain over a period', () => {
  it('is the actual minus the fitted KPI, so channels, baseline and it add up to the actual', () => {
    const off = {
      ...model,
      decomposition: model.decomposition.map((d) => ({
        ...d,
        fitted: 990,
        baseline: d.baseline - 10,
      })),
    } as FittedModel;
    const r = contributionsOverPeriod(off, {
      start: '2024-01-08',
      end: '2024-01-15',
      label: 'two weeks',
    });
    expect(r.unexplained.contribution).toBe(20);
    const shares = r.channels.reduce((s, c) => s + c.share, r.baseline.share + r.unexplained.share);
    expect(shares).toBeCloseTo(1, 12);
  });
});
