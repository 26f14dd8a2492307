import type { Dataset, FittedModel, ValidationReport } from '../../tools';

/** A small weekly dataset (4 periods, two channels) in the shape tools/ produces. */
export function sampleDataset(): { data: Dataset; report: ValidationReport } {
  const schema = {
    date: 'week',
    kpi: 'sales',
    kpiType: 'revenue' as const,
    channels: ['tv', 'social'],
    controls: ['price'],
    events: [],
    frequency: 'weekly' as const,
    groups: { paid: ['tv', 'social'] },
  };
  const dates = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22'];
  const data: Dataset = {
    schema,
    dates,
    kpi: [100.5, 120.25, 90, 110],
    spend: { tv: [10, 20, 0, 15], social: [5, 5, 7.5, 6] },
    controls: { price: [9.99, 9.99, 8.99, 9.49] },
    events: {},
  };
  const report: ValidationReport = {
    schema,
    periods: dates.length,
    start: dates[0] as string,
    end: dates[3] as string,
    ignored: [{ column: 'notes', reason: 'text column' }],
    warnings: ['only 4 periods'],
  };
  return { data, report };
}

/** A minimal, type-complete FittedModel (values are placeholders, not a real fit). */
export function sampleModel(seed = 7): FittedModel {
  const hill = { type: 'hill' as const, alpha: 2, gamma: 12.5 };
  const adstock = { type: 'geometric' as const, theta: 0.5, maxLag: 4 };
  return {
    version: 1,
    kpi: 'sales',
    kpiType: 'revenue',
    frequency: 'weekly',
    dates: ['2024-01-01', '2024-01-08'],
    periods: 2,
    channels: [],
    responses: [{ name: 'tv', adstock, saturation: hill, beta: 30 }],
    spendHistory: { tv: [10, 20] },
    baselineSeries: [80, 81],
    baseline: { contribution: 161, share: 0.7, components: { intercept: 161 } },
    decomposition: [],
    metrics: {
      r2: 0.9,
      nrmse: 0.1,
      mape: 0.05,
      holdout: { periods: 1, r2: 0.8, nrmse: 0.12, mape: 0.06 },
      decompRssd: 0.2,
    },
    draws: [],
    warnings: [],
    settings: { seed },
  };
}
