import { describe, expect, it } from 'vitest';
import { channelHorizonKpi, tailPeriods } from '../scenario/plan-evaluation';
import { type SyntheticChannel, syntheticModel } from '../scenario/synthetic-model';
import { optimizeBudget } from './budget-optimizer';

const H = 13;

/** A small deterministic generator for the random problems (not the code under test). */
function lcg(seed: number): () => number {
  let s = Math.imul(seed, 2654435761) >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Problem {
  channels: SyntheticChannel[];
  total: number;
  steps: number;
  min: Record<string, number>;
  max: Record<string, number>;
}

function randomProblem(seed: number): Problem {
  const r = lcg(seed);
  const n = 2 + Math.floor(r() * 3);
  const alphas = [1, 1, 1.5, 2, 2.5, 3];
  const channels: SyntheticChannel[] = Array.from({ length: n }, (_, i) => {
    const gamma = 500 + r() * 9500;
    return {
      name: `ch${i}`,
      alpha: alphas[Math.floor(r() * alphas.length)] as number,
      gamma,
      beta: 1000 + r() * 9000,
      theta: r() < 0.5 ? 0 : r() * 0.7,
      maxLag: 1 + Math.floor(r() * 6),
      spend: gamma * (0.2 + r() * 1.5),
    };
  });
  const steps = n === 4 ? 150 : 300;
  const total = H * channels.reduce((s, c) => s + (c.spend as number), 0) * (0.5 + r());
  const step = total / steps;
  const min: Record<string, number> = {};
  const max: Record<string, number> = {};
  for (const c of channels) {
    if (r() < 0.3) min[c.name] = step * Math.floor(r() * 0.2 * steps);
    if (r() < 0.3) max[c.name] = step * Math.ceil((0.25 + r() * 0.5) * steps);
  }
  const sumMax = channels.reduce((s, c) => s + (max[c.name] ?? total), 0);
  if (sumMax < total) delete max[channels[0]?.name ?? ''];
  return { channels, total, steps, min, max };
}

/** Best media KPI over every split of the total on a grid of `steps` equal parts. */
function exhaustive(p: Problem, model: ReturnType<typeof syntheticModel>): number {
  const step = p.total / p.steps;
  const tail = tailPeriods(model.responses);
  const tables = model.responses.map((r) => {
    const lo = Math.round((p.min[r.name] ?? 0) / step);
    const hi = Math.min(p.steps, Math.round((p.max[r.name] ?? p.total) / step));
    const t = new Float64Array(p.steps + 1).fill(Number.NEGATIVE_INFINITY);
    for (let k = lo; k <= hi; k++) {
      t[k] = channelHorizonKpi(r, k * step, H, model.spendHistory[r.name] ?? [], tail);
    }
    return t;
  });
  let best = Number.NEGATIVE_INFINITY;
  const walk = (c: number, left: number, acc: number) => {
    const t = tables[c] as Float64Array;
    if (c === tables.length - 1) {
      best = Math.max(best, acc + (t[left] as number));
      return;
    }
    for (let k = 0; k <= left; k++) {
      const v = t[k] as number;
      if (v > Number.NEGATIVE_INFINITY) walk(c + 1, left - k, acc + v);
    }
  };
  walk(0, p.steps, 0);
  return best;
}

describe('optimizeBudget against an exhaustive grid search', () => {
  for (let seed = 1; seed <= 24; seed++) {
    const p = randomProblem(seed);
    const shapes = p.channels.map((c) => c.alpha).join('/');
    it(`problem ${seed}: ${p.channels.length} channels, alpha ${shapes}, within 0.1%`, () => {
      const model = syntheticModel({ channels: p.channels, periods: 30 });
      const result = optimizeBudget(model, {
        budget: p.total,
        constraints: { min: p.min, max: p.max },
      });
      const media = result.optimal.kpi;
      const grid = exhaustive(p, model);
      expect(Math.abs(media - grid) / grid).toBeLessThan(0.001);
      expect(media).toBeGreaterThanOrEqual(grid * (1 - 1e-9));
      for (const c of p.channels) {
        const x = result.optimal.spend[c.name] as number;
        expect(x).toBeGreaterThanOrEqual((p.min[c.name] ?? 0) - 1e-6);
        expect(x).toBeLessThanOrEqual((p.max[c.name] ?? Number.POSITIVE_INFINITY) + 1e-6);
      }
    });
  }

  it('is not trapped by an S-curve whose threshold a local search would never cross', () => {
    // A gentle concave channel earns its first dollars well; an S-shaped one earns nothing until
    // about gamma and then far more. Gradient ascent from the current split (all in the concave
    // channel) sees a zero slope on the S-curve and stays; the global optimum funds it.
    const model = syntheticModel({
      channels: [
        { name: 'search', alpha: 1, gamma: 4000, beta: 3000, spend: 10_000 },
        { name: 'tv', alpha: 3, gamma: 6000, beta: 40_000, spend: 0 },
      ],
    });
    const result = optimizeBudget(model, { budget: H * 10_000 });
    expect(result.optimal.spend.tv as number).toBeGreaterThan(H * 6000);
    const p: Problem = {
      channels: [],
      total: H * 10_000,
      steps: 2000,
      min: {},
      max: {},
    };
    const grid = exhaustive(p, model);
    expect(Math.abs(result.optimal.kpi - grid) / grid).toBeLessThan(1e-4);
    expect(result.optimal.kpi).toBeGreaterThan(2 * result.current.kpi);
  });
});
