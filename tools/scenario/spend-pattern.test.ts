import { describe, expect, it } from 'vitest';
import { channelHorizonKpi } from './plan-evaluation';
import { spendPattern } from './spend-pattern';

describe('spend pattern over a horizon', () => {
  it("is the shape of the channel's last horizon-length window of data", () => {
    expect([...spendPattern([5, 5, 0, 30, 0, 10], 4)]).toEqual([0, 0.75, 0, 0.25]);
  });

  it('is even when the data are shorter than the horizon or the window spent nothing', () => {
    expect([...spendPattern([10, 20], 4)]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([...spendPattern([10, 20, 0, 0], 2)]).toEqual([0.5, 0.5]);
  });

  it('is even whatever the history when the layout is even', () => {
    expect([...spendPattern([5, 5, 0, 30, 0, 10], 4, 'even')]).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect([...spendPattern([5, 5, 0, 30, 0, 10], 4, 'historical')]).toEqual([0, 0.75, 0, 0.25]);
  });

  it('lays a plan total out in bursts where the channel ran in bursts (closed form)', () => {
    // No carryover and h(x) = x / (x + 40): $80 over 4 periods replays [0, 30, 0, 10] scaled
    // to [0, 60, 0, 20], so the KPI is 100 * (60/100 + 20/60), not 4 * 100 * 20/60 evenly.
    const tv = {
      name: 'tv',
      adstock: { type: 'geometric' as const, theta: 0, maxLag: 1 },
      saturation: { type: 'hill' as const, alpha: 1, gamma: 40 },
      beta: 100,
    };
    const kpi = channelHorizonKpi(tv, 80, 4, [5, 5, 0, 30, 0, 10], 0);
    expect(kpi).toBeCloseTo(100 * (60 / 100 + 20 / 60), 10);
    // Spread evenly: $20 in each of the 4 periods, 4 * 100 * 20/60.
    const even = channelHorizonKpi(tv, 80, 4, [5, 5, 0, 30, 0, 10], 0, 'even');
    expect(even).toBeCloseTo((4 * 100 * 20) / 60, 10);
  });
});
