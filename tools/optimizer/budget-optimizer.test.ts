import { describe, expect, it } from 'vitest';
import { syntheticModel } from '../scenario/synthetic-model';
import { compareWhatIf } from '../scenario/what-if';
import { optimizeBudget } from './budget-optimizer';

// Hill alpha = 1 without carryover: over H periods a channel earns f(x) = B x / (x + g) for a total
// x, with B = H beta and g = H gamma. Equal marginals B g / (x + g)^2 = λ and Σ x = T give
// x_c = sqrt(B_c g_c) (T + Σ g) / Σ sqrt(B g) − g_c (all positive here).
const H = 13;
const spec = [
  { name: 'tv', beta: 5000, gamma: 8000, spend: 6000 },
  { name: 'social', beta: 2500, gamma: 2000, spend: 3000 },
  { name: 'search', beta: 1800, gamma: 1000, spend: 1000 },
];
const model = syntheticModel({
  channels: spec.map((c) => ({ ...c, alpha: 1 })),
  baseline: 20000,
  draws: 50,
});

function lagrange(total: number): Record<string, number> {
  const B = spec.map((c) => H * c.beta);
  const g = spec.map((c) => H * c.gamma);
  const root = B.map((b, i) => Math.sqrt(b * (g[i] as number)));
  const scale = (total + g.reduce((s, v) => s + v, 0)) / root.reduce((s, v) => s + v, 0);
  return Object.fromEntries(
    spec.map((c, i) => [c.name, (root[i] as number) * scale - (g[i] as number)]),
  );
}

describe('optimizeBudget on concave channels', () => {
  it('matches the Lagrange closed form for a fixed total', () => {
    const budget = 150_000;
    const result = optimizeBudget(model, { budget });
    const expected = lagrange(budget);
    for (const c of spec) {
      expect(result.optimal.spend[c.name]).toBeCloseTo(expected[c.name] as number, 3);
    }
    const kpi = spec.reduce((s, c) => {
      const x = expected[c.name] as number;
      return s + (H * c.beta * x) / (x + H * c.gamma);
    }, H * 20000);
    expect(result.optimal.kpi).toBeCloseTo(kpi, 6);
  });

  it('ends with equal marginal ROI across channels not at a bound', () => {
    const result = optimizeBudget(model, { budget: 150_000 });
    const m = Object.values(result.marginalRoi);
    for (const v of m) expect(v / (m[0] as number)).toBeCloseTo(1, 8);
    expect(result.equilibriumRoi).toBeCloseTo(m[0] as number, 8);
  });

  it('reallocates the current total by default and never lowers the KPI', () => {
    const result = optimizeBudget(model, {});
    const total = Object.values(result.optimal.spend).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(H * (6000 + 3000 + 1000), 6);
    expect(result.delta.kpi).toBeGreaterThanOrEqual(0);
    expect(result.explanation).toHaveLength(3);
  });

  it('is reproduced by a what-if of its optimal plan', () => {
    const result = optimizeBudget(model, { budget: 90_000, constraints: { max: { tv: 40_000 } } });
    const check = compareWhatIf(
      model,
      { periods: H, unit: 'week' },
      result.current.spend,
      result.optimal.spend,
    );
    expect(check.scenario.kpi).toBe(result.optimal.kpi);
    expect(check.delta.kpi).toBe(result.delta.kpi);
    const [i80] = check.delta.interval;
    expect(i80?.low).toBeLessThanOrEqual(check.delta.kpi);
    expect(i80?.high).toBeGreaterThanOrEqual(check.delta.kpi);
  });

  it('holds a channel at its maximum and equalises the rest', () => {
    const result = optimizeBudget(model, { budget: 150_000, constraints: { max: { tv: 30_000 } } });
    expect(result.optimal.spend.tv).toBeCloseTo(30_000, 6);
    expect(result.binding.some((b) => b.startsWith('tv at its max'))).toBe(true);
    const { social, search, tv } = result.marginalRoi;
    expect((social as number) / (search as number)).toBeCloseTo(1, 8);
    expect(tv as number).toBeGreaterThan(social as number);
  });

  it('respects shares, multiples and locks', () => {
    const result = optimizeBudget(model, {
      budget: 150_000,
      constraints: { maxShare: { tv: 0.4 }, minMultiple: { search: 2 }, locked: ['social'] },
    });
    expect(result.optimal.spend.tv).toBeLessThanOrEqual(0.4 * 150_000 + 1e-6);
    expect(result.optimal.spend.search).toBeGreaterThanOrEqual(2 * 13_000 - 1e-6);
    expect(result.optimal.spend.social).toBeCloseTo(39_000, 9);
    expect(result.explanation.find((l) => l.startsWith('social'))).toMatch(/locked/);
  });
});

describe('optimizeBudget on a budget past profit', () => {
  it('warns when the last dollars of a revenue plan bring back less than they cost', () => {
    const big = optimizeBudget(model, { objective: 'max_kpi', budget: 5_000_000 });
    expect(big.warnings.filter((w) => w.includes('less than they cost'))).toEqual([
      expect.stringMatching(
        /^the last dollars of this plan bring back less than they cost \(revenue per extra \$1: tv 0\.\d\d, social 0\.\d\d, search 0\.\d\d\)/,
      ),
    ]);
    const small = optimizeBudget(model, { objective: 'max_kpi', budget: 3_000 });
    expect(small.warnings.filter((w) => w.includes('less than they cost'))).toEqual([]);
  });
});
