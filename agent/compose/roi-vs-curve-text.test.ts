import { describe, expect, it } from 'vitest';
import {
  DEMO_CTX,
  DEMO_TV_CURVE,
  demoContributions,
  toolCall,
  ungroundedIn,
} from '../testing/demo-results';
import { composeAnswer } from './compose-answer';

describe("the answer to why a channel's ROI differs from its response curve", () => {
  const question = "Why is TV's ROI 2.5 but only 1.53 on the response curve?";
  const calls = [
    toolCall(
      'get_contributions',
      { channels: ['tv_spend'], sortBy: 'roi' },
      demoContributions('roi', ['tv_spend']),
    ),
    toolCall('get_response_curve', { channel: 'tv_spend' }, DEMO_TV_CURVE),
  ];
  const draft = composeAnswer({
    calls,
    modelText: '',
    hosted: false,
    notices: [],
    ctx: { ...DEMO_CTX, lead: 'roi_vs_curve' },
  });

  it('explains average over the data against the steady recent rate, in whole sentences', () => {
    expect(draft.text.split('\n')[0]).toBe(
      "TV's ROI of 2.5 and its response curve answer different questions. The 2.5 is an average over 2022-01-03 to 2024-12-23: $23M of revenue on $9.2M of spend, $59k per week on average, spent as it actually was. The curve holds spend steady at the recent spend rate (the last 13 weeks), $34.6k per week, long enough for carryover to settle: there each dollar returns 1.53 on average and the next dollar returns 2.96 (the marginal ROI, the slope of the curve).",
    );
    expect(draft.text).toContain(
      "- The recent rate is below TV's average over the data ($59k per week), so the curve is read at a different point from where most of the money went.",
    );
    expect(draft.text).toContain(
      '- At $34.6k per week TV is still below the steepest point of its S-shaped curve: spend this thin works less per dollar than heavier spend does; the next dollar there returns more than the average (2.96 against 1.53).',
    );
    expect(draft.text).not.toMatch(/(^|\n)"\./);
    expect(draft.parts.some((p) => p.type === 'chart' && p.kind === 'response_curve')).toBe(true);
    expect(ungroundedIn(draft, calls, question)).toEqual([]);
  });
});
