import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../errors';
import { syntheticModel } from '../scenario/synthetic-model';
import { whatIf } from '../scenario/what-if';
import { budgetCurve } from './budget-curve';
import { optimizeBudget } from './budget-optimizer';

// Hill alpha = 1 without carryover. A channel whose horizon total x runs in its last H = 13 weeks'
// shape, on in k of them at one level, earns k beta (x/k) / (x/k + gamma) = B x / (x + g) with
// B = k beta, g = k gamma; spread evenly, B = H beta, g = H gamma. Equal marginals
// B g / (x + g)^2 = λ and Σ x = T give x_c = sqrt(B_c g_c) (T + Σ g) / Σ sqrt(B g) − g_c.
const H = 13;
/** On every other week: 6 of the last 13 weeks. */
const bursts = Array.from({ length: 52 }, (_, t) => (t % 2 === 0 ? 12_000 : 0));
const ON = bursts.slice(-H).filter((v) => v > 0).length;
const spec = [
  { name: 'tv', beta: 5000, gamma: 8000, spend: bursts },
  { name: 'social', beta: 2500, gamma: 2000, spend: 3000 },
  { name: 'search', beta: 1800, gamma: 1000, spend: 1000 },
];
const model = syntheticModel({
  channels: spec.map((c) => ({ ...c, alpha: 1 })),
  baseline: 20_000,
  draws: 40,
});

function lagrange(total: number, tvPeriods: number): Record<string, number> {
  const on = (c: (typeof spec)[number]) => (c.name === 'tv' ? tvPeriods : H);
  const B = spec.map((c) => on(c) * c.beta);
  const g = spec.map((c) => on(c) * c.gamma);
  const root = B.map((b, i) => Math.sqrt(b * (g[i] as number)));
  const scale = (total + g.reduce((s, v) => s + v, 0)) / root.reduce((s, v) => s + v, 0);
  return Object.fromEntries(
    spec.map((c, i) => [c.name, (root[i] as number) * scale - (g[i] as number)]),
  );
}

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isMixPilotError(error)) return error;
    throw error;
  }
  throw new Error('expected a MixPilotError');
};

describe('optimize_budget with flighting', () => {
  const budget = 200_000;

  it('optimizes a concave channel spread evenly on its even curve: the Lagrange split, and at least as much as in bursts', () => {
    const inBursts = optimizeBudget(model, { budget });
    const even = optimizeBudget(model, { budget, flighting: { tv: 'even' } });
    const burstSplit = lagrange(budget, ON);
    const evenSplit = lagrange(budget, H);
    for (const c of spec) {
      expect(inBursts.optimal.spend[c.name]).toBeCloseTo(burstSplit[c.name] as number, 2);
      expect(even.optimal.spend[c.name]).toBeCloseTo(evenSplit[c.name] as number, 2);
    }
    expect(even.optimal.spend.tv).toBeGreaterThanOrEqual(inBursts.optimal.spend.tv as number);
    // The same plan and today's plan as run: spreading TV only adds.
    expect(even.optimal.kpi).toBeGreaterThan(inBursts.optimal.kpi);
    expect(even.current).toEqual(inBursts.current);
    expect(even.currentMarginalRoi).toEqual(inBursts.currentMarginalRoi);
  });

  it('predicts for its plan the gain what_if gives for that plan with the same flighting, interval included', () => {
    const r = optimizeBudget(model, { budget, flighting: { tv: 'even' } });
    const changes = spec.map((c) => ({
      type: 'set' as const,
      channel: c.name,
      amount: r.optimal.spend[c.name] as number,
    }));
    const w = whatIf(model, { changes, flighting: { tv: 'even' } });
    expect(r.delta.kpi).toBeCloseTo(w.delta.kpi, 6);
    expect(r.optimal.kpi).toBeCloseTo(w.scenario.kpi, 6);
    expect(r.current.kpi).toBeCloseTo(w.reference.kpi, 6);
    expect(r.delta.interval).toEqual(w.delta.interval);
    expect(r.flighting).toEqual(w.flighting);
    // The extrapolation warnings are those of TV's steady weekly level, as what_if words them.
    expect(w.warnings[0]).toMatch(/^tv: the plan spends a steady/);
    expect(r.warnings).toEqual(expect.arrayContaining(w.warnings));
  });

  it('keeps a laid-out channel it does not allocate at its spend, spread evenly, as what_if does', () => {
    const r = optimizeBudget(model, { channels: ['social', 'search'], flighting: { tv: 'even' } });
    expect(r.optimal.spend.tv).toBe(r.current.spend.tv);
    const changes = ['social', 'search'].map((c) => ({
      type: 'set' as const,
      channel: c,
      amount: r.optimal.spend[c] as number,
    }));
    const w = whatIf(model, { changes, flighting: { tv: 'even' } });
    expect(r.optimal.kpi).toBeCloseTo(w.scenario.kpi, 6);
    const target = optimizeBudget(model, {
      objective: 'target_kpi',
      targetKpi: r.optimal.kpi,
      channels: ['social', 'search'],
      flighting: { tv: 'even' },
    });
    expect(target.optimal.kpi).toBeGreaterThanOrEqual(r.optimal.kpi - 1e-6);
    expect(target.budget).toBeCloseTo(r.budget, -1);
  });

  it('says which channels it spread evenly, and says nothing of layouts without flighting', () => {
    const r = optimizeBudget(model, { budget, flighting: { tv: 'even' } });
    expect(r.flighting?.tv).toMatchObject({ layout: 'even', recent: 'bursts', recentOn: ON });
    expect(r.flighting?.tv?.perPeriod).toBeCloseTo((r.optimal.spend.tv as number) / H, 6);
    expect(r.assumptions[0]).toContain(
      'In every plan searched, tv is spread evenly over the 13 weeks (always-on) instead; the current plan keeps its recent shape.',
    );
    expect(r.explanation.find((l) => l.startsWith('tv:'))).toContain(
      'At current spend, spread evenly, it would return',
    );
    const plain = optimizeBudget(model, { budget });
    expect(plain).not.toHaveProperty('flighting');
    expect(plain.assumptions[0]).not.toContain('evenly over the 13 weeks');
  });

  it('evaluates the budget curve with the same layout', () => {
    const r = optimizeBudget(model, { budget, flighting: { tv: 'even' } });
    const curve = budgetCurve(model, { budget, flighting: { tv: 'even' } }, { multiples: [1] });
    expect(curve.points[0]?.kpi).toBeCloseTo(r.optimal.kpi, 3);
    expect(curve.points[0]?.deltaKpi).toBeCloseTo(r.delta.kpi, 3);
  });

  it('names the flighting key it cannot read', () => {
    const unknown = errorOf(() => optimizeBudget(model, { flighting: { billboard: 'even' } }));
    expect(unknown.issues[0]?.field).toBe('flighting.billboard');
    const layout = errorOf(() => optimizeBudget(model, { flighting: { tv: 'pulsed' } }));
    expect(layout.code).toBe('invalid_input');
    expect(layout.issues[0]?.field).toBe('flighting.tv');
  });
});
