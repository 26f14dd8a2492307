import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import type { ComposeContext } from './composed';
import { composeCurveComparison } from './curve-comparison-text';
import type { CurveView } from './curve-text';

const LABELS: Record<string, string> = { search_spend: 'Search', social_spend: 'Social' };
const ctx: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: (c) => LABELS[c] ?? c,
  warnings: [],
  unit: 'weeks',
  channels: Object.keys(LABELS),
};

/** A curve through current spend `spend` whose next dollar returns `mroi`. */
function curve(channel: string, spend: number, mroi: number, roi: number): CurveView {
  return {
    channel,
    points: [0, spend, 2 * spend].map((s, i) => ({
      spend: s,
      kpi: s * roi,
      mroi: mroi * (1.5 - 0.5 * i),
    })),
    current: { spend, kpi: spend * roi, roi, mroi },
    halfSaturationSpend: spend * 1.2,
    ceiling: spend * roi * 3,
    observedMax: spend * 2,
    position: 'efficient',
    periodUnit: 'week',
  };
}

describe('composeCurveComparison', () => {
  it('leads with the channel the next dollar does more on, by marginal not average return', () => {
    // Social has the higher average ROI but the lower marginal return: more spend belongs on Search.
    const search = curve('search_spend', 27_200, 1.87, 2.5);
    const social = curve('social_spend', 27_400, 1.52, 3.41);
    const out = composeCurveComparison([social, search], ctx);
    expect(out.lead).toBe(
      "The next dollar does more on Search: it returns 1.87 at Search's current $27.2k per week, against 1.52 on Social ($27.4k per week).",
    );
    expect(out.bullets.filter((b) => b.includes('past its steepest point'))).toHaveLength(2);
    const chart = out.parts[0];
    expect(chart?.type === 'chart' && chart.series.map((s) => s.name)).toEqual([
      'Social',
      'Social: current spend',
      'Search',
      'Search: current spend',
    ]);
    const text = [out.lead, ...out.bullets].join('\n');
    expect(checkGrounding(text, [search, social]).ungrounded).toEqual([]);
  });

  it('says when the two next-dollar ranges overlap too much to rank the channels', () => {
    const search = curve('search_spend', 27_200, 1.87, 2.5);
    const social = curve('social_spend', 27_400, 1.52, 3.41);
    search.current.mroiInterval = [{ level: 0.8, low: 1.3, high: 2.53 }];
    social.current.mroiInterval = [{ level: 0.8, low: 0.81, high: 2.4 }];
    const out = composeCurveComparison([social, search], ctx);
    expect(out.lead).toBe(
      "The next dollar does more on Search: it returns 1.87 at Search's current $27.2k per week, against 1.52 on Social ($27.4k per week). That is the best estimate, but the 80% ranges of Search and Social each hold the other's value, so the data cannot rank the two: test before moving much money.",
    );
    expect(out.bullets).toContain(
      'Search is past its steepest point: returns are diminishing but still solid. At the current $27.2k per week, the next dollar returns 1.87 (80% range 1.3 to 2.53) against an average of 2.5 per dollar at that spend held steady.',
    );
    // Apart, the lead does not hedge.
    social.current.mroiInterval = [{ level: 0.8, low: 0.81, high: 1.7 }];
    expect(composeCurveComparison([social, search], ctx).lead).not.toContain('cannot rank');
  });

  it('says when the next dollar returns about the same on both', () => {
    const out = composeCurveComparison(
      [curve('search_spend', 20_000, 1.5, 2), curve('social_spend', 30_000, 1.45, 2.2)],
      ctx,
    );
    expect(out.lead).toBe(
      'The next dollar returns about the same on Search and Social: 1.5 and 1.45 per $1 at current spend, so neither is the clear place for more.',
    );
  });

  it('answers an asked level of marginal return channel by channel', () => {
    const out = composeCurveComparison(
      [curve('search_spend', 20_000, 1.5, 2), curve('social_spend', 30_000, 1.2, 2.2)],
      { ...ctx, marginalRoi: 1 },
    );
    expect(out.lead).toMatch(/^Search's marginal return .* Social's marginal return /);
  });
});
