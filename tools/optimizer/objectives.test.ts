import { describe, expect, it } from 'vitest';
import { syntheticModel } from '../scenario/synthetic-model';
import { optimizeBudget } from './budget-optimizer';

// Alpha-1 channels without carryover (B = H beta, g = H gamma, S = Σ sqrt(B g), G = Σ g): the best
// media KPI at total T is ΣB − S²/(T + G) and its slope λ(T) = S²/(T + G)². Hence
//   max_profit at margin m:  m λ(T) = 1        → T = S sqrt(m) − G
//   target_roas r:           λ(T) = r          → T = S / sqrt(r) − G
//   target_kpi (media K):    ΣB − S²/(T+G) = K → T = S² / (ΣB − K) − G
const H = 13;
const spec = [
  { name: 'tv', beta: 27_000, gamma: 5000, spend: 5000 },
  { name: 'social', beta: 11_000, gamma: 1500, spend: 2000 },
  { name: 'search', beta: 6_000, gamma: 800, spend: 1000 },
];
const baseline = 10_000;
const model = syntheticModel({ channels: spec.map((c) => ({ ...c, alpha: 1 })), baseline });
const B = spec.map((c) => H * c.beta);
const g = spec.map((c) => H * c.gamma);
const S = B.reduce((s, b, i) => s + Math.sqrt(b * (g[i] as number)), 0);
const G = g.reduce((s, v) => s + v, 0);
const sumB = B.reduce((s, v) => s + v, 0);
const mediaAt = (T: number) => sumB - (S * S) / (T + G);

describe('optimizer objectives against closed forms', () => {
  it('max_profit spends until the margin on the last dollar pays for it', () => {
    const r = optimizeBudget(model, { objective: 'max_profit', margin: 0.6 });
    const T = S * Math.sqrt(0.6) - G;
    expect(r.budget / T).toBeCloseTo(1, 5);
    expect(r.equilibriumRoi).toBeCloseTo(1 / 0.6, 5);
    expect(r.profit?.optimal).toBeGreaterThan(r.profit?.current as number);
  });

  it('target_roas finds the largest budget whose marginal ROAS stays at the target', () => {
    const r = optimizeBudget(model, { objective: 'target_roas', targetRoas: 1.5 });
    expect(r.budget / (S / Math.sqrt(1.5) - G)).toBeCloseTo(1, 5);
    expect(r.equilibriumRoi).toBeGreaterThanOrEqual(1.5);
    expect(r.equilibriumRoi).toBeCloseTo(1.5, 5);
  });

  it('target_kpi finds the smallest budget reaching a growth target', () => {
    const r = optimizeBudget(model, { objective: 'target_kpi', targetKpiPct: 10 });
    const goal = r.current.kpi * 1.1;
    const T = (S * S) / (sumB - (goal - H * baseline)) - G;
    expect(r.budget / T).toBeCloseTo(1, 5);
    expect(r.optimal.kpi).toBeGreaterThanOrEqual(goal * (1 - 1e-9));
    expect(r.optimal.kpi).toBeCloseTo(H * baseline + mediaAt(r.budget), 4);
  });

  it('target_kpi with an absolute level and a budget cap it cannot reach', () => {
    const goal = H * baseline + mediaAt(150_000);
    const r = optimizeBudget(model, { objective: 'target_kpi', targetKpi: goal });
    expect(r.budget / 150_000).toBeCloseTo(1, 5);
    expect(() =>
      optimizeBudget(model, { objective: 'target_kpi', targetKpi: goal, budget: 100_000 }),
    ).toThrow(/targetKpi: even \$100,000 \(the budget of \$100,000\) reaches only/);
  });

  it('reallocates only the named channels and keeps the rest at their reference', () => {
    const r = optimizeBudget(model, { channels: ['tv', 'social'], budget: 120_000 });
    expect(r.channels).toEqual(['tv', 'social']);
    expect(r.optimal.spend.search).toBe(r.current.spend.search);
    expect((r.optimal.spend.tv as number) + (r.optimal.spend.social as number)).toBeCloseTo(
      120_000,
      6,
    );
    expect(r.explanation.find((l) => l.startsWith('search'))).toMatch(/not among the channels/);
  });
});
