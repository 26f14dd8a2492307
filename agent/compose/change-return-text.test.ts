import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import { changeReturnLine } from './change-return-text';
import type { ComposeContext } from './composed';

const revenue: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: (c) => c,
  warnings: [],
  unit: 'weeks',
  channels: [],
};

describe('changeReturnLine', () => {
  it('says an added dollar that brings back less than a dollar costs more than it makes', () => {
    // +$2M of spend for +$1.14M of revenue: 0.57 per $1.
    const delta = { spend: 2_000_000, roi: 1_140_000 / 2_000_000 };
    const line = changeReturnLine(delta, revenue) as string;
    expect(line).toBe(
      'Spend rises by $2M: each extra $1 brings back $0.57 of revenue, less than it costs (before margins and other costs).',
    );
    expect(checkGrounding(line, [delta]).ungrounded).toEqual([]);
  });

  it('says a saving that gives up more than it saves, and leaves a re-split alone', () => {
    // Display off: -$262k of spend, -$380k of revenue: 1.45 given up per $1 saved.
    const line = changeReturnLine({ spend: -262_000, roi: 380_000 / 262_000 }, revenue);
    expect(line).toContain('each $1 saved gives up $1.45 of revenue, more than it saves');
    expect(changeReturnLine({ spend: 0, roi: null }, revenue)).toBeUndefined();
  });

  it('gives conversions per dollar without calling it profit or loss', () => {
    const line = changeReturnLine(
      { spend: 50_000, roi: 0.004 },
      { ...revenue, kpi: 'conversions', kpiType: 'conversions' },
    );
    expect(line).toContain('each extra $1 brings back 0.0040 conversions (before');
    expect(line).not.toMatch(/costs,|than it/);
  });
});
