import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../errors';
import { syntheticModel } from '../scenario/synthetic-model';
import { optimizeBudget } from './budget-optimizer';

const model = syntheticModel({
  channels: [
    { name: 'tv', alpha: 1, gamma: 8000, beta: 5000, spend: 6000 },
    { name: 'facebook', alpha: 1, gamma: 2000, beta: 2500, spend: 3000 },
    { name: 'search', alpha: 1, gamma: 1000, beta: 1800, spend: 1000 },
  ],
});

function failure(args: unknown): { code: string; message: string; fields: string[] } {
  try {
    optimizeBudget(model, args);
  } catch (error) {
    if (isMixPilotError(error)) {
      return { code: error.code, message: error.message, fields: error.issues.map((i) => i.field) };
    }
    throw error;
  }
  throw new Error('expected a MixPilotError');
}

describe('optimizeBudget input and constraint errors', () => {
  it('says which minimums exceed the budget', () => {
    const e = failure({
      budget: 1_000_000,
      constraints: { min: { tv: 700_000 }, minShare: { search: 0.5 } },
    });
    expect(e.code).toBe('unprocessable');
    expect(e.message).toMatch(
      /minimums add up to \$1.2M but the budget is \$1M \(tv \$700,000 min, search \$500,000 min share 50%\)/,
    );
  });

  it('says when the maximums cannot absorb the budget, and spends less under at_most', () => {
    const args = {
      budget: 200_000,
      constraints: { max: { tv: 50_000, facebook: 50_000, search: 50_000 } },
    };
    expect(failure(args).message).toMatch(
      /maximums add up to \$150,000 but the budget is \$200,000/,
    );
    const r = optimizeBudget(model, { ...args, totalMode: 'at_most' });
    expect(r.budget).toBeCloseTo(150_000, 6);
    expect(r.summary[0]).toMatch(/at most \$200,000/);
  });

  it('names a channel whose own minimum and maximum contradict', () => {
    const e = failure({ constraints: { min: { tv: 90_000 }, maxMultiple: { tv: 1 } } });
    expect(e.fields).toContain('constraints.min.tv');
    expect(e.message).toMatch(
      /tv: the minimum \$90,000 \(min\) is above the maximum \$78,000 \(max 1× reference\)/,
    );
  });

  it('rejects a lock that contradicts a bound on the same channel', () => {
    const e = failure({ constraints: { locked: ['tv'], max: { tv: 10_000 } } });
    expect(e.fields).toEqual(['constraints.locked[0]']);
    expect(e.message).toMatch(/tv is locked at its reference \$78,000/);
  });

  it('rejects a zero or negative budget', () => {
    expect(failure({ budget: 0 }).message).toBe('budget: must be above zero (got 0)');
    expect(failure({ budget: -5 }).fields).toEqual(['budget']);
    expect(failure({ budgetChangePct: -100 }).message).toMatch(
      /budgetChangePct: a change of -100% leaves a budget of \$0;/,
    );
  });

  it('rejects unknown channels in constraints and channel lists', () => {
    const e = failure({ constraints: { max: { linkedin: 10 } } });
    expect(e.fields).toEqual(['constraints.max.linkedin']);
    expect(e.message).toMatch(/Unknown channel 'linkedin'.*Closest/);
    expect(failure({ channels: ['tv', 'cinema'] }).fields).toEqual(['channels[1]']);
  });

  it('asks for what each objective needs', () => {
    expect(failure({ objective: 'max_profit' }).fields).toEqual(['margin']);
    expect(failure({ objective: 'target_roas' }).fields).toEqual(['targetRoas']);
    expect(failure({ objective: 'target_kpi' }).fields).toEqual(['targetKpi']);
    expect(failure({ objective: 'target_kpi', targetKpiPct: 500 }).message).toMatch(
      /channels saturate/,
    );
  });
});
