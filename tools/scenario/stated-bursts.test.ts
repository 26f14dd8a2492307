import { describe, expect, it } from 'vitest';
import { optimizeBudget } from '../optimizer/budget-optimizer';
import { syntheticModel } from './synthetic-model';
import { whatIf } from './what-if';

/** Hill with slope alpha and half-saturation gamma, written out. */
const hill = (x: number, alpha: number, gamma: number) =>
  x ** alpha / (x ** alpha + gamma ** alpha);

// Search always-on at $1,400 a week, no carryover: over 13 weeks, bursts of 4 weeks on and 4 off
// are on in weeks 1-4 and 9-12, 8 of 13, so the same $18,200 buys $2,275 in each week on.
const WEEKLY = 1400;
const TOTAL = 13 * WEEKLY;
const BETA = 5000;

function alwaysOn(draws = 0) {
  return syntheticModel({
    channels: [
      { name: 'search', alpha: 3, gamma: 20_000, beta: BETA, spend: WEEKLY },
      { name: 'radio', alpha: 1, gamma: 800, beta: 900, spend: 300 },
    ],
    periods: 26,
    baseline: 100,
    draws,
  });
}

const FOUR = { search: { layout: 'bursts' as const, burst: 4 } };

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('bursts of a stated length', () => {
  it('runs 4 weeks on, 4 off by the closed form, and says so', () => {
    const r = whatIf(alwaysOn(), { changes: [], flighting: FOUR });
    expect(r.reference.channelKpi.search).toBeCloseTo(13 * BETA * hill(WEEKLY, 3, 20_000), 8);
    expect(r.scenario.channelKpi.search).toBeCloseTo(8 * BETA * hill(TOTAL / 8, 3, 20_000), 8);
    expect(r.flighting.search).toMatchObject({ layout: 'bursts', burst: 4, on: 8 });
    expect(r.flighting.search?.perPeriod).toBeCloseTo(TOTAL / 8, 9);
    expect(r.changes[0]).toMatch(/^search: run in bursts of 4 weeks on, 4 weeks off, on in 8 of/);
    expect(r.assumptions[0]).toMatch(/search is run in bursts of 4 weeks on, 4 weeks off instead/);
  });

  it('differs from the usual two-week cadence (7 weeks on of 13)', () => {
    const usual = whatIf(alwaysOn(), { changes: [], flighting: { search: 'bursts' } });
    const four = whatIf(alwaysOn(), { changes: [], flighting: FOUR });
    expect(usual.scenario.channelKpi.search).toBeCloseTo(7 * BETA * hill(TOTAL / 7, 3, 20_000), 8);
    expect(four.delta.kpi).not.toBeCloseTo(usual.delta.kpi, 0);
  });

  it('gives every draw the same layout, so the range holds the estimate', () => {
    const r = whatIf(alwaysOn(30), { changes: [], flighting: FOUR });
    const [i80] = r.delta.interval;
    expect(i80?.low).toBeLessThanOrEqual(r.delta.kpi);
    expect(i80?.high).toBeGreaterThanOrEqual(r.delta.kpi);
  });

  it('optimizes with the stated cadence and predicts what what_if predicts for it', () => {
    const model = alwaysOn(20);
    const plan = optimizeBudget(model, { flighting: FOUR });
    expect(plan.flighting?.search).toMatchObject({ layout: 'bursts', burst: 4, on: 8 });
    const check = whatIf(model, {
      changes: Object.entries(plan.optimal.spend).map(([channel, spend]) => ({
        type: 'set' as const,
        channel,
        amount: spend,
      })),
      flighting: FOUR,
    });
    expect(check.scenario.kpi).toBeCloseTo(plan.optimal.kpi, 6);
    expect(plan.assumptions[0]).toMatch(/search is run in bursts of 4 weeks on, 4 weeks off/);
  });

  it('runs 3 weeks on, 1 off by the closed form (on in weeks 1-3, 5-7, 9-11 and 13)', () => {
    const flighting = { search: { layout: 'bursts' as const, burst: 3, off: 1 } };
    const r = whatIf(alwaysOn(), { changes: [], flighting });
    expect(r.scenario.channelKpi.search).toBeCloseTo(10 * BETA * hill(TOTAL / 10, 3, 20_000), 8);
    expect(r.flighting.search).toMatchObject({ layout: 'bursts', burst: 3, off: 1, on: 10 });
    expect(r.changes[0]).toMatch(/^search: run in bursts of 3 weeks on, 1 week off, on in 10 of/);
    const plan = optimizeBudget(alwaysOn(), { flighting });
    expect(plan.flighting?.search).toMatchObject({ burst: 3, off: 1, on: 10 });
    expect(plan.assumptions[0]).toMatch(/search is run in bursts of 3 weeks on, 1 week off/);
  });

  it('treats pauses as long as the bursts as the same cadence as none stated', () => {
    const same = whatIf(alwaysOn(), {
      changes: [],
      flighting: { search: { layout: 'bursts', burst: 4, off: 4 } },
    });
    const four = whatIf(alwaysOn(), { changes: [], flighting: FOUR });
    expect(same.scenario.kpi).toBe(four.scenario.kpi);
    expect(same.flighting.search).toEqual(four.flighting.search);
  });

  it('refuses a pause that is not a whole number of periods, naming the field', () => {
    const e = errorOf(() =>
      whatIf(alwaysOn(), {
        changes: [],
        flighting: { search: { layout: 'bursts', burst: 3, off: 0.5 } },
      }),
    );
    expect(e).toMatchObject({ issues: [{ field: 'flighting.search.off' }] });
    expect((e as Error).message).toMatch(/flighting.search.off: must be a whole number/);
  });

  it('refuses a length that is not a whole number of periods, naming the field', () => {
    for (const burst of [0, 1.5, -2]) {
      const e = errorOf(() =>
        whatIf(alwaysOn(), { changes: [], flighting: { search: { layout: 'bursts', burst } } }),
      );
      expect(e).toMatchObject({ issues: [{ field: 'flighting.search.burst' }] });
    }
  });

  it('refuses bursts as long as the horizon, and says a shorter burst would do', () => {
    const e = errorOf(() =>
      whatIf(alwaysOn(), {
        changes: [],
        flighting: { search: { layout: 'bursts', burst: 13 } },
      }),
    );
    expect(e).toMatchObject({ code: 'invalid_input', issues: [{ field: 'flighting.search' }] });
    expect((e as Error).message).toMatch(
      /bursts run 13 weeks on and 13 weeks off, .* give a horizon longer than 13 weeks or shorter bursts/,
    );
  });
});
