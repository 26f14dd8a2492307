import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import type { ComposeContext } from './composed';
import { composeWhatIf, type WhatIfResultView } from './what-if-text';

const ctx: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: (c) => c.toUpperCase(),
  warnings: [],
  unit: 'weeks',
  channels: ['tv', 'social'],
};

function result(low: number, high: number): WhatIfResultView {
  return {
    horizon: { periods: 13, unit: 'week' },
    reference: { spend: { tv: 100_000, social: 50_000 }, kpi: 2_000_000 },
    scenario: { spend: { tv: 80_000, social: 70_000 }, kpi: 1_990_000 },
    delta: { kpi: -10_000, kpiPct: -0.5, spend: 0, interval: [{ level: 0.8, low, high }] },
    assumptions: [],
  };
}
const args = { changes: [{ type: 'move' as const, from: 'tv', to: 'social', percent: 20 }] };

describe('composeWhatIf', () => {
  it('says the direction is uncertain when the 80% range includes no change', () => {
    const { lead, bullets } = composeWhatIf(result(-30_000, 12_000), args, ctx);
    expect(lead).toBe(
      'Moving 20% of TV to SOCIAL would lower revenue by $10k (-0.50%) over the next 13 weeks (80% range -$30k to +$12k).',
    );
    expect(bullets[0]).toMatch(/includes no change/);
  });

  it('does not hedge when the whole range points one way', () => {
    const { bullets } = composeWhatIf(result(-30_000, -2_000), args, ctx);
    expect(bullets.some((b) => b.includes('includes no change'))).toBe(false);
  });

  it('says a what-if asked for some regions is simulated everywhere', () => {
    const off = { changes: [{ type: 'set' as const, channel: 'tv', amount: 0 }] };
    const { bullets } = composeWhatIf(result(-30_000, -2_000), off, {
      ...ctx,
      regions: '10 regions',
    });
    expect(bullets[0]).toBe(
      'Assumption: the model is national, with no regional breakdown, so these figures are for switching off TV everywhere; the same change in 10 regions only would move just part of them.',
    );
  });

  it('adds no regional assumption to a national what-if', () => {
    const { bullets } = composeWhatIf(result(-30_000, -2_000), args, ctx);
    expect(bullets.some((b) => /regional/.test(b))).toBe(false);
  });

  it('says switching off all paid media for a total cut of 100%', () => {
    const all = { changes: [{ type: 'total' as const, percent: -100 }] };
    const { lead } = composeWhatIf(result(-30_000, -2_000), all, ctx);
    expect(lead).toMatch(/^Switching off all paid media would lower revenue by \$10k/);
  });
});

describe('composeWhatIf with flighting', () => {
  // TV's $449,975 over 13 weeks spread evenly: $34,613.50 a week instead of 4 bursts.
  const tv = 449_975.45;
  const evenTv = {
    horizon: { periods: 13, unit: 'week' },
    reference: { spend: { tv, social: 50_000 }, kpi: 15_935_000 },
    scenario: { spend: { tv, social: 50_000 }, kpi: 15_751_127 },
    delta: {
      kpi: -183_873.3,
      kpiPct: -1.1539,
      spend: 0,
      interval: [{ level: 0.8, low: -247_547.6, high: -122_126 }],
    },
    assumptions: [],
    flighting: {
      tv: { layout: 'even', perPeriod: tv / 13, recent: 'bursts' },
    },
  } satisfies WhatIfResultView;
  const noChanges = { changes: [] };

  it('names the re-layout in the lead and among the per-channel bullets, every number grounded', () => {
    const { lead, bullets } = composeWhatIf(evenTv, noChanges, ctx);
    expect(lead).toBe(
      'Spreading TV evenly would lower revenue by $184k (-1.2%) over the next 13 weeks (80% range -$248k to -$122k).',
    );
    expect(bullets).toContain('TV: spread evenly, $34.6k every week, instead of its recent bursts');
    expect(bullets.some((b) => b.startsWith('SOCIAL'))).toBe(false);
    const text = [lead, ...bullets].join('\n');
    expect(checkGrounding(text, [noChanges, evenTv]).ungrounded).toEqual([]);
  });

  it('says the amount and the layout on one line when a change and a re-layout meet', () => {
    const up = {
      ...evenTv,
      scenario: { ...evenTv.scenario, spend: { tv: 1.2 * tv, social: 50_000 } },
      delta: { ...evenTv.delta, spend: 0.2 * tv },
      flighting: { tv: { ...evenTv.flighting.tv, perPeriod: (1.2 * tv) / 13 } },
    };
    const args = { changes: [{ type: 'scale' as const, channel: 'tv', percent: 20 }] };
    const { lead, bullets } = composeWhatIf(up, args, ctx);
    expect(lead).toMatch(/^Raising TV by 20%, then spreading TV evenly would lower revenue/);
    expect(bullets).toContain(
      'TV: $450k → $540k, spread evenly, $41.5k every week, instead of its recent bursts',
    );
    expect(checkGrounding([lead, ...bullets].join('\n'), [args, up]).ungrounded).toEqual([]);
  });

  it('names bursts in the lead and says the level when on and the weeks on', () => {
    // Social's $50k run in bursts of 2 weeks on, 2 off: 7 of 13 weeks at $7,143.
    const bursts = {
      ...evenTv,
      flighting: {
        social: { layout: 'bursts', perPeriod: 50_000 / 7, on: 7, burst: 2, recent: 'uneven' },
      },
    } satisfies WhatIfResultView;
    const { lead, bullets, parts } = composeWhatIf(bursts, noChanges, ctx);
    expect(lead).toMatch(/^Running SOCIAL in bursts would lower revenue by \$184k/);
    expect(bullets).toContain(
      'SOCIAL: in bursts of 2 weeks on, 2 off, $7,143 a week when on (7 of 13 weeks), instead of its recent ups and downs',
    );
    expect(parts.find((p) => p.type === 'scenario')).toMatchObject({
      flighting: { social: { layout: 'bursts', burst: 2 } },
    });
    const text = [lead, ...bullets].join('\n');
    expect(checkGrounding(text, [noChanges, bursts]).ungrounded).toEqual([]);
  });

  it('says pauses unlike the bursts, and hands them to the slider card', () => {
    // Social's $50k run 3 weeks on, 1 off: 10 of 13 weeks at $5,000.
    const uneven = {
      ...evenTv,
      flighting: {
        social: {
          layout: 'bursts',
          perPeriod: 50_000 / 10,
          on: 10,
          burst: 3,
          off: 1,
          recent: 'uneven',
        },
      },
    } satisfies WhatIfResultView;
    const { lead, bullets, parts } = composeWhatIf(uneven, noChanges, ctx);
    expect(bullets).toContain(
      'SOCIAL: in bursts of 3 weeks on, 1 off, $5,000 a week when on (10 of 13 weeks), instead of its recent ups and downs',
    );
    expect(parts.find((p) => p.type === 'scenario')).toMatchObject({
      flighting: { social: { layout: 'bursts', burst: 3, off: 1 } },
    });
    const text = [lead, ...bullets].join('\n');
    expect(checkGrounding(text, [noChanges, uneven]).ungrounded).toEqual([]);
  });

  it('hands the layout to the slider card so a re-run keeps it', () => {
    const { parts } = composeWhatIf(evenTv, noChanges, ctx);
    expect(parts.find((p) => p.type === 'scenario')).toMatchObject({ flighting: { tv: 'even' } });
    const plain = composeWhatIf(result(-30_000, -2_000), args, ctx).parts;
    expect(plain.find((p) => p.type === 'scenario')).not.toHaveProperty('flighting');
  });
});

describe('composeWhatIf priced in profit', () => {
  it('says what the change does to profit at the margin asked, with its range', () => {
    const r: WhatIfResultView = {
      horizon: { periods: 13, unit: 'week' },
      reference: { spend: { tv: 100_000, social: 50_000 }, kpi: 2_000_000 },
      scenario: { spend: { tv: 100_000, social: 0 }, kpi: 1_900_000 },
      delta: {
        kpi: -100_000,
        kpiPct: -5,
        spend: -50_000,
        interval: [{ level: 0.8, low: -160_000, high: -40_000 }],
        profit: {
          margin: 0.4,
          value: 10_000,
          interval: [{ level: 0.8, low: -14_000, high: 34_000 }],
        },
      },
      assumptions: [],
    };
    const offArgs = { changes: [{ type: 'set' as const, channel: 'social', amount: 0 }] };
    const { lead } = composeWhatIf(r, offArgs, ctx);
    expect(lead).toContain(
      'At a 40.0% margin, profit (margin × revenue − spend) changes by +$10k (80% range -$14k to +$34k).',
    );
    expect(checkGrounding(lead, [r, offArgs]).ungrounded).toEqual([]);
  });
});
