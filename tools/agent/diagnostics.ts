import type { FittedModel } from '../model/model-types';

export interface DiagnosticsResult {
  kpi: string;
  periods: number;
  frequency: string;
  metrics: FittedModel['metrics'];
  /** Plain verdict on the fit: good, fair or weak, from the holdout error and R². */
  quality: 'good' | 'fair' | 'weak';
  /** Channels whose 80% contribution interval is wider than the estimate itself. */
  uncertainChannels: string[];
  warnings: string[];
}

/**
 * How far to trust the model: fit metrics in-sample and on the time holdout, a plain verdict,
 * the channels the data cannot pin down, and the fit's warnings.
 */
export function modelDiagnostics(model: FittedModel): DiagnosticsResult {
  const { metrics } = model;
  const holdoutMape = metrics.holdout.mape;
  const quality =
    metrics.r2 >= 0.8 && holdoutMape <= 0.1
      ? 'good'
      : metrics.r2 >= 0.6 && holdoutMape <= 0.2
        ? 'fair'
        : 'weak';
  const uncertainChannels = model.channels
    .filter((c) => {
      const i80 = c.interval.contribution.find((i) => Math.abs(i.level - 0.8) < 1e-9);
      return i80 !== undefined && i80.high - i80.low > Math.abs(c.contribution);
    })
    .map((c) => c.name);
  return {
    kpi: model.kpi,
    periods: model.periods,
    frequency: model.frequency,
    metrics,
    quality,
    uncertainChannels,
    warnings: model.warnings,
  };
}
