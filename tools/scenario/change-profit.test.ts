import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../errors';
import { changeProfit } from './change-profit';
import { syntheticModel } from './synthetic-model';
import { whatIf } from './what-if';

const model = syntheticModel({
  channels: [
    { name: 'social', beta: 2500, gamma: 2000, spend: 3000, alpha: 1 },
    { name: 'search', beta: 1800, gamma: 1000, spend: 1000, alpha: 1 },
  ],
  baseline: 20_000,
  draws: 40,
});

describe('what a change does to profit at a margin', () => {
  it('is margin × revenue change − spend change, its range carried through the same line', () => {
    // Switching radio off on the demo: -$441k of revenue, -$200k of spend, at 40%: +$23.6k.
    const p = changeProfit(0.4, 'revenue', -441_000, -200_000, [
      { level: 0.8, low: -1_230_000, high: 0 },
    ]);
    expect(p.value).toBeCloseTo(0.4 * -441_000 + 200_000, 6);
    expect(p.interval).toEqual([{ level: 0.8, low: 0.4 * -1_230_000 + 200_000, high: 200_000 }]);
  });

  it('is given by what_if when asked with a margin, and refused for a KPI that is not revenue', () => {
    const w = whatIf(model, {
      changes: [{ type: 'set', channel: 'social', amount: 0 }],
      margin: 0.3,
    });
    expect(w.delta.profit?.value).toBeCloseTo(0.3 * w.delta.kpi - w.delta.spend, 9);
    expect(w.delta.profit?.interval[0]?.low).toBeCloseTo(
      0.3 * (w.delta.interval[0]?.low as number) - w.delta.spend,
      9,
    );
    expect(
      whatIf(model, { changes: [{ type: 'set', channel: 'social', amount: 0 }] }).delta.profit,
    ).toBeUndefined();
    try {
      changeProfit(0.3, 'conversions', 10, 5, []);
      expect.unreachable();
    } catch (e) {
      expect(isMixPilotError(e) && e.message).toMatch(
        /^margin: a profit margin applies to revenue/,
      );
    }
  });
});
