import { describe, expect, it } from 'vitest';
import { randomSpec } from './random-spec';
import { channelResponse, simulateDataset } from './simulate-dataset';
import type { SimulationSpec } from './simulation-types';

const spec: SimulationSpec = {
  periods: 104,
  frequency: 'weekly',
  start: '2022-01-03',
  kpi: 'revenue',
  baselineLevel: 100_000,
  trend: 0.1,
  seasonality: 0.1,
  weekday: 0,
  noise: 0,
  noiseAutocorrelation: 0,
  channels: [
    {
      name: 'tv',
      meanSpend: 20_000,
      pattern: 'flighted',
      adstock: { type: 'geometric', theta: 0.5, maxLag: 8 },
      saturation: { type: 'hill', alpha: 1.5, gammaMultiple: 1 },
      share: 0.15,
    },
    {
      name: 'search',
      meanSpend: 5_000,
      pattern: 'demand-following',
      adstock: { type: 'weibull', shape: 2, scale: 2, maxLag: 6 },
      saturation: { type: 'logistic', lambda: 2 },
      share: 0.1,
    },
  ],
};

describe('ground-truth simulator', () => {
  it('gives each channel the share of the KPI its spec asks for (without noise)', () => {
    const { truth } = simulateDataset(spec, 7);
    expect(truth.channels.tv?.share).toBeCloseTo(0.15, 2);
    expect(truth.channels.search?.share).toBeCloseTo(0.1, 2);
    expect(truth.baseline.share).toBeCloseTo(0.75, 2);
  });

  it('gives the spend before the window whose carryover, with the window, makes each true contribution', () => {
    const { dataset, truth, presample } = simulateDataset(spec, 7);
    for (const ch of spec.channels) {
      const before = presample[ch.name] ?? [];
      expect(before).toHaveLength(8);
      expect(before.some((v) => v > 0)).toBe(true);
      const all = Float64Array.from([...before, ...(dataset.spend[ch.name] ?? [])]);
      const inWindow = channelResponse(ch, all, 8).subarray(8);
      const beta = truth.channels[ch.name]?.beta ?? Number.NaN;
      const total = inWindow.reduce((a, b) => a + b, 0) * beta;
      expect(total / (truth.channels[ch.name]?.contribution ?? Number.NaN)).toBeCloseTo(1, 12);
      // Without the spend before the window the first periods lose their carryover.
      const cold = channelResponse(ch, Float64Array.from(dataset.spend[ch.name] ?? []), 0);
      expect(cold[0] as number).toBeLessThan(inWindow[0] as number);
    }
  });

  it('is reproducible from its seed and differs between seeds', () => {
    const a = simulateDataset(spec, 1);
    expect(JSON.stringify(simulateDataset(spec, 1))).toBe(JSON.stringify(a));
    expect(simulateDataset(spec, 2).dataset.kpi).not.toEqual(a.dataset.kpi);
  });

  it('flights TV with zero weeks and makes search follow demand', () => {
    const { dataset } = simulateDataset({ ...spec, trend: 0, seasonality: 0.3 }, 3);
    const tv = dataset.spend.tv ?? [];
    expect(tv.filter((v) => v === 0).length).toBeGreaterThan(10);
    const search = dataset.spend.search ?? [];
    const corr = correlation(search, dataset.kpi);
    expect(corr).toBeGreaterThan(0.5);
  });

  it('reports roi as contribution over spend and dates one week apart', () => {
    const { dataset, truth } = simulateDataset(spec, 4);
    const tv = truth.channels.tv;
    expect(tv?.roi).toBeCloseTo((tv?.contribution ?? 0) / (tv?.spend ?? 1), 9);
    expect(dataset.dates.slice(0, 2)).toEqual(['2022-01-03', '2022-01-10']);
  });

  it('draws daily specs with a weekday pattern and daily dates', () => {
    const { dataset } = simulateDataset(
      randomSpec(5, { frequency: 'daily', channels: 3, periods: 60 }),
      5,
    );
    expect(dataset.dates.slice(0, 2)).toEqual(['2021-01-04', '2021-01-05']);
    expect(dataset.schema.channels).toHaveLength(3);
  });
});

function correlation(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += ((a[i] as number) - ma) * ((b[i] as number) - mb);
    saa += ((a[i] as number) - ma) ** 2;
    sbb += ((b[i] as number) - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('simulator scenarios', () => {
  it('forces adstock and saturation families, spend patterns and events when asked', () => {
    const spec = randomSpec(9, {
      frequency: 'weekly',
      channels: 4,
      adstock: 'weibull',
      saturation: 'logistic',
      patterns: ['iid', 'sparse'],
      events: 2,
      spendVariation: 0.35,
    });
    expect(spec.channels.every((c) => c.adstock.type === 'weibull')).toBe(true);
    expect(spec.channels.every((c) => c.saturation.type === 'logistic')).toBe(true);
    const { dataset } = simulateDataset(spec, 9);
    expect(dataset.schema.events).toEqual(['event_1', 'event_2']);
    expect(dataset.events.event_1?.reduce((a, b) => a + b, 0)).toBe(1);
    const sparse = spec.channels.findIndex((c) => c.pattern === 'sparse');
    if (sparse >= 0) {
      const s = dataset.spend[`ch${sparse + 1}_spend`] ?? [];
      expect(s.filter((v) => v === 0).length).toBeGreaterThan(0.6 * s.length);
    }
  });

  it('spreads spend less with a smaller spend variation', () => {
    const cv = (variation: number) => {
      const spec = randomSpec(3, { frequency: 'weekly', channels: 1, spendVariation: variation });
      const { dataset } = simulateDataset(
        { ...spec, channels: spec.channels.map((c) => ({ ...c, pattern: 'always-on' as const })) },
        3,
      );
      const s = dataset.spend.ch1_spend ?? [];
      const m = s.reduce((a, b) => a + b, 0) / s.length;
      return Math.sqrt(s.reduce((a, b) => a + (b - m) ** 2, 0) / s.length) / m;
    };
    expect(cv(0.35)).toBeLessThan(cv(0.5));
  });
});
