import type { Dataset } from '../data/dataset-types';
import { adstockWeights } from '../model/channel-response';
import { createRng } from '../model/random';
import { convolveLags } from '../transforms/convolve';
import { hill } from '../transforms/hill-saturation';
import type {
  ChannelTruth,
  SimChannelSpec,
  SimSaturation,
  SimulatedDataset,
  SimulationSpec,
} from './simulation-types';
import { ar1, spendSeries } from './spend-patterns';

const DAY_MS = 86_400_000;

/** ISO date `start` plus `t` periods of the given frequency. */
export function addPeriods(start: string, t: number, frequency: 'daily' | 'weekly'): string {
  const ms = Date.parse(`${start}T00:00:00Z`) + t * (frequency === 'weekly' ? 7 : 1) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Saturation of one simulated channel applied to its adstocked spend. */
export function simSaturate(x: number, sat: SimSaturation, gamma: number, max: number): number {
  if (sat.type === 'hill') return hill(x, sat.alpha, gamma);
  const e = Math.exp((-sat.lambda * x) / max);
  return (1 - e) / (1 + e);
}

/**
 * Makes a dataset with known truth from a specification and a seed: a baseline with trend,
 * yearly seasonality (and a weekday pattern for daily data), optional price and promo controls,
 * paid channels with adstock and saturation, and AR(1) noise. Each channel's effect is scaled so
 * that its share of the total KPI matches `share` (before noise). Spend before the window
 * (a burn-in of the longest lag) feeds carryover into the first periods, as in real data.
 */
export function simulateDataset(spec: SimulationSpec, seed: number): SimulatedDataset {
  const rng = createRng(seed);
  const n = spec.periods;
  const burn = Math.max(1, ...spec.channels.map((c) => c.adstock.maxLag));
  const total = n + burn;
  const perYear = spec.frequency === 'weekly' ? 365.25 / 7 : 365.25;
  const phase = rng.next() * 2 * Math.PI;
  const phase2 = rng.next() * 2 * Math.PI;
  const weekPhase = rng.int(7);

  const base = new Float64Array(total);
  for (let t = 0; t < total; t++) {
    const w = (2 * Math.PI * (t - burn)) / perYear;
    const season = spec.seasonality * (Math.sin(w + phase) + 0.35 * Math.sin(2 * w + phase2));
    const day =
      spec.frequency === 'daily' ? spec.weekday * Math.cos((2 * Math.PI * (t + weekPhase)) / 7) : 0;
    base[t] = spec.baselineLevel * (1 + (spec.trend * (t - burn)) / n) * (1 + season) * (1 + day);
  }
  const meanBase = base.reduce((a, b) => a + b, 0) / total;
  const demand = base.map((b) => b / meanBase);

  const controls: Record<string, number[]> = {};
  const controlEffect = new Float64Array(total);
  if (spec.price) {
    const drift = ar1(rng, total, 0.9);
    const price = new Float64Array(total);
    for (let t = 0; t < total; t++) {
      const discount = rng.next() < 0.08 ? 0.85 : 1;
      price[t] = Math.round(20 * (1 + 0.04 * (drift[t] as number)) * discount * 100) / 100;
    }
    const mean = price.reduce((a, b) => a + b, 0) / total;
    for (let t = 0; t < total; t++) {
      controlEffect[t] =
        (controlEffect[t] as number) -
        spec.price.elasticity * spec.baselineLevel * ((price[t] as number) / mean - 1);
    }
    controls.price = [...price.subarray(burn)];
  }
  if (spec.promo) {
    const promo = new Float64Array(total);
    for (let t = 0; t < total; t++) promo[t] = rng.next() < spec.promo.frequency ? 1 : 0;
    for (let t = 0; t < total; t++) {
      controlEffect[t] =
        (controlEffect[t] as number) + spec.promo.lift * spec.baselineLevel * (promo[t] as number);
    }
    controls.promo = [...promo.subarray(burn)];
  }

  const sharedDriver = ar1(rng, total, 0.7);
  const blockScale = spec.frequency === 'daily' ? 7 : 1;
  const raw: Float64Array[] = [];
  const spends: Float64Array[] = [];
  for (const ch of spec.channels) {
    const s = spendSeries(
      rng,
      ch.pattern,
      ch.meanSpend,
      demand,
      sharedDriver,
      blockScale,
      spec.spendVariation,
    );
    spends.push(s);
    raw.push(channelResponse(ch, s, burn));
  }

  let baseSum = 0;
  for (let t = burn; t < total; t++) baseSum += (base[t] as number) + (controlEffect[t] as number);
  const shareSum = spec.channels.reduce((a, c) => a + c.share, 0);
  const betas = spec.channels.map((c, j) => {
    const r = (raw[j] as Float64Array).subarray(burn).reduce((a, b) => a + b, 0);
    return r > 0 ? (c.share * baseSum) / (1 - shareSum) / r : 0;
  });

  const noise = ar1(rng, total, spec.noiseAutocorrelation);
  const events: Record<string, number[]> = {};
  (spec.events ?? []).forEach((e, i) => {
    const at = rng.int(n);
    const column = Array.from({ length: n }, (_, t) => (t === at ? 1 : 0));
    events[`event_${i + 1}`] = column;
    controlEffect[burn + at] = (controlEffect[burn + at] as number) + e.lift * spec.baselineLevel;
  });
  const kpi: number[] = [];
  for (let t = burn; t < total; t++) {
    let v =
      (base[t] as number) +
      (controlEffect[t] as number) +
      spec.noise * spec.baselineLevel * (noise[t] as number);
    for (let j = 0; j < raw.length; j++)
      v += (betas[j] as number) * ((raw[j] as Float64Array)[t] as number);
    kpi.push(Math.round(Math.max(v, 0.01 * spec.baselineLevel) * 100) / 100);
  }
  const kpiTotal = kpi.reduce((a, b) => a + b, 0);

  const spend: Record<string, number[]> = {};
  const presample: Record<string, number[]> = {};
  const channels: Record<string, ChannelTruth> = {};
  let mediaTotal = 0;
  spec.channels.forEach((ch, j) => {
    const window = (spends[j] as Float64Array).subarray(burn);
    spend[ch.name] = [...window];
    presample[ch.name] = [...(spends[j] as Float64Array).subarray(0, burn)];
    const beta = betas[j] as number;
    const contribution = beta * (raw[j] as Float64Array).subarray(burn).reduce((a, b) => a + b, 0);
    const spent = window.reduce((a, b) => a + b, 0);
    mediaTotal += contribution;
    channels[ch.name] = {
      spend: spent,
      contribution,
      share: contribution / kpiTotal,
      roi: spent > 0 ? contribution / spent : 0,
      beta,
      adstock: ch.adstock,
      saturation: ch.saturation,
      pattern: ch.pattern,
    };
  });

  const dataset: Dataset = {
    schema: {
      date: 'date',
      kpi: spec.kpi,
      kpiType: 'revenue',
      channels: spec.channels.map((c) => c.name),
      controls: Object.keys(controls),
      events: Object.keys(events),
      frequency: spec.frequency,
      groups: {},
    },
    dates: Array.from({ length: n }, (_, t) => addPeriods(spec.start, t, spec.frequency)),
    kpi,
    spend,
    controls,
    events,
  };
  return {
    dataset,
    truth: {
      seed,
      kpiTotal,
      baseline: { contribution: kpiTotal - mediaTotal, share: 1 - mediaTotal / kpiTotal },
      channels,
    },
    presample,
  };
}

/** The unscaled response of a simulated channel: its saturation of its adstocked spend (gamma and max from the periods after `burn`). */
export function channelResponse(
  ch: SimChannelSpec,
  spend: Float64Array,
  burn: number,
): Float64Array {
  const ad = convolveLags(spend, adstockWeights(ch.adstock));
  const { gamma, max } = saturationScale(ch, spend.subarray(burn));
  return ad.map((x) => simSaturate(x, ch.saturation, gamma, max));
}

/**
 * The spend scales of a simulated channel's true curve, from its spend over the data window:
 * Hill's half-saturation (gammaMultiple × mean non-zero spend) and the logistic's maximum.
 */
export function saturationScale(
  ch: SimChannelSpec,
  window: ArrayLike<number>,
): { gamma: number; max: number } {
  let sum = 0;
  let count = 0;
  let max = 0;
  for (let t = 0; t < window.length; t++) {
    const v = window[t] as number;
    if (v > 0) {
      sum += v;
      count++;
    }
    max = Math.max(max, v);
  }
  const gamma =
    ch.saturation.type === 'hill' ? ch.saturation.gammaMultiple * (count > 0 ? sum / count : 1) : 1;
  return { gamma, max: max || 1 };
}
