import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import type { ComposeContext } from './composed';
import { composeOptimize, type OptimizeResultView } from './optimize-text';

const ctx: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: (c) => ({ tv: 'TV', radio: 'Radio', social: 'Social' })[c] ?? c,
  warnings: [],
  unit: 'weeks',
  channels: ['tv', 'radio', 'social'],
};

// $1M over 13 weeks with TV always-on: TV's $450k is $34,615 a week instead of 4 bursts.
function plan(flighting?: OptimizeResultView['flighting']): OptimizeResultView {
  return {
    objective: 'max_kpi',
    budget: 1_000_000,
    horizon: { periods: 13, unit: 'weeks' },
    current: { spend: { tv: 500_000, radio: 200_000, social: 300_000 }, kpi: 15_000_000 },
    optimal: { spend: { tv: 450_000, radio: 0, social: 550_000 }, kpi: 15_200_000 },
    delta: { kpi: 200_000, kpiPct: 1.33 },
    marginalRoi: { tv: 1.4, radio: 1.1, social: 1.4 },
    binding: [],
    explanation: [],
    ...(flighting ? { flighting } : {}),
  };
}
const evenTv = {
  tv: { layout: 'even', perPeriod: 450_000 / 13, recent: 'bursts' },
};

describe('composeOptimize with flighting', () => {
  it('says in the lead which channels the split spreads evenly, and each one’s weekly level', () => {
    const result = plan(evenTv);
    const { lead, bullets, parts } = composeOptimize(result, ctx);
    expect(lead).toMatch(
      /^The best split of \$1M over 13 weeks, with TV spread evenly \(always-on\): Social \$550k, TV \$450k, Radio \$0\./,
    );
    expect(bullets).toContain(
      'TV: spread evenly, $34.6k every week, instead of its recent bursts.',
    );
    expect(bullets).toContain('The current plan it is compared with keeps TV in its recent shape.');
    expect(parts.find((p) => p.type === 'scenario')).toMatchObject({ flighting: { tv: 'even' } });
    const text = [lead, ...bullets].join('\n');
    expect(checkGrounding(text, [[result], ['split $1M with TV always-on']]).ungrounded).toEqual(
      [],
    );
  });

  it('says a channel spread evenly that the best split leaves out gets nothing', () => {
    const { lead, bullets } = composeOptimize(
      plan({ ...evenTv, radio: { layout: 'even', perPeriod: 0, recent: 'steady' } }),
      ctx,
    );
    expect(lead).toContain('with TV and Radio spread evenly (always-on)');
    expect(bullets).toContain('Radio: spread evenly (always-on), the best split gives it nothing.');
    expect(bullets).toContain(
      'The current plan it is compared with keeps TV and Radio in their recent shape.',
    );
  });

  it('says which channels run in bursts, their level when on and how many weeks, every number grounded', () => {
    // Social's $550k in bursts of 2 weeks on, 2 off: 7 of the 13 weeks, $78.6k in each.
    const social = {
      layout: 'bursts',
      perPeriod: 550_000 / 7,
      on: 7,
      burst: 2,
      recent: 'steady',
    };
    const result = plan({ ...evenTv, social });
    const { lead, bullets, parts } = composeOptimize(result, ctx);
    expect(lead).toContain(
      'with TV spread evenly (always-on) and Social run in bursts (2 weeks on, 2 off)',
    );
    expect(bullets).toContain(
      'Social: in bursts of 2 weeks on, 2 off, $78.6k a week when on (7 of 13 weeks), instead of every week as it ran recently.',
    );
    expect(parts.find((p) => p.type === 'scenario')).toMatchObject({
      flighting: { tv: 'even', social: { layout: 'bursts', burst: 2 } },
    });
    const text = [lead, ...bullets].join('\n');
    expect(checkGrounding(text, [[result], ['split $1M']]).ungrounded).toEqual([]);
  });

  it('says nothing of layouts for a plan made without flighting', () => {
    const { lead, bullets, parts } = composeOptimize(plan(), ctx);
    expect(lead).toMatch(/^The best split of \$1M over 13 weeks: /);
    expect(bullets.some((b) => /spread evenly|recent shape/.test(b))).toBe(false);
    expect(parts.find((p) => p.type === 'scenario')).not.toHaveProperty('flighting');
  });
});

describe("composeOptimize against the same budget in today's proportions", () => {
  it("says what the split itself is worth when the budget differs from today's", () => {
    // Today these channels get $1.16M; the plan splits $1M.
    const result: OptimizeResultView = {
      ...plan(),
      current: { spend: { tv: 450_000, radio: 350_000, social: 360_000 }, kpi: 15_000_000 },
      delta: { kpi: -66_600, kpiPct: -0.44 },
      sameBudget: {
        kpi: 14_636_000,
        delta: {
          kpi: 297_000,
          interval: [
            { level: 0.8, low: 102_000, high: 635_000 },
            { level: 0.95, low: 40_000, high: 800_000 },
          ],
        },
      },
    };
    const { lead } = composeOptimize(result, ctx);
    const said =
      " Against the same $1M spent in today's proportions, this split makes +$297k (80% range +$102k to +$635k): that is what the split itself is worth.";
    expect(lead).toContain(said);
    expect(checkGrounding(lead, [result]).ungrounded).toEqual([]);
    expect(composeOptimize(plan(), ctx).lead).not.toContain('the same $1M');
  });
});

describe('composeOptimize for extra money on top of today', () => {
  it('leads with where the extra goes and what it brings, not the whole larger split', () => {
    const result: OptimizeResultView = {
      ...plan(),
      budget: 1_100_000,
      current: { spend: { tv: 500_000, radio: 200_000, social: 300_000 }, kpi: 15_000_000 },
      optimal: { spend: { tv: 560_000, radio: 200_000, social: 340_000 }, kpi: 15_250_000 },
      delta: { kpi: 250_000, kpiPct: 1.67, spend: 100_000 },
      sameBudget: { kpi: 15_150_000, delta: { kpi: 100_000 } },
    };
    const { lead, parts } = composeOptimize(result, ctx);
    expect(lead).toBe(
      "The extra $100k over 13 weeks goes to TV ($60k), Social ($40k): revenue changes by +$250k (+1.7%) against the current plan. Spread over the channels in today's proportions instead, it would bring $100k less.",
    );
    expect(checkGrounding(lead, [result, parts]).ungrounded).toEqual([]);
    // A plan that cuts a channel is a new split, said as one.
    expect(
      composeOptimize(
        {
          ...result,
          optimal: { spend: { tv: 700_000, radio: 100_000, social: 300_000 }, kpi: 15_200_000 },
        },
        ctx,
      ).lead,
    ).toMatch(/^The best split of \$1.1M/);
  });
});

describe('composeOptimize for a profit plan that spends less than the budget offered', () => {
  it('says first that it spends only part of the money, and why', () => {
    const result: OptimizeResultView = {
      ...plan(),
      objective: 'max_profit',
      budget: 276_000,
      optimal: { spend: { tv: 0, radio: 30_000, social: 246_000 }, kpi: 12_400_000 },
      delta: { kpi: -2_600_000, kpiPct: -17.3 },
      profit: { margin: 0.3, current: 3_500_000, optimal: 3_720_000 },
    };
    const args = { objective: 'max_profit', margin: 0.3, budget: 1_500_000 };
    const { lead } = composeOptimize(result, ctx, args);
    expect(lead).toMatch(
      /^Of the \$1\.5M available, the most profitable plan spends \$276k over 13 weeks: Social \$246k, Radio \$30k, TV \$0; past that, each further \$1 earns back less than it costs in margin\./,
    );
    expect(checkGrounding(lead, [result, args]).ungrounded).toEqual([]);
    expect(composeOptimize(result, ctx).lead).toMatch(/^The most profitable split of \$276k/);
  });
});
