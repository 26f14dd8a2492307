import { describe, expect, it } from 'vitest';
import { syntheticModel } from '../scenario/synthetic-model';
import { budgetCurve } from './budget-curve';

// Two alpha-1 channels without carryover: at total T the best KPI and the common marginal return
// have closed forms: with B = H beta, g = H gamma, S = Σ sqrt(B g), λ = (S / (T + Σ g))² and
// KPI = Σ B − S² / (T + Σ g) (every channel funded).
const H = 13;
const spec = [
  { name: 'tv', beta: 27_000, gamma: 5000, spend: 5000 },
  { name: 'search', beta: 11_000, gamma: 1500, spend: 2000 },
];
const model = syntheticModel({ channels: spec.map((c) => ({ ...c, alpha: 1 })) });
const B = spec.map((c) => H * c.beta);
const g = spec.map((c) => H * c.gamma);
const S = B.reduce((s, b, i) => s + Math.sqrt(b * (g[i] as number)), 0);
const G = g.reduce((s, v) => s + v, 0);

describe('budgetCurve', () => {
  const curve = budgetCurve(model);

  it('gives the closed-form best KPI and marginal return at 50% … 200% of the budget', () => {
    expect(curve.points.map((p) => p.multiple)).toEqual([
      0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2,
    ]);
    for (const p of curve.points) {
      const T = p.budget;
      expect(p.kpi).toBeCloseTo(B.reduce((s, v) => s + v, 0) - (S * S) / (T + G), 6);
      expect(p.marginalRoi).toBeCloseTo((S / (T + G)) ** 2, 9);
    }
  });

  it('marks the first budget whose last dollar returns less than a dollar', () => {
    const T1 = S - G;
    const first = curve.points.find((p) => p.budget > T1);
    expect(first?.multiple).toBe(1.4);
    expect(curve.stopsPaying?.multiple).toBe(1.4);
    expect(curve.summary).toMatch(/extra money stops paying/);
  });

  it('marks budgets the constraints rule out instead of failing', () => {
    const limited = budgetCurve(model, { constraints: { max: { tv: 50_000, search: 40_000 } } });
    const over = limited.points.filter((p) => !p.feasible);
    expect(over.length).toBeGreaterThan(0);
    expect(over.every((p) => p.budget > 90_000)).toBe(true);
    expect(over[0]?.reason).toMatch(/maximums add up to \$90,000/);
  });
});
