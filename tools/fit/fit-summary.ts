import type { FittedModel } from '../model/model-types';

/** The `fit --json` contract of ARCHITECTURE.md. */
export function fitSummary(model: FittedModel) {
  return {
    kpi: model.kpi,
    periods: model.periods,
    frequency: model.frequency,
    channels: model.channels.map((c) => ({
      name: c.name,
      spend: c.spend,
      contribution: c.contribution,
      share: c.share,
      roi: c.roi,
      mroi: c.mroi,
      interval: c.interval,
      adstock: c.adstock,
      saturation: c.saturation,
    })),
    baseline: { contribution: model.baseline.contribution, share: model.baseline.share },
    metrics: {
      r2: model.metrics.r2,
      nrmse: model.metrics.nrmse,
      mape: model.metrics.mape,
      holdout: model.metrics.holdout,
    },
    warnings: model.warnings,
  };
}
