/**
 * Robyn / siMMMulator-like world: 104-208 weeks, 3-6 channels of campaign-flighted spend (runs of
 * 2-8 weeks, off campaigns spend zero unless the channel is always on), Robyn's recursive
 * (un-normalised) geometric adstock, Hill with the inflexion at min + gamma * (max - min) of the
 * adstocked series; baseline with a piecewise-linear trend and three yearly harmonics, a 0/1
 * `holiday` event column and a `competitor_sales_B` control, as in Robyn's demo data. Written
 * independently of tools/simulate.
 */
import { DAY, isoDate, nthWeekday, weekOf } from './calendar';
import { channelTruth } from './channel-truth';
import { worldRng } from './rng';
import { ar1, mean, r2, sd, sum } from './series';
import { worldCsv } from './world-csv';
import type { ForeignWorld } from './world-types';

const MEDIA = ['tv', 'ooh', 'print', 'facebook', 'search', 'youtube', 'tiktok', 'radio'];

export function robynLike(seed: number): ForeignWorld {
  const rng = worldRng(seed * 104729 + 3);
  const n = rng.int(104, 208);
  const k = rng.int(3, 6);
  const burn = 12;
  const total = n + burn;
  const start = Date.parse('2019-01-07T00:00:00Z') + rng.int(0, 51) * 7 * DAY;
  const weekStarts = Array.from({ length: n }, (_, t) => start + t * 7 * DAY);
  const dates = weekStarts.map(isoDate);
  const names = rng
    .shuffle(MEDIA)
    .slice(0, k)
    .map((c) => `${c}_S`);

  const spends: number[][] = [];
  for (let j = 0; j < k; j++) {
    const level = rng.logUnif(5_000, 60_000);
    const alwaysOn = rng.next() < 0.4;
    const pOn = alwaysOn ? 1 : rng.unif(0.3, 0.8);
    const campSd = rng.unif(0.2, 0.6);
    const s: number[] = [];
    while (s.length < total) {
      const len = rng.int(2, 8);
      const on = rng.next() < pOn;
      const campLevel = level * Math.exp(campSd * rng.normal() - 0.5 * campSd * campSd);
      for (let i = 0; i < len && s.length < total; i++) {
        s.push(on ? r2(campLevel * Math.exp(0.15 * rng.normal())) : 0);
      }
    }
    // the window is never all zero
    if (s.slice(burn).every((v) => v === 0)) s[burn + 1] = level;
    spends.push(s);
  }

  const params = spends.map(() => ({
    theta: rng.unif(0.1, 0.7),
    alpha: rng.unif(0.5, 3),
    gamma: rng.unif(0.3, 1),
  }));
  const adstocked = spends.map((s, j) => {
    const { theta } = params[j] as { theta: number };
    const out: number[] = [];
    let a = 0;
    for (const v of s) {
      a = v + theta * a;
      out.push(a);
    }
    return out.slice(burn);
  });
  const inflexions = adstocked.map((a, j) => {
    const lo = Math.min(...a);
    const hi = Math.max(...a);
    return lo + (params[j]?.gamma as number) * (hi - lo);
  });
  const response = adstocked.map((a, j) => {
    const alpha = params[j]?.alpha as number;
    const g = (inflexions[j] as number) ** alpha;
    return a.map((x) => (x <= 0 ? 0 : x ** alpha / (x ** alpha + g)));
  });

  // Baseline: level, piecewise-linear trend (one change point), yearly Fourier (3 pairs).
  const mu0 = rng.logUnif(100_000, 1_000_000);
  const slope1 = rng.unif(-0.1, 0.2);
  const cp = Math.floor(n * rng.unif(0.3, 0.7));
  const slope2 = slope1 + rng.unif(-0.15, 0.15);
  const fa = [rng.unif(0.05, 0.18), rng.unif(0, 0.07), rng.unif(0, 0.04)];
  const fp = [0, 1, 2].map(() => rng.unif(0, 2 * Math.PI));
  const base = weekStarts.map((d, t) => {
    const doy = (2 * Math.PI * ((d / DAY) % 365.25)) / 365.25;
    const seas = fa.reduce((acc, a, i) => acc + a * Math.sin((i + 1) * doy + (fp[i] as number)), 0);
    const tr = t <= cp ? (slope1 * t) / n : (slope1 * cp + slope2 * (t - cp)) / n;
    return mu0 * (1 + tr + seas);
  });

  // holiday event: weeks with Black Friday, Christmas, New Year and July 4
  const holiday = new Array<number>(n).fill(0);
  const holidayEffect = new Array<number>(n).fill(0);
  const lift = rng.unif(0.05, 0.25);
  const years = new Set(weekStarts.map((d) => new Date(d).getUTCFullYear()));
  years.add(Math.min(...years) - 1);
  for (const y of years) {
    const days = [
      nthWeekday(y, 10, 4, 4) + DAY,
      Date.UTC(y, 11, 25),
      Date.UTC(y, 0, 1),
      Date.UTC(y, 6, 4),
    ];
    for (const d of days) {
      const w = weekOf(weekStarts, d);
      if (w >= 0 && holiday[w] === 0) {
        holiday[w] = 1;
        holidayEffect[w] = lift * rng.unif(0.8, 1.2) * mu0;
      }
    }
  }
  // competitor_sales_B: AR(1) control with a positive effect
  const comp = ar1(rng, n, 0.8).map((v) => r2(Math.max(0, 50_000 * (1 + 0.15 * v))));
  const cm = mean(comp);
  const csd = sd(comp);
  const compCoef = rng.unif(0, 0.08);
  const compEffect = comp.map((v) => compCoef * mu0 * ((v - cm) / csd));

  // Media total = M of the noiseless KPI, split by independent channel weights.
  const M = rng.unif(0.15, 0.45);
  const baseSum = sum(base) + sum(holidayEffect) + sum(compEffect);
  const mediaTotal = (M / (1 - M)) * baseSum;
  const w = spends.map(() => rng.unif(0.3, 2));
  const wsum = sum(w);
  const betas = response.map((h, j) => (mediaTotal * (w[j] as number)) / wsum / sum(h));

  const noiseFrac = rng.unif(0.03, 0.08);
  const meanKpi = (baseSum + mediaTotal) / n;
  const kpi = base.map((b, t) => {
    let v =
      b +
      (holidayEffect[t] as number) +
      (compEffect[t] as number) +
      noiseFrac * meanKpi * rng.normal();
    for (let j = 0; j < k; j++) v += (betas[j] as number) * (response[j]?.[t] as number);
    return r2(Math.max(v, 0.05 * mu0));
  });
  const kpiTotal = sum(kpi);

  const windows = spends.map((s) => s.slice(burn));
  const channels = names.map((name, j) => {
    const win = windows[j] as number[];
    const { theta, alpha } = params[j] as { theta: number; alpha: number };
    const inf = inflexions[j] as number;
    // Steady state of the recursive adstock at a constant spend m is m / (1 - theta).
    const xs = mean(win) / (1 - theta);
    const h = xs ** alpha / (xs ** alpha + inf ** alpha);
    const contribution = (betas[j] as number) * sum(response[j] as number[]);
    const beta = betas[j] as number;
    return channelTruth(name, win, contribution, kpiTotal, alpha * (1 - h), {
      response: response[j] as number[],
      // Recursive adstock a_t = x_t + theta a_(t-1): normalised, the lag weights are (1 - theta) theta^l.
      carryover: theta,
      // The steady adstock of a constant spend m is m / (1 - theta); d/dm of beta * hill(that).
      steadyMarginal: (m) => {
        const a = m / (1 - theta);
        const ia = inf ** alpha;
        return (beta * alpha * a ** (alpha - 1) * ia) / ((a ** alpha + ia) ** 2 * (1 - theta));
      },
    });
  });
  const csv = worldCsv(dates, [
    { name: 'revenue', values: kpi },
    ...names.map((name, j) => ({ name, values: windows[j] as number[] })),
    { name: 'competitor_sales_B', values: comp },
    { name: 'holiday', values: holiday, digits: 0 },
  ]);
  return {
    seed,
    csv,
    expected: { channels: names, controls: ['competitor_sales_B'], events: ['holiday'] },
    channels,
  };
}
