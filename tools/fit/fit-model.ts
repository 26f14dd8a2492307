import type { Dataset } from '../data/dataset-types';
import { invalid } from '../errors';
import type {
  BaselinePart,
  ChannelResponseModel,
  FitMetrics,
  FittedModel,
} from '../model/model-types';
import { createRng } from '../model/random';
import { calibratedIntervals, DRIVER_INTERVAL_SCALE } from '../stats/calibrated-interval';
import { type BaseKind, buildBaseDesign } from './baseline-design';
import { channelResults } from './channel-results';
import { type CoreFit, coreContext, coreInputs, fitCore } from './fit-core';
import { type FitOptions, resolveSettings } from './fit-options';
import { fitWarnings } from './fit-warnings';
import { resolveLiftTests } from './lift-tests';
import { toAdstock, toAlpha, toGamma } from './media-params';
import { fitQuality } from './metrics';
import { CENTRE_DRAWS, centredCoefficients, meanContributions } from './posterior-centre';
import { posteriorReplicates } from './posterior-draws';

/**
 * Fits the marketing-mix model to a validated dataset: per-channel adstock and Hill saturation
 * found by a seeded global search (variable projection: the linear coefficients are solved
 * exactly for every candidate), a baseline of intercept, trend, seasonality, controls and events,
 * non-negative media effects; the point estimate is the posterior mean and intervals come from
 * posterior draws (see posterior-centre.ts and posterior-draws.ts). Deterministic for a
 * given dataset and seed.
 */
export function fitModel(dataset: Dataset, options: FitOptions = {}): FittedModel {
  return fitModelWithDraws(dataset, options).model;
}

/** What a fit starts from; throws the input's errors (naming the field) before any work. */
function prepareFit(dataset: Dataset, options: FitOptions) {
  const names = dataset.schema.channels;
  const n = dataset.kpi.length;
  if (names.length === 0) throw invalid('channels', 'the model needs at least one spend channel');
  const settings = resolveSettings(options, dataset.schema.frequency, names.length);
  const base = buildBaseDesign(dataset);
  const minimum = base.columns.length + names.length + 12;
  if (n < minimum) {
    throw invalid(
      'periods',
      `${n} periods is too few for ${names.length} channels and this baseline; at least ${minimum} are needed`,
    );
  }
  const liftTests = resolveLiftTests(dataset, options.calibration ?? []);
  return { names, n, settings, base, liftTests };
}

/**
 * Throws the error `fitModel` would throw for bad input (too few periods, no channels, a lift
 * test on an unknown channel or outside the data), at no cost: callers that record a fit
 * before running it check first, so bad input leaves no record.
 */
export function checkFitInput(dataset: Dataset, options: FitOptions = {}): void {
  prepareFit(dataset, options);
}

/** Whether a control or event column holds only 0 and 1 (a promotion flag, say). */
function isBinary(dataset: Dataset, name: string, kind: 'control' | 'event'): boolean {
  const raw = (kind === 'control' ? dataset.controls[name] : dataset.events[name]) ?? [];
  return raw.every((v) => v === 0 || v === 1);
}

/**
 * `fitModel` plus the channel contributions of every interval draw (draw × channel) and each
 * control's and event's effect per unit in every draw, for measuring interval calibration and
 * draw-driven warnings against simulated truth.
 */
export function fitModelWithDraws(
  dataset: Dataset,
  options: FitOptions = {},
): { model: FittedModel; draws: number[][]; driverDraws: Record<string, number[]> } {
  const { names, n, settings, base, liftTests } = prepareFit(dataset, options);
  const spendCols = names.map((c) => dataset.spend[c] ?? []);
  const inputs = coreInputs(base, spendCols, settings, liftTests);
  const y = Float64Array.from(dataset.kpi);
  const rng = createRng(settings.seed);
  const core = fitCore(inputs, y, rng);
  const toModels = (fit: Pick<CoreFit, 'params' | 'coef'>): ChannelResponseModel[] =>
    names.map((name, j) => ({
      name,
      adstock: toAdstock(fit.params[j] as (typeof fit.params)[number], settings.maxLag),
      saturation: {
        type: 'hill',
        alpha: toAlpha(fit.params[j] as (typeof fit.params)[number]),
        gamma: toGamma(fit.params[j] as (typeof fit.params)[number], inputs.scales[j] as number),
      },
      beta: fit.coef[base.columns.length + j] as number,
    }));
  /** One projection problem (under the fit's ROI prior) serves the draws and the centre. */
  const ctx = coreContext(inputs, y, core.roiPrior, core.calibration);
  const all = posteriorReplicates(
    ctx,
    core,
    Math.max(CENTRE_DRAWS, settings.intervals),
    rng,
    toModels,
  );
  const coef = centredCoefficients(
    ctx,
    core,
    meanContributions(all.slice(0, CENTRE_DRAWS), names.length),
  );
  const replicates = all.slice(0, settings.intervals);
  const models = toModels({ params: core.params, coef });
  const pb = base.columns.length;
  const columnSeries = (i: number, coef: Float64Array) =>
    Array.from(core.columns[i] as Float64Array, (v) => v * (coef[i] as number));
  const baselineSeries = new Array<number>(n).fill(0);
  const components: Record<string, number> = {};
  const parts = new Map<string, BaselinePart>();
  const driverDraws: Record<string, number[]> = {};
  base.names.forEach((name, i) => {
    const s = columnSeries(i, coef);
    const kind = base.kinds[i] as BaseKind;
    const key =
      kind === 'seasonality' || kind === 'weekday' || kind === 'intercept' || kind === 'trend'
        ? kind
        : name;
    components[key] = (components[key] ?? 0) + s.reduce((a, b) => a + b, 0);
    const driver = kind === 'control' || kind === 'event';
    if (driver) driverDraws[key] = replicates.map((r) => r.base[i] as number);
    const part: BaselinePart = parts.get(key) ?? {
      name: key,
      kind,
      series: new Array<number>(n).fill(0),
      ...(driver
        ? {
            perUnit: {
              value: coef[i] as number,
              binary: isBinary(dataset, name, kind),
              interval: calibratedIntervals(
                coef[i] as number,
                driverDraws[key] ?? [],
                dataset.schema.frequency,
                { scales: DRIVER_INTERVAL_SCALE },
              ),
            },
          }
        : {}),
    };
    for (let t = 0; t < n; t++) {
      baselineSeries[t] = (baselineSeries[t] as number) + (s[t] as number);
      part.series[t] = (part.series[t] as number) + (s[t] as number);
    }
    parts.set(key, part);
  });
  const channelSeries = names.map((_, j) => columnSeries(pb + j, coef));
  const fitted = baselineSeries.map((b, t) =>
    channelSeries.reduce((a, s) => a + (s[t] as number), b),
  );
  const kpiTotal = dataset.kpi.reduce((a, b) => a + b, 0);

  const channels = channelResults({
    models,
    contributions: channelSeries.map((s) => s.reduce((a, b) => a + b, 0)),
    spends: inputs.spends,
    scales: inputs.scales,
    kpiTotal,
    frequency: dataset.schema.frequency,
    replicates,
  });

  const trainEnd = inputs.layout.trainEnd;
  const holdoutPred: number[] = [];
  for (let t = trainEnd; t < n; t++) {
    let v = 0;
    for (let i = 0; i < core.coefTrain.length; i++)
      v += ((core.columns[i] as Float64Array)[t] as number) * (core.coefTrain[i] as number);
    holdoutPred.push(v);
  }
  const inSample = fitQuality(dataset.kpi, fitted);
  const holdout = fitQuality(dataset.kpi.slice(trainEnd), holdoutPred);
  const mediaTotal = channels.reduce((a, c) => a + Math.max(0, c.contribution), 0);
  const spendTotal = channels.reduce((a, c) => a + c.spend, 0);
  const metrics: FitMetrics = {
    ...inSample,
    holdout: { periods: n - trainEnd, ...holdout },
    decompRssd: Math.sqrt(
      channels.reduce(
        (a, c) =>
          a +
          ((mediaTotal > 0 ? c.contribution / mediaTotal : 0) -
            (spendTotal > 0 ? c.spend / spendTotal : 0)) **
            2,
        0,
      ),
    ),
  };
  const baselineContribution = baselineSeries.reduce((a, b) => a + b, 0);
  const model: FittedModel = {
    version: 1,
    kpi: dataset.schema.kpi,
    kpiType: dataset.schema.kpiType,
    frequency: dataset.schema.frequency,
    dates: [...dataset.dates],
    periods: n,
    channels,
    responses: models,
    spendHistory: Object.fromEntries(
      names.map((c, j) => [c, [...(inputs.spends[j] as Float64Array)]]),
    ),
    baselineSeries,
    baseline: {
      contribution: baselineContribution,
      share: kpiTotal !== 0 ? baselineContribution / kpiTotal : 0,
      components,
    },
    baselineParts: [...parts.values()],
    decomposition: dataset.dates.map((date, t) => ({
      date,
      actual: dataset.kpi[t] as number,
      fitted: fitted[t] as number,
      baseline: baselineSeries[t] as number,
      channels: Object.fromEntries(
        names.map((c, j) => [c, (channelSeries[j] as number[])[t] as number]),
      ),
    })),
    metrics,
    draws: replicates.map((r) => ({ channels: r.channels })),
    warnings: fitWarnings({
      names,
      spends: inputs.spends,
      channels,
      residuals: y.map((v, t) => v - (fitted[t] as number)),
      metrics,
      baselineSeries,
      intervals: replicates.length > 0,
      draws: replicates.map((r) => r.contribution),
    }),
    settings: {
      seed: settings.seed,
      intervals: settings.intervals,
      holdoutShare: settings.holdoutShare,
      adstock: settings.adstock,
      starts: settings.starts,
      roiPriorSpread: settings.roiSpread,
      ...(options.calibration?.length ? { calibration: options.calibration } : {}),
      lambda: core.lambda,
      score: core.score,
    },
  };
  return { model, draws: replicates.map((r) => r.contribution), driverDraws };
}
