import type { Frequency } from '../data/dataset-types';
import {
  adstockWeights,
  channelContribution,
  steadyStateMarginal,
} from '../model/channel-response';
import type { ChannelResponseModel, ChannelResult, FittedModel } from '../model/model-types';

/** One channel of a hand-built model: its response parameters and its spend history. */
export interface SyntheticChannel {
  name: string;
  beta: number;
  alpha: number;
  /** Half-saturation spend per period. */
  gamma: number;
  /** Geometric carryover rate; 0 = no carryover. */
  theta?: number;
  maxLag?: number;
  /** Spend per period of the history: a constant or the whole series. */
  spend: number | number[];
}

export interface SyntheticModelSpec {
  channels: SyntheticChannel[];
  /** Length of the history when spends are constants (default 52). */
  periods?: number;
  frequency?: Frequency;
  /** Baseline KPI per period (default 0). */
  baseline?: number;
  /** Number of posterior draws (default 0). */
  draws?: number;
  /** Relative spread of beta and gamma across the draws (default 0.1). */
  drawSpread?: number;
}

/**
 * A FittedModel built from known channel responses rather than fitted: ground truth for tests
 * and benchmarks of scenarios and the optimizer. Draws perturb beta and gamma deterministically.
 */
export function syntheticModel(spec: SyntheticModelSpec): FittedModel {
  const periods = spec.periods ?? maxLength(spec.channels) ?? 52;
  const frequency = spec.frequency ?? 'weekly';
  const responses: ChannelResponseModel[] = spec.channels.map((c) => ({
    name: c.name,
    adstock: { type: 'geometric', theta: c.theta ?? 0, maxLag: c.maxLag ?? 1 },
    saturation: { type: 'hill', alpha: c.alpha, gamma: c.gamma },
    beta: c.beta,
  }));
  const spendHistory: Record<string, number[]> = {};
  for (const c of spec.channels) {
    spendHistory[c.name] =
      typeof c.spend === 'number' ? new Array(periods).fill(c.spend) : [...c.spend];
  }
  const baselineSeries = new Array(periods).fill(spec.baseline ?? 0);
  const contributions = responses.map((r) =>
    Array.from(channelContribution(r, spendHistory[r.name] ?? [])),
  );
  const dates = Array.from({ length: periods }, (_, t) => isoDate(t, frequency));
  const total =
    baselineSeries.reduce((s, v) => s + v, 0) + contributions.flat().reduce((s, v) => s + v, 0);
  const channels: ChannelResult[] = responses.map((r, i) => {
    const spend = (spendHistory[r.name] ?? []).reduce((s, v) => s + v, 0);
    const contribution = (contributions[i] ?? []).reduce((s, v) => s + v, 0);
    return {
      name: r.name,
      spend,
      contribution,
      share: total > 0 ? contribution / total : 0,
      roi: spend > 0 ? contribution / spend : 0,
      mroi: steadyStateMarginal(r, spend / periods),
      interval: { contribution: [], share: [], roi: [] },
      carryoverShare: 1 - (adstockWeights(r.adstock)[0] ?? 1),
      adstock: r.adstock,
      saturation: r.saturation,
      beta: r.beta,
      responseCurve: [],
    };
  });
  const n = spec.draws ?? 0;
  const spread = spec.drawSpread ?? 0.1;
  const draws = Array.from({ length: n }, (_, k) => ({
    channels: responses.map((r, i) => ({
      ...r,
      beta: r.beta * (1 + spread * evenZ(k, n)),
      saturation: {
        ...r.saturation,
        gamma: r.saturation.gamma * (1 + 0.5 * spread * evenZ((k * 7 + i * 3) % n, n)),
      },
    })),
  }));
  return {
    version: 1,
    kpi: 'sales',
    kpiType: 'revenue',
    frequency,
    dates,
    periods,
    channels,
    responses,
    spendHistory,
    baselineSeries,
    baseline: { contribution: (spec.baseline ?? 0) * periods, share: 0, components: {} },
    decomposition: [],
    metrics: {
      r2: 1,
      nrmse: 0,
      mape: 0,
      holdout: { periods: 0, r2: 1, nrmse: 0, mape: 0 },
      decompRssd: 0,
    },
    draws,
    warnings: [],
    settings: { seed: 0, synthetic: true },
  };
}

/** Evenly spaced values with mean 0 and standard deviation about 1. */
function evenZ(k: number, n: number): number {
  return Math.sqrt(3) * (2 * ((k + 0.5) / n) - 1);
}

function maxLength(channels: SyntheticChannel[]): number | undefined {
  const lengths = channels.flatMap((c) => (typeof c.spend === 'number' ? [] : [c.spend.length]));
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}

function isoDate(t: number, frequency: Frequency): string {
  const d = new Date(Date.UTC(2023, 0, 2));
  if (frequency === 'monthly') d.setUTCMonth(d.getUTCMonth() + t);
  else d.setUTCDate(d.getUTCDate() + t * (frequency === 'weekly' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}
