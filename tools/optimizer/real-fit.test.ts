import { describe, expect, it } from 'vitest';
import { fitModel } from '../fit/fit-model';
import { evaluatePlan } from '../scenario/plan-evaluation';
import { compareWhatIf, whatIf } from '../scenario/what-if';
import { simulateDataset } from '../simulate/simulate-dataset';
import type { SimulationSpec } from '../simulate/simulation-types';
import { trueModel } from '../simulate/true-model';
import { budgetCurve } from './budget-curve';
import { optimizeBudget } from './budget-optimizer';

const spec: SimulationSpec = {
  periods: 156,
  frequency: 'weekly',
  start: '2022-01-03',
  kpi: 'revenue',
  baselineLevel: 400_000,
  trend: 0.1,
  seasonality: 0.1,
  weekday: 0,
  noise: 0.03,
  noiseAutocorrelation: 0.3,
  channels: [
    {
      name: 'tv_spend',
      meanSpend: 40_000,
      pattern: 'flighted',
      adstock: { type: 'geometric', theta: 0.6, maxLag: 8 },
      saturation: { type: 'hill', alpha: 2, gammaMultiple: 1 },
      share: 0.12,
    },
    {
      name: 'facebook_spend',
      meanSpend: 20_000,
      pattern: 'always-on',
      adstock: { type: 'geometric', theta: 0.3, maxLag: 4 },
      saturation: { type: 'hill', alpha: 1, gammaMultiple: 1.5 },
      share: 0.08,
    },
    {
      name: 'search_spend',
      meanSpend: 15_000,
      pattern: 'always-on',
      adstock: { type: 'geometric', theta: 0.1, maxLag: 3 },
      saturation: { type: 'hill', alpha: 1.2, gammaMultiple: 0.6 },
      share: 0.1,
    },
    {
      name: 'radio_spend',
      meanSpend: 10_000,
      pattern: 'correlated',
      adstock: { type: 'geometric', theta: 0.4, maxLag: 5 },
      saturation: { type: 'hill', alpha: 1, gammaMultiple: 0.8 },
      share: 0.03,
    },
  ],
};

describe('scenarios and optimizer on real fits of simulated data', () => {
  const worlds = [1, 2, 3].map((seed) => {
    const { dataset, truth } = simulateDataset(spec, seed);
    const model = fitModel(dataset, { intervals: 20, seed: 1 });
    const t = trueModel(model, spec, dataset, truth);
    if (!t) throw new Error('every channel of this world is Hill');
    return { seed, model, truth: t };
  });

  it('reproduces the optimizer KPI and its interval with a what-if of its plan, on every fit', () => {
    for (const { model } of worlds) {
      const o = optimizeBudget(model, {});
      const w = compareWhatIf(model, o.horizon, o.current.spend, o.optimal.spend);
      expect(w.scenario.kpi).toBe(o.optimal.kpi);
      expect(o.delta.kpi).toBeGreaterThanOrEqual(0);
      const [i80] = w.delta.interval;
      expect(i80?.low).toBeLessThanOrEqual(w.delta.kpi);
      expect(i80?.high).toBeGreaterThanOrEqual(w.delta.kpi);
      expect(o.delta.interval).toEqual(w.delta.interval);
      expect(o.assumptions.at(-1)).toMatch(/^Intervals on the change: .* over 20 posterior draws/);
    }
  }, 60_000);

  it('predicts moves within 1% of the reference KPI of the true effect', () => {
    const move = { changes: [{ type: 'move', from: 'tv', to: 'facebook', percent: 20 }] };
    for (const { model, truth } of worlds) {
      const predicted = whatIf(model, move);
      const actual = whatIf(truth, move);
      expect(Math.abs(predicted.delta.kpi - actual.delta.kpi)).toBeLessThan(
        0.01 * actual.reference.kpi,
      );
    }
  });

  it('recommends plans that capture most of the gain the true curves allow', () => {
    let captured = 0;
    let possible = 0;
    for (const { model, truth } of worlds) {
      const fitted = optimizeBudget(model, {});
      const best = optimizeBudget(truth, {});
      const kpi = (plan: Record<string, number>) => evaluatePlan(truth, plan, 13).kpi;
      captured += kpi(fitted.optimal.spend) - kpi(fitted.current.spend);
      possible += best.delta.kpi;
    }
    expect(possible).toBeGreaterThan(0);
    expect(captured / possible).toBeGreaterThan(0.5);
  });

  it('draws a budget curve whose best KPI rises with the budget', () => {
    const { model } = worlds[1] as (typeof worlds)[number];
    const curve = budgetCurve(model);
    const kpis = curve.points.map((p) => p.kpi as number);
    for (let i = 1; i < kpis.length; i++) expect(kpis[i]).toBeGreaterThan(kpis[i - 1] as number);
  });
});
