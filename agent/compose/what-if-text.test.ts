import { describe, expect, it } from 'vitest';
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
