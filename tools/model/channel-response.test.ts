import { describe, expect, it } from 'vitest';
import { channelContribution, steadyStateMarginal, steadyStateResponse } from './channel-response';
import type { ChannelResponseModel } from './model-types';

const tv: ChannelResponseModel = {
  name: 'tv',
  adstock: { type: 'geometric', theta: 0.5, maxLag: 2 },
  saturation: { type: 'hill', alpha: 1, gamma: 100 },
  beta: 1000,
};

describe('channel response', () => {
  it('reaches beta * s/(s+gamma) at a steady spend s', () => {
    const out = channelContribution(tv, [100, 100, 100]);
    expect(out[2]).toBeCloseTo(500, 9);
    expect(steadyStateResponse(tv, 300)).toBeCloseTo(750, 9);
  });

  it('counts carryover from the history before the series', () => {
    // weights 2/3, 1/3: the first period sees 1/3 of last period's 300 → adstock 100 → 500
    const out = channelContribution(tv, [0, 0], [300]);
    expect(out[0]).toBeCloseTo(500, 9);
    expect(out[1]).toBe(0);
  });

  it('has a marginal response equal to beta * gamma/(s+gamma)^2 for alpha 1', () => {
    expect(steadyStateMarginal(tv, 100)).toBeCloseTo((1000 * 100) / 200 ** 2, 12);
  });
});
