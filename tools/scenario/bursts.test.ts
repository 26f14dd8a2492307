import { describe, expect, it } from 'vitest';
import { optimizeBudget } from '../optimizer/budget-optimizer';
import { guaranteedSign } from './delta-interval';
import { burstLength, spendPattern } from './spend-pattern';
import { syntheticModel } from './synthetic-model';
import { whatIf } from './what-if';

/** Hill with slope alpha and half-saturation gamma, written out. */
const hill = (x: number, alpha: number, gamma: number) =>
  x ** alpha / (x ** alpha + gamma ** alpha);

// Search run always-on, $1,400 every week, no carryover. Over the default 13-week horizon, bursts
// of two weeks on and two off are on in weeks 1-2, 5-6, 9-10 and 13: 7 of 13, so the same
// $18,200 buys $2,600 in each week on.
const WEEKLY = 1400;
const TOTAL = 13 * WEEKLY;
const BETA = 5000;
const BASELINE = 100;

function alwaysOn(alpha: number, gamma: number, draws = 0) {
  return syntheticModel({
    channels: [
      { name: 'search', alpha, gamma, beta: BETA, spend: WEEKLY },
      { name: 'radio', alpha: 1, gamma: 800, beta: 900, spend: 300 },
    ],
    periods: 26,
    baseline: BASELINE,
    draws,
  });
}

/** The closed forms: 13 weeks of T/13 each (as it runs) against 7 weeks of T/7 each (bursts). */
function closedForm(alpha: number, gamma: number) {
  return {
    even: 13 * BETA * hill(TOTAL / 13, alpha, gamma),
    bursts: 7 * BETA * hill(TOTAL / 7, alpha, gamma),
  };
}

describe('bursts layout (two periods on, two off)', () => {
  it('shares the total equally among the periods on, the first period on', () => {
    const every = (burst: number, off?: number) => ({
      layout: 'bursts' as const,
      burst,
      ...(off !== undefined ? { off } : {}),
    });
    expect([...spendPattern([5, 5, 5], 6, every(2))]).toEqual([0.25, 0.25, 0, 0, 0.25, 0.25]);
    expect([...spendPattern([], 5, every(2))].map((v) => v * 3)).toEqual([1, 1, 0, 0, 1]);
    expect([...spendPattern([], 4, every(1))]).toEqual([0.5, 0, 0.5, 0]);
    // Three on, one off: on in 9 of 12 periods.
    expect([...spendPattern([], 12, every(3, 1))].map((v) => v * 9)).toEqual([
      1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0,
    ]);
    expect([...spendPattern([], 7, every(2, 3))].map((v) => v * 4)).toEqual([1, 1, 0, 0, 0, 1, 1]);
    expect(() => spendPattern([], 4, 'bursts')).toThrow(/burst length/);
  });

  it('lasts two weeks, fourteen days or one month', () => {
    expect(burstLength('weekly')).toBe(2);
    expect(burstLength('daily')).toBe(14);
    expect(burstLength('monthly')).toBe(1);
  });

  it('with a steep S-curve far below half-saturation, bursts beat always-on by the closed form', () => {
    const r = whatIf(alwaysOn(3, 20_000), { changes: [], flighting: { search: 'bursts' } });
    const want = closedForm(3, 20_000);
    expect(r.reference.channelKpi.search).toBeCloseTo(want.even, 8);
    expect(r.scenario.channelKpi.search).toBeCloseTo(want.bursts, 8);
    expect(r.delta.kpi).toBeCloseTo(want.bursts - want.even, 8);
    expect(r.delta.kpi).toBeGreaterThan(0);
    expect(r.delta.spend).toBe(0);
    // Radio is untouched: its part of the KPI is the same in both plans.
    expect(r.scenario.channelKpi.radio).toBe(r.reference.channelKpi.radio);
  });

  it('with a concave curve, bursts lose to always-on by the closed form', () => {
    const r = whatIf(alwaysOn(1, 1500), { changes: [], flighting: { search: 'bursts' } });
    const want = closedForm(1, 1500);
    expect(r.delta.kpi).toBeCloseTo(want.bursts - want.even, 8);
    expect(r.delta.kpi).toBeLessThan(0);
  });

  it('says how the channel is laid out, its level when on, and that the level was never seen', () => {
    const r = whatIf(alwaysOn(1, 1500), { changes: [], flighting: { search: 'bursts' } });
    expect(r.flighting.search).toEqual({
      layout: 'bursts',
      perPeriod: TOTAL / 7,
      on: 7,
      burst: 2,
      recent: 'steady',
      recentOn: 13,
    });
    expect(r.changes).toEqual([
      'search: run in bursts of 2 weeks on, 2 weeks off, on in 7 of the 13 weeks, $2,600 a week when on, instead of every week as it ran recently.',
    ]);
    expect(r.assumptions[0]).toMatch(
      /In the scenario, search is run in bursts of 2 weeks on, 2 weeks off instead; the reference plan keeps its recent shape\.$/,
    );
    // $2,600 in a week on is above the $1,400 every week of the data: an extrapolation.
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^search: the plan's busiest week spends \$2,600, above the most seen in the data \(\$1,400\)/,
      ),
    ]);
  });

  it('gives each draw the closed-form change and claims no sign', () => {
    const r = whatIf(alwaysOn(3, 20_000, 30), { changes: [], flighting: { search: 'bursts' } });
    const [i80] = r.delta.interval;
    expect(i80?.low).toBeLessThanOrEqual(r.delta.kpi);
    expect(i80?.high).toBeGreaterThanOrEqual(r.delta.kpi);
    expect(guaranteedSign({ search: 1 }, { search: 2 }, { search: 'bursts' })).toEqual({});
  });

  it('combines with a change: the raised amount is what runs in bursts', () => {
    const r = whatIf(alwaysOn(3, 20_000), {
      changes: [{ type: 'scale', channel: 'search', percent: 20 }],
      flighting: { search: 'bursts' },
    });
    const total = 1.2 * TOTAL;
    expect(r.scenario.channelKpi.search).toBeCloseTo(7 * BETA * hill(total / 7, 3, 20_000), 8);
    expect(r.flighting.search?.perPeriod).toBeCloseTo(total / 7, 9);
  });

  it('lays daily data out in bursts of fourteen days', () => {
    const daily = syntheticModel({
      channels: [{ name: 'search', alpha: 1, gamma: 100, beta: 50, spend: 80 }],
      periods: 120,
      frequency: 'daily',
      baseline: 10,
    });
    const r = whatIf(daily, { changes: [], flighting: { search: 'bursts' }, horizon: 56 });
    // Days 1-14 and 29-42 on: 28 of 56, each at twice the daily spend.
    expect(r.flighting.search).toMatchObject({ on: 28, burst: 14, perPeriod: 160 });
    expect(r.scenario.channelKpi.search).toBeCloseTo(28 * 50 * hill(160, 1, 100), 8);
  });

  it('refuses bursts over a horizon no longer than one burst, naming the field', () => {
    for (const horizon of [1, 2]) {
      let error: unknown;
      try {
        whatIf(alwaysOn(1, 1500), { changes: [], flighting: { search: 'bursts' }, horizon });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: [{ field: 'flighting.search' }],
      });
      expect((error as Error).message).toMatch(
        /bursts run 2 weeks on and 2 weeks off, so over .* they are the same as always-on; give a horizon longer than 2 weeks/,
      );
    }
    expect(() =>
      optimizeBudget(alwaysOn(1, 1500), { flighting: { search: 'bursts' }, horizon: 2 }),
    ).toThrow(/flighting\.search: bursts run 2 weeks on/);
    // Three weeks is one burst and one week off: laid out in bursts.
    const three = whatIf(alwaysOn(1, 1500), {
      changes: [],
      flighting: { search: 'bursts' },
      horizon: 3,
    });
    expect(three.flighting.search?.on).toBe(2);
  });

  it('optimizes a plan with the channel in bursts and predicts what what_if predicts for it', () => {
    const model = alwaysOn(3, 20_000, 20);
    const plan = optimizeBudget(model, { flighting: { search: 'bursts' } });
    expect(plan.flighting?.search).toMatchObject({ layout: 'bursts', burst: 2 });
    const check = whatIf(model, {
      changes: Object.entries(plan.optimal.spend).map(([channel, spend]) => ({
        type: 'set' as const,
        channel,
        amount: spend,
      })),
      flighting: { search: 'bursts' },
    });
    expect(check.scenario.kpi).toBeCloseTo(plan.optimal.kpi, 6);
    expect(plan.assumptions[0]).toMatch(
      /In every plan searched, search is run in bursts of 2 weeks on, 2 weeks off instead/,
    );
  });
});
