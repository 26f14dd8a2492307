/**
 * Meridian-like world: national weekly data, 156 weeks, 3-6 channels with log-normal AR(1) spend
 * (some flighted down to a low level, never zero), normalised geometric adstock over lags 0-8,
 * Hill slope 1 on median-scaled adstocked spend, channel effects split by ROI ~ LogNormal(0.2, 0.9)
 * times spend; baseline with trend and yearly seasonality, a price control (negative effect) and
 * sometimes a consumer-sentiment control. Written independently of tools/simulate.
 */
import { median } from '../measure';
import { DAY, isoDate } from './calendar';
import { channelTruth } from './channel-truth';
import { worldRng } from './rng';
import { ar1, mean, r2, sd, sum } from './series';
import { worldCsv } from './world-csv';
import type { ForeignWorld } from './world-types';

const MEDIA = ['tv', 'search', 'social', 'display', 'radio', 'ooh', 'video', 'print', 'affiliate'];

interface MeridianChannel {
  spend: number[];
  decay: number;
  /** Half-saturation as a multiple of the median positive window spend. */
  ec: number;
  med: number;
  roi: number;
}

export function meridianLike(seed: number): ForeignWorld {
  const rng = worldRng(seed * 7919 + 11);
  const n = 156;
  const k = rng.int(3, 6);
  const maxLag = 8;
  const burn = maxLag;
  const total = n + burn;
  const start = Date.parse('2020-01-06T00:00:00Z') + rng.int(0, 51) * 7 * DAY;
  const dates = Array.from({ length: n }, (_, t) => isoDate(start + t * 7 * DAY));
  const names = rng
    .shuffle(MEDIA)
    .slice(0, k)
    .map((c) => `${c}_spend`);

  const media: MeridianChannel[] = [];
  for (let j = 0; j < k; j++) {
    const level = rng.logUnif(5_000, 80_000);
    const sigma = rng.unif(0.15, 0.6);
    const rho = rng.unif(0, 0.7);
    const amp = rng.unif(0, 0.35);
    const phase = rng.unif(0, 2 * Math.PI);
    const flighted = rng.next() < 0.35;
    const offMult = rng.unif(0.05, 0.4);
    const e = ar1(rng, total, rho);
    const spend: number[] = [];
    let on = true;
    let left = rng.int(4, 10);
    for (let t = 0; t < total; t++) {
      if (flighted && left-- <= 0) {
        on = !on;
        left = rng.int(4, 10) - 1;
      }
      const season = amp * Math.sin((2 * Math.PI * t) / 52 + phase);
      const mult = flighted && !on ? offMult : 1;
      spend.push(
        r2(level * Math.exp(sigma * (e[t] as number) + season - 0.5 * sigma * sigma) * mult),
      );
    }
    const decay = rng.unif(0.3, 0.8);
    const ec = rng.unif(0.5, 2);
    const med = median(spend.slice(burn).filter((v) => v > 0));
    const roi = Math.exp(0.2 + 0.9 * rng.normal());
    media.push({ spend, decay, ec, med, roi });
  }

  // Unit-beta response: hill(normalised adstock / median, ec, slope 1), window weeks only.
  const response = media.map(({ spend, decay, ec, med }) => {
    const w = Array.from({ length: maxLag + 1 }, (_, l) => decay ** l);
    const ws = sum(w);
    const out: number[] = [];
    for (let t = burn; t < total; t++) {
      let a = 0;
      for (let l = 0; l <= maxLag; l++) a += ((w[l] as number) / ws) * (spend[t - l] as number);
      const x = a / med;
      out.push(x / (x + ec));
    }
    return out;
  });

  // Baseline: level, linear trend, two yearly harmonics.
  const mu0 = rng.logUnif(200_000, 2_000_000);
  const trend = rng.unif(-0.15, 0.3);
  const a1 = rng.unif(0.05, 0.2);
  const a2 = rng.unif(0, 0.08);
  const p1 = rng.unif(0, 2 * Math.PI);
  const p2 = rng.unif(0, 2 * Math.PI);
  const season = Array.from(
    { length: n },
    (_, t) =>
      a1 * Math.sin((2 * Math.PI * t) / 52 + p1) + a2 * Math.sin((4 * Math.PI * t) / 52 + p2),
  );
  const base = season.map((s, t) => mu0 * (1 + (trend * t) / n + s));
  const nControls = rng.int(1, 2);
  const controls: { name: string; values: number[] }[] = [];
  const controlEffect = new Array<number>(n).fill(0);
  {
    // price: AR(1) around 10 with occasional discounts, negative effect
    const drift = ar1(rng, n, 0.85);
    const price = drift.map((d) => r2(10 * (1 + 0.05 * d) * (rng.next() < 0.1 ? 0.85 : 1)));
    const pm = mean(price);
    const elast = rng.unif(0.5, 2);
    price.forEach((p, t) => {
      controlEffect[t] = (controlEffect[t] as number) - elast * mu0 * (p / pm - 1);
    });
    controls.push({ name: 'price', values: price });
  }
  if (nControls === 2) {
    // consumer sentiment: AR(1), correlated with seasonality, small effect of either sign
    const e = ar1(rng, n, 0.9);
    const cs = e.map((v, t) => r2(100 + 5 * v + 20 * (season[t] as number)));
    const m = mean(cs);
    const sdv = sd(cs);
    const coef = rng.unif(-0.04, 0.06);
    cs.forEach((v, t) => {
      controlEffect[t] = (controlEffect[t] as number) + coef * mu0 * ((v - m) / sdv);
    });
    controls.push({ name: 'consumer_sentiment', values: cs });
  }

  // Media total = M of the noiseless KPI, split by ROI x window spend.
  const M = rng.unif(0.15, 0.45);
  const baseSum = sum(base) + sum(controlEffect);
  const mediaTotal = (M / (1 - M)) * baseSum;
  const weights = media.map((c) => c.roi * sum(c.spend.slice(burn)));
  const wsum = sum(weights);
  const betas = response.map((h, j) => (mediaTotal * (weights[j] as number)) / wsum / sum(h));

  const noiseFrac = rng.unif(0.03, 0.08);
  const meanKpi = (baseSum + mediaTotal) / n;
  const kpi = base.map((b, t) => {
    let v = b + (controlEffect[t] as number) + noiseFrac * meanKpi * rng.normal();
    for (let j = 0; j < k; j++) v += (betas[j] as number) * (response[j]?.[t] as number);
    return r2(Math.max(v, 0.05 * mu0));
  });
  const kpiTotal = sum(kpi);

  const windows = media.map((c) => c.spend.slice(burn));
  const channels = names.map((name, j) => {
    const { ec, med, decay } = media[j] as MeridianChannel;
    const win = windows[j] as number[];
    // Steady state: the normalised adstock of a constant spend m is m.
    const x = mean(win) / med;
    const h = x / (x + ec);
    const contribution = (betas[j] as number) * sum(response[j] as number[]);
    const beta = betas[j] as number;
    const lagSum = sum(Array.from({ length: maxLag + 1 }, (_, l) => decay ** l));
    return channelTruth(name, win, contribution, kpiTotal, 1 - h, {
      response: response[j] as number[],
      carryover: 1 - 1 / lagSum,
      // d/dm of beta * (m / med) / (m / med + ec).
      steadyMarginal: (m) => (beta * ec) / (med * (m / med + ec) ** 2),
    });
  });
  const csv = worldCsv(dates, [
    { name: 'revenue', values: kpi },
    ...names.map((name, j) => ({ name, values: windows[j] as number[] })),
    ...controls,
  ]);
  return {
    seed,
    csv,
    expected: { channels: names, controls: controls.map((c) => c.name), events: [] },
    channels,
  };
}
