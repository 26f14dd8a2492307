import { describe, expect, it } from 'vitest';
import type { FittedModel } from '../model/model-types';
import { modelDiagnostics } from './diagnostics';

const channel = (name: string, contribution: number, low: number, high: number) => ({
  name,
  contribution,
  interval: { contribution: [{ level: 0.8, low, high }], share: [], roi: [] },
});

describe('modelDiagnostics', () => {
  it('calls a fit good only with high R² and a small holdout error, and lists channels the data cannot pin down', () => {
    const model = {
      kpi: 'revenue',
      periods: 156,
      frequency: 'weekly',
      metrics: {
        r2: 0.9,
        nrmse: 0.05,
        mape: 0.04,
        holdout: { periods: 20, r2: 0.8, nrmse: 0.07, mape: 0.06 },
        decompRssd: 0.1,
      },
      channels: [channel('tv', 100, 80, 120), channel('radio', 10, -5, 30)],
      warnings: ['radio: too little variation'],
    } as unknown as FittedModel;
    const d = modelDiagnostics(model);
    expect(d.quality).toBe('good');
    expect(d.uncertainChannels).toEqual(['radio']);
    const weak = modelDiagnostics({
      ...model,
      metrics: { ...model.metrics, holdout: { ...model.metrics.holdout, mape: 0.3 } },
    });
    expect(weak.quality).toBe('weak');
  });
});
