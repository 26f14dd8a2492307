import { describe, expect, it } from 'vitest';
import { DEMO_CTX, demoContributions } from '../testing/demo-results';
import { composeContributions } from './contributions-text';

describe('the ranking lead of a breakdown', () => {
  it('names the ROI leader, and says when the data cannot rank it above the top channel', () => {
    // The demo: Search's ROI 3.26 (80% 2.05-5.17) against TV's 2.50 (2.28-2.73): TV's range
    // excludes 3.26, so Search leads without a hedge.
    const demo = composeContributions(demoContributions(), DEMO_CTX);
    expect(demo.lead).toContain(
      'By ROI instead, Search leads: 3.26 in revenue per dollar, against 2.5 for TV.',
    );
    // Widen TV's range past Search's estimate: each range now holds the other's estimate.
    const wide = demoContributions();
    wide.channels = wide.channels.map((c) =>
      c.name === 'tv_spend'
        ? {
            ...c,
            interval: {
              ...c.interval,
              roi: [
                { level: 0.8, low: 1.9, high: 3.4 },
                { level: 0.95, low: 1.6, high: 3.9 },
              ],
            },
          }
        : c,
    );
    expect(composeContributions(wide, DEMO_CTX).lead).toContain(
      'against 2.5 for TV, though their 80% ranges overlap enough that the data cannot rank the two.',
    );
  });
});
