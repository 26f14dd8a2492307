import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';

const BENCH = new URL('../../../shared/benchmarks/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, BENCH), 'utf8');

describe('parseDataset on public benchmark files', () => {
  it('detects every role of the Robyn simulated weekly file with no hints', () => {
    const { dataset, report } = parseDataset(read('robyn_simulated_weekly.csv'));
    const { schema } = dataset;
    expect(schema.date).toBe('DATE');
    expect(schema.kpi).toBe('revenue');
    expect(schema.kpiType).toBe('revenue');
    expect(schema.frequency).toBe('weekly');
    expect([...schema.channels].sort()).toEqual([
      'facebook_S',
      'ooh_S',
      'print_S',
      'search_S',
      'tv_S',
    ]);
    expect(schema.controls).toEqual(['competitor_sales_B', 'newsletter']);
    expect(schema.events).toEqual(['event1', 'event2']);
    expect(schema.groups.social).toEqual(['facebook_S']);
    expect(report.periods).toBe(208);
    expect(report.start).toBe('2015-11-23');
    expect(report.end).toBe('2019-11-11');
    expect(report.ignored.map((i) => i.column)).toEqual(['facebook_I', 'search_clicks_P']);
    expect(report.ignored[0]?.reason).toContain('not spend');
    expect(report.warnings.join('\n')).toContain('newsletter is organic');
    expect(dataset.events.event1?.reduce((a, b) => a + b, 0)).toBe(1);
    expect(dataset.kpi[0]).toBeCloseTo(2754371.66666667, 6);
    expect(dataset.spend.tv_S?.[0]).toBeCloseTo(22358.3466666667, 8);
  });

  it('reads the Meridian national file with only the KPI given', () => {
    const { dataset, report } = parseDataset(read('meridian_national_all_channels.csv'), {
      kpi: 'conversions',
    });
    const { schema } = dataset;
    expect(schema.date).toBe('time');
    expect(schema.kpiType).toBe('conversions');
    expect(schema.channels).toEqual([0, 1, 2, 3, 4].map((i) => `Channel${i}_spend`));
    expect(schema.controls.sort()).toEqual([
      'Organic_channel0_impression',
      'Promo',
      'competitor_sales_control',
      'sentiment_score_control',
    ]);
    expect(schema.controls).not.toContain('revenue_per_conversion');
    const ignored = Object.fromEntries(report.ignored.map((i) => [i.column, i.reason]));
    expect(ignored.revenue_per_conversion).toContain('not a control');
    expect(ignored.Channel0_impression).toContain('exposure');
    expect(report.periods).toBe(156);
  });

  it('reads the PyMC example with its channels given, ignoring dayofyear and t', () => {
    const { dataset, report } = parseDataset(read('pymc_mmm_example.csv'), {
      channels: ['x1', 'x2'],
    });
    expect(dataset.schema.kpi).toBe('y');
    expect(dataset.schema.channels).toEqual(['x1', 'x2']);
    expect(dataset.schema.events).toEqual(['event_1', 'event_2']);
    expect(report.ignored.map((i) => i.column)).toEqual(['dayofyear', 't']);
    expect(report.periods).toBe(179);
    // published truth: x1 spend sums to 55.3256
    expect(dataset.spend.x1?.reduce((a, b) => a + b, 0)).toBeCloseTo(55.325602516213294, 9);
  });

  it('falls back to unnamed numeric columns as channels in the PyMC example, and says so', () => {
    const { dataset, report } = parseDataset(read('pymc_mmm_example.csv'));
    expect(dataset.schema.channels).toEqual(['x1', 'x2']);
    expect(report.warnings[0]).toContain('No column is named like spend');
  });

  it('accepts event_1 and event_2 as controls when told so', () => {
    const { dataset } = parseDataset(read('pymc_mmm_example.csv'), {
      kpi: 'y',
      channels: ['x1', 'x2'],
      controls: ['event_1', 'event_2'],
    });
    expect(dataset.schema.controls).toEqual(['event_1', 'event_2']);
    expect(dataset.schema.events).toEqual([]);
  });

  it('sums the Meridian geo panel, with its unnamed index column, into a national series', () => {
    const geo = parseDataset(read('meridian_geo_all_channels.csv'), { kpi: 'conversions' });
    const national = parseDataset(read('meridian_national_all_channels.csv'), {
      kpi: 'conversions',
    });
    expect(geo.report.periods).toBe(156);
    expect(geo.report.ignored[0]?.reason).toBe('unnamed index column');
    expect(geo.dataset.schema.channels).toEqual(national.dataset.schema.channels);
    expect(geo.dataset.dates).toEqual(national.dataset.dates);
    // Meridian's national file is the sum of its geos
    geo.dataset.kpi.forEach((v, t) => {
      expect(v).toBeCloseTo(national.dataset.kpi[t] ?? 0, 0);
    });
    geo.dataset.spend.Channel3_spend?.forEach((v, t) => {
      expect(v).toBeCloseTo(national.dataset.spend.Channel3_spend?.[t] ?? 0, 3);
    });
  });
});
