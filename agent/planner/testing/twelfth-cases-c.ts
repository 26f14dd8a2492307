import { curve, display, fb, mroi, radio, search, tagged, tiktok, tv } from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Twelfth held-out set, part C: response curves and marginal ROI, moved out of part A unchanged
 * when that file grew past 350 lines (same conventions as part A's header).
 */

export const TWELFTH_CASES_C: TaggedCase[] = [
  // response curves and marginal ROI
  ...tagged('strategist', [
    curve("At what point does extra TikTok spend stop paying back? I'd like to see its curve.", {
      channel: tiktok,
    }),
    curve(
      'Has search hit diminishing returns yet? Show me the curve up to four times current spend.',
      { channel: search, maxMultiple: 4 },
    ),
    // the marginal ROI of 1.2 is read off the curve
    curve('On the Facebook response curve, at what spend does the marginal ROI fall to 1.2?', {
      channel: fb,
    }),
    curve(
      'Have we maxed out what display can do for us, or is there still headroom on the curve?',
      { channel: display },
    ),
    mroi('Which channels still give a decent return on the last dollar, and which are tapped out?'),
  ]),
  ...tagged('analyst', [
    curve('get_response_curve channel=radio_spend maxMultiple=6 points=61', {
      channel: radio,
      maxMultiple: 6,
      points: 61,
    }),
    curve('Hill curve for TV over a 1.5x range, 25 pts.', {
      channel: tv,
      maxMultiple: 1.5,
      points: 25,
    }),
    mroi('mROAS at current spend for tv_spend vs facebook_spend?'),
  ]),
  ...tagged('exec', [
    mroi('If I found another 10k down the back of the sofa, which single channel should it go to?'),
  ]),
  ...tagged('budget', [mroi('What does one more euro in radio return right now?')]),
  ...tagged('slack', [mroi('marginal roi on search rn?')]),
  ...tagged('followup', [
    curve(["Show me Facebook's response curve", "now TikTok's"], { channel: tiktok }),
    // "it" is search from the first turn
    curve(['What did search contribute last quarter?', 'is it saturated?'], { channel: search }),
    mroi(['What if we add 50k to radio?', "what's radio's marginal return right now?"]),
  ]),
];
