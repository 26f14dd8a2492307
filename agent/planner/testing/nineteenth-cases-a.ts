import {
  add,
  bursts,
  burstsOf,
  display,
  even,
  fb,
  move,
  radio,
  row,
  scale,
  search,
  set,
  tagged,
  tiktok,
  total,
  tv,
  whatIf,
} from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Nineteenth held-out table, part A: what-ifs (moves in percent and money, to one channel or
 * several, scaling, set/add, several changes at once, total budget changes in percent and in
 * money, horizons only when said, always-on and bursts flighting of a stated or unstated cadence,
 * profit at a margin, follow-up turns). Written blind: against tool-schemas.ts only, 100k a week
 * in all, so a quarter's reference plan is $1.3M; weekly amounts without a horizon are over a
 * quarter (13 weeks), monthly ones over three months.
 */
/** A what-if that only changes how spend is laid out. */
const layout = (q: string | string[], flighting: Record<string, unknown>) =>
  row(q, 'whatif', { changes: [], flighting });

export const NINETEENTH_CASES_A: TaggedCase[] = [
  ...tagged('exec', [
    whatIf(
      "Quick one before the board meeting: suppose TikTok's budget went up by half. What's the likely revenue uplift?",
      [scale(tiktok, 50)],
    ),
    whatIf(
      "My gut says display isn't earning its keep. Say we zeroed it for the next eight weeks - how much revenue would we actually give up?",
      [set(display, 0)],
      8,
    ),
    whatIf(
      "Suppose the whole media budget grows by a fifth, keeping today's proportions. What happens to sales?",
      [total(20)],
    ),
    whatIf('How much would we lose if radio were cut in half?', [scale(radio, -50)]),
    whatIf("What's the revenue effect of putting an extra half a million behind TV?", [
      add(tv, 500000),
    ]),
    whatIf(
      'Our agency wants us to flip a quarter of the Facebook money over to TikTok. Is it worth it in revenue terms?',
      [move(fb, tiktok, { percent: 25 })],
    ),
    whatIf(
      'Scenario for the leadership offsite: we go completely dark on TV. What does revenue look like?',
      [set(tv, 0)],
    ),
    layout(
      'If radio ran in four-week bursts - a month on air, a month off - rather than the way it runs now, would it sell more?',
      burstsOf(4, radio),
    ),
    whatIf(
      'Finance has proposed trimming total marketing to 85k per week. What does that do to revenue?',
      [total(-15)],
    ),
    row(
      "What's the profit picture if we double search? We make about 25 cents on every dollar of revenue.",
      'whatif',
      { changes: [scale(search, 100)], margin: 0.25 },
    ),
  ]),
  ...tagged('budget', [
    whatIf('Pull £60k out of Facebook and drop it into search - net revenue change?', [
      move(fb, search, { amount: 60000 }),
    ]),
    whatIf('Set TikTok at 200k for the quarter; what revenue would that forecast?', [
      set(tiktok, 200000),
    ]),
    whatIf('Model adding 15k a week to display', [add(display, 195000)]),
    whatIf(
      'Trim 2k a week off radio for the next 10 weeks and show me what it costs',
      [add(radio, -20000)],
      10,
    ),
    whatIf('What if our total spend went from 1.3M to 1.43M this quarter, with the same split?', [
      total(10),
    ]),
    whatIf('Reallocate 200k out of TV: 150k of it to search and the other 50k to Facebook', [
      move(tv, search, { amount: 150000 }),
      move(tv, fb, { amount: 50000 }),
    ]),
    whatIf('Cut the TV budget by 100 grand and tell me what it costs us in sales', [
      add(tv, -100000),
    ]),
    whatIf('What if radio got an additional 50k per month?', [add(radio, 150000)]),
    whatIf(
      'Over the next 26 weeks, what if the overall budget came down by 260k, pro rata?',
      [total(-10)],
      26,
    ),
    whatIf(
      'If Facebook got exactly 300k over the next 13 weeks, what would revenue be?',
      [set(fb, 300000)],
      13,
    ),
    whatIf("What's the hit to revenue if we halve both the TikTok and the display budgets?", [
      scale(tiktok, -50),
      scale(display, -50),
    ]),
  ]),
  ...tagged('strategist', [
    layout(
      "I've been reading up on continuity planning. If Facebook came out of its current stop-start pattern and ran at an even weight every week, would it perform better?",
      even(fb),
    ),
    layout(
      'What if TikTok went dark in alternate fortnights - same money, just concentrated into the weeks it is live?',
      burstsOf(2, tiktok),
    ),
    whatIf(
      "Let's test a big reallocation: 40% of TV into digital, split evenly between search, Facebook and TikTok.",
      [move(tv, [search, fb, tiktok], { percent: 40 })],
    ),
    row('What if TV ran in six-week bursts and we added 10% to it?', 'whatif', {
      changes: [scale(tv, 10)],
      flighting: burstsOf(6, tv),
    }),
    layout(
      "If radio is always-on and display is pulsed, with no budget changes, what's the revenue difference?",
      { [radio]: 'even', [display]: 'bursts' },
    ),
    row(
      "Over a full year, what does moving 30% of radio into TikTok do for profit? Assume we're at a 50% margin.",
      'whatif',
      { changes: [move(radio, tiktok, { percent: 30 })], horizon: 52, margin: 0.5 },
    ),
    whatIf('Suppose we cut TV by 15% and raise search by 15%. What happens?', [
      scale(tv, -15),
      scale(search, 15),
    ]),
    whatIf('What if we doubled down on social - Facebook and TikTok both up 30%?', [
      scale(fb, 30),
      scale(tiktok, 30),
    ]),
    layout(
      "Imagine every channel keeps its budget, but display moves to always-on and TikTok to three-week bursts. What's the effect on revenue?",
      { [display]: 'even', [tiktok]: { layout: 'bursts', burst: 3 } },
    ),
    row('What if TV were 40% lower but ran continuously instead of in flights?', 'whatif', {
      changes: [scale(tv, -40)],
      flighting: even(tv),
    }),
    layout(
      "What's the downside of running display in 8-week blocks - eight weeks live, eight dark - instead of how it runs now?",
      burstsOf(8, display),
    ),
  ]),
  ...tagged('analyst', [
    whatIf('what_if: set tiktok_spend=0, horizon=20', [set(tiktok, 0)], 20),
    whatIf('Scenario delta for facebook_spend scaled by -12.5%', [scale(fb, -12.5)]),
    whatIf('Counterfactual with the total budget at -30% over 52 periods', [total(-30)], 52),
    whatIf('Move 25% of search_spend to tiktok_spend and 25% of display_spend to tiktok_spend', [
      move(search, tiktok, { percent: 25 }),
      move(display, tiktok, { percent: 25 }),
    ]),
    row('Simulate radio_spend at 0 with margin=0.3 and report the profit delta', 'whatif', {
      changes: [set(radio, 0)],
      margin: 0.3,
    }),
    whatIf('KPI impact of adding 80000 to display_spend', [add(display, 80000)]),
    layout('tv_spend flighted in bursts with burst=5, no spend change', burstsOf(5, tv)),
    whatIf(
      'Scale tv_spend +50% and radio_spend -50%, horizon 8',
      [scale(tv, 50), scale(radio, -50)],
      8,
    ),
    row('Set search_spend to 520000 over 26 weeks and flight it evenly', 'whatif', {
      changes: [set(search, 520000)],
      horizon: 26,
      flighting: even(search),
    }),
  ]),
  ...tagged('slack', [
    whatIf('fb +15%?', [scale(fb, 15)]),
    whatIf('wht happens if we zero out tv', [set(tv, 0)]),
    whatIf('shift 20% radio→search pls', [move(radio, search, { percent: 20 })]),
    layout('tiktok 4 on 4 off?', burstsOf(4, tiktok)),
    whatIf('budget -5% accross the board, impact?', [total(-5)]),
    whatIf('+50k display, go', [add(display, 50000)]),
    whatIf('halve fb for 6wks', [scale(fb, -50)], 6),
    layout('srch always on vs now?', even(search)),
    whatIf('what if we spent 0 on radio n display', [set(radio, 0), set(display, 0)]),
    layout('can we try tv pulsing instead, no $ change', bursts(tv)),
  ]),
  ...tagged('followup', [
    whatIf(
      ['What if we cut search by 10%?', 'and TV by the same 10% too'],
      [scale(search, -10), scale(tv, -10)],
    ),
    whatIf(
      ['What if we put 100k more into TikTok?', 'over a year, I mean'],
      [add(tiktok, 100000)],
      52,
    ),
    layout(['What happens if radio runs in bursts?', 'four weeks at a time'], burstsOf(4, radio)),
    whatIf(
      ['Move 20% of TV into Facebook - what happens?', 'double that'],
      [move(tv, fb, { percent: 40 })],
    ),
    row(
      ['What if we halve display?', 'what does that mean for profit if margins are 30%'],
      'whatif',
      {
        changes: [scale(display, -50)],
        margin: 0.3,
      },
    ),
    whatIf(['Scenario: total budget up 10%', 'actually make it down 10%'], [total(-10)]),
    whatIf(['What if we cut radio by 25k?', 'sorry, I meant 25k per week'], [add(radio, -325000)]),
    layout(['What if search went always-on?', 'and TV as well'], even(search, tv)),
    whatIf(
      ['What if we move 50k from display to search?', 'into TikTok instead'],
      [move(display, tiktok, { amount: 50000 })],
    ),
  ]),
];
