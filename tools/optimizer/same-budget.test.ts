import { describe, expect, it } from 'vitest';
import { syntheticModel } from '../scenario/synthetic-model';
import { whatIf } from '../scenario/what-if';
import { optimizeBudget } from './budget-optimizer';

// Hill alpha = 1 without carryover, steady spend: 13 weeks of 3000 on social and 1000 on search
// (52k in all), so a budget of 26k is half of today's.
const model = syntheticModel({
  channels: [
    { name: 'social', beta: 2500, gamma: 2000, spend: 3000, alpha: 1 },
    { name: 'search', beta: 1800, gamma: 1000, spend: 1000, alpha: 1 },
  ],
  baseline: 20_000,
  draws: 40,
});

describe("the optimal split against the same budget in today's proportions", () => {
  it("scales today's plan to the budget and gives what the split gains over it", () => {
    const r = optimizeBudget(model, { objective: 'max_kpi', budget: 26_000 });
    const same = r.sameBudget;
    expect(same?.spend.social).toBeCloseTo(19_500, 6);
    expect(same?.spend.search).toBeCloseTo(6_500, 6);
    // It is a what-if of its own: the same budget halved on every channel.
    const halved = whatIf(model, {
      changes: [
        { type: 'scale', channel: 'social', percent: -50 },
        { type: 'scale', channel: 'search', percent: -50 },
      ],
    });
    expect(same?.kpi).toBeCloseTo(halved.scenario.kpi, 6);
    // The optimum is no worse than any split of the same money, this one included.
    expect(same?.delta.kpi).toBeCloseTo(r.optimal.kpi - halved.scenario.kpi, 6);
    expect(same?.delta.kpi).toBeGreaterThanOrEqual(-1e-9);
    expect(same?.delta.interval.map((i) => i.level)).toEqual([0.8, 0.95]);
  });

  it("is left out when the budget is today's", () => {
    expect(optimizeBudget(model, { objective: 'max_kpi' }).sameBudget).toBeUndefined();
  });
});
