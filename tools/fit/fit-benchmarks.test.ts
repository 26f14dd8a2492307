import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset';
import { fitModel } from './fit-model';

const BENCH = path.resolve(import.meta.dirname, '../../../shared/benchmarks');
const read = (f: string) => readFileSync(path.join(BENCH, f), 'utf8');

describe('fit on public benchmark datasets', () => {
  it.each([1, 2, 42])(
    'recovers both PyMC-Marketing example shares within 2 points of the published truth (search seed %i)',
    (seed) => {
      const truth = JSON.parse(read('pymc_mmm_example.truth.json')) as {
        truth: Record<string, { share: number }>;
      };
      const { dataset } = parseDataset(read('pymc_mmm_example.csv'), {
        kpi: 'y',
        channels: ['x1', 'x2'],
        controls: [],
        events: ['event_1', 'event_2'],
      });
      const model = fitModel(dataset, { seed });
      for (const name of ['x1', 'x2']) {
        const got = model.channels.find((c) => c.name === name)?.share ?? Number.NaN;
        expect(Math.abs(got - (truth.truth[name]?.share ?? 0))).toBeLessThan(0.02);
      }
    },
  );

  it.each([
    ['robyn_simulated_weekly.csv', 'revenue'],
    ['meridian_national_all_channels.csv', 'conversions'],
  ])('fits %s with only the KPI given and sane shares', (file, kpi) => {
    const { dataset } = parseDataset(read(file), { kpi });
    const model = fitModel(dataset);
    expect(model.channels.length).toBeGreaterThanOrEqual(4);
    const media = model.channels.reduce((a, c) => a + c.share, 0);
    expect(media).toBeGreaterThan(0.01);
    expect(media).toBeLessThan(0.8);
    for (const c of model.channels) {
      expect(c.share).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(c.roi) && Number.isFinite(c.mroi)).toBe(true);
    }
    expect(model.metrics.r2).toBeGreaterThan(0.3);
  });

  it('gives byte-identical output for the same data and seed', () => {
    const { dataset } = parseDataset(read('pymc_mmm_example.csv'), {
      kpi: 'y',
      channels: ['x1', 'x2'],
    });
    const a = JSON.stringify(fitModel(dataset, { intervals: 5, seed: 7 }));
    const b = JSON.stringify(fitModel(dataset, { intervals: 5, seed: 7 }));
    expect(a).toBe(b);
  });
});
