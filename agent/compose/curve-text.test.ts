import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import type { ComposeContext } from './composed';
import { type CurveView, composeCurve } from './curve-text';

const ctx: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: () => 'TV',
  warnings: [],
  unit: 'weeks',
  channels: ['tv_spend'],
};

/** A curve whose marginal return falls from 3 to 1 as weekly spend goes from $0 to $100k. */
const curve: CurveView = {
  channel: 'tv_spend',
  points: [0, 25_000, 50_000, 75_000, 100_000].map((spend, i) => ({
    spend,
    kpi: spend * 2,
    mroi: 3 - 0.5 * i,
  })),
  current: { spend: 50_000, kpi: 100_000, roi: 2, mroi: 2 },
  halfSaturationSpend: 60_000,
  ceiling: 400_000,
  observedMax: 120_000,
  position: 'efficient',
  periodUnit: 'week',
};

describe('composeCurve', () => {
  it('reads the spend where marginal return falls to the asked level off the curve', () => {
    const { lead, bullets } = composeCurve(curve, { ...ctx, marginalRoi: 1.8 });
    expect(lead).toBe(
      "TV's marginal return falls to 1.8 between $50k and $75k per week: the next dollar returns 2 at the first and 1.5 at the second.",
    );
    expect(bullets[0]).toMatch(/^TV is past its steepest point/);
    expect(checkGrounding([lead, ...bullets].join('\n'), [curve, 'drops to 1.8']).ok).toBe(true);
  });

  it('says when the curve ends before marginal return falls that far', () => {
    const { lead } = composeCurve(curve, { ...ctx, marginalRoi: 0.5 });
    expect(lead).toBe(
      "TV's marginal return is still above 0.5 at the far end of the curve: at $100k per week the next dollar returns 1.",
    );
  });

  it('says when marginal return never reaches the asked level', () => {
    const { lead } = composeCurve(curve, { ...ctx, marginalRoi: 4 });
    expect(lead).toBe(
      "TV's marginal return never reaches 4 on this curve: the most the next dollar returns is 3, at $0 per week.",
    );
  });

  it('leads with the carryover when that was asked, grounded in the tool result', () => {
    const withCarry: CurveView = {
      ...curve,
      carryover: {
        laterShare: 0.64,
        landed: [
          { share: 0.5, periods: 2 },
          { share: 0.9, periods: 6 },
        ],
      },
    };
    const out = composeCurve(withCarry, { ...ctx, lead: 'carryover' });
    expect(out.lead).toBe(
      "64.0% of TV's effect lands after the week of spend (carryover); half of it within 2 weeks and 90% of it within 6 weeks, counting the week of spend.",
    );
    expect(out.bullets[0]).toMatch(/^TV is past its steepest point/);
    expect(checkGrounding(out.lead, [withCarry]).ungrounded).toEqual([]);
    // Without the lead, the carryover is a bullet beside the curve.
    expect(composeCurve(withCarry, ctx).bullets).toContain(out.lead);
  });

  it('gives the carryover its range, and does not say "no carryover" when the range allows some', () => {
    const landed = [
      { share: 0.5, periods: 1 },
      { share: 0.9, periods: 1 },
    ];
    const ranged: CurveView = {
      ...curve,
      carryover: {
        laterShare: 0.64,
        interval: [{ level: 0.8, low: 0.59, high: 0.67 }],
        landed: [
          { share: 0.5, periods: 2 },
          { share: 0.9, periods: 6 },
        ],
      },
    };
    const out = composeCurve(ranged, { ...ctx, lead: 'carryover' });
    expect(out.lead).toBe(
      "64.0% of TV's effect lands after the week of spend (carryover; 80% range 59.0% to 67.0%); half of it within 2 weeks and 90% of it within 6 weeks, counting the week of spend.",
    );
    expect(checkGrounding(out.lead, [ranged]).ungrounded).toEqual([]);
    // The demo's Social: no carryover at the best fit, up to a third inside the 80% range.
    const none: CurveView = {
      ...curve,
      carryover: { laterShare: 0, interval: [{ level: 0.8, low: 0, high: 0.33 }], landed },
    };
    const hedged = composeCurve(none, { ...ctx, lead: 'carryover' }).lead;
    expect(hedged).toBe(
      "The model's best estimate is that TV's effect lands in the week of spend (no carryover), but the data do not rule carryover out: up to 33.0% of the effect landing later is inside the 80% range.",
    );
    expect(checkGrounding(hedged, [none]).ungrounded).toEqual([]);
    const sure: CurveView = {
      ...curve,
      carryover: { laterShare: 0, interval: [{ level: 0.8, low: 0, high: 0.02 }], landed },
    };
    expect(composeCurve(sure, { ...ctx, lead: 'carryover' }).lead).toBe(
      "TV's effect lands in the week of spend: the model finds no carryover.",
    );
  });

  it('leads with where current spend sits when no level was asked', () => {
    expect(composeCurve(curve, ctx).lead).toMatch(/^TV is past its steepest point/);
  });
});
