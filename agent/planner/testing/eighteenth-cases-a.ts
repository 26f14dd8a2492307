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
 * Eighteenth held-out table, part A: what-ifs (moves in percent and money, scaling, set/add,
 * total budget changes in percent and in money, horizons only when said, always-on and bursts
 * flighting, profit at a margin, follow-up turns). Written blind: against tool-schemas.ts only,
 * 100k a week in all, so a quarter's reference plan is $1.3M; weekly amounts without a horizon
 * are over a quarter (13 weeks), monthly ones over three months.
 */

export const EIGHTEENTH_CASES_A: TaggedCase[] = [
  ...tagged('exec', [
    whatIf(
      'If we pulled 30% out of TV and put it into search instead, what would that do to revenue?',
      [move(tv, search, { percent: 30 })],
    ),
    whatIf(
      "Bit of background: the CFO has been on at me all week about radio, she reckons it's money down the drain. Before I go back to her with anything, could you tell me what would actually happen to our sales if we just switched radio off altogether?",
      [set(radio, 0)],
    ),
    whatIf('What would a 10% cut to the overall marketing budget do to sales this quarter?', [
      total(-10),
    ]),
    whatIf('If we gave search an extra quarter of a million, what would we get for it?', [
      add(search, 250000),
    ]),
    whatIf('What does tripling TikTok look like?', [scale(tiktok, 200)]),
    whatIf(
      "We're being asked to run at 90k a week instead of 100k. What does that do to the top line?",
      [total(-10)],
    ),
    row(
      'What if we pulsed search - two weeks on, two weeks off - rather than running it all the time?',
      'whatif',
      { changes: [], flighting: burstsOf(2, search) },
    ),
    row(
      "What's the profit impact of adding 20% to Facebook? Our gross margin is about 40%.",
      'whatif',
      { changes: [scale(fb, 20)], margin: 0.4 },
    ),
    whatIf(
      'Over the next six months, what happens if we cut TV by a quarter?',
      [scale(tv, -25)],
      26,
    ),
    whatIf('What happens to revenue if we move half of display over to TikTok', [
      move(display, tiktok, { percent: 50 }),
    ]),
  ]),
  ...tagged('budget', [
    whatIf('Shift 75 grand from radio to display and tell me the net effect', [
      move(radio, display, { amount: 75000 }),
    ]),
    whatIf("Knock 40k off the display budget - what's the damage?", [add(display, -40000)]),
    whatIf('Put search at £400k for the quarter and show me the forecast', [set(search, 400000)]),
    whatIf('Move 10k a week from TV into Facebook', [move(tv, fb, { amount: 130000 })]),
    whatIf('What if we set radio to 5k a week?', [set(radio, 65000)]),
    whatIf(
      'Give TikTok an extra £8k each week over the coming 6 weeks - what comes back?',
      [add(tiktok, 48000)],
      6,
    ),
    whatIf(
      'If the overall budget is 1.04M this quarter rather than 1.3M, spread across channels as they are now, what happens?',
      [total(-20)],
    ),
    whatIf('What if we found an extra £130k for the total pot, split pro rata?', [total(10)]),
    whatIf('What if we moved 100k out of TV and split it evenly between search and TikTok?', [
      move(tv, [search, tiktok], { amount: 100000 }),
    ]),
    whatIf("What's the sales impact of an extra 30k a month on search?", [add(search, 90000)]),
    whatIf(
      'Over the next 52 weeks, take 300k out of radio and see what we lose',
      [add(radio, -300000)],
      52,
    ),
  ]),
  ...tagged('strategist', [
    row(
      'What if TV was on air every single week at a lower weight, rather than in big bursts?',
      'whatif',
      { changes: [], flighting: even(tv) },
    ),
    row(
      "So we've been going round in circles on continuity vs flighting for search. The agency wants to pulse it, a fortnight on and a fortnight off, to get more punch per burst, and I'm not convinced. Same budget - what would pulsing search like that do to sales?",
      'whatif',
      { changes: [], flighting: burstsOf(2, search) },
    ),
    row('What if we ran search in pulses, two on two off, and trimmed it by 10%?', 'whatif', {
      changes: [scale(search, -10)],
      flighting: burstsOf(2, search),
    }),
    row(
      'What if we flighted radio in bursts instead of keeping it always-on, and went always-on with TV?',
      'whatif',
      { changes: [], flighting: { [radio]: 'bursts', [tv]: 'even' } },
    ),
    whatIf("Move 40% of radio into TV and search, three to one in TV's favour", [
      move(radio, [tv, search], { percent: 40, weights: [3, 1] }),
    ]),
    whatIf(
      'What does the next 12 months look like if we double TikTok and halve radio?',
      [scale(tiktok, 100), scale(radio, -50)],
      52,
    ),
    row(
      "What's the profit effect over a year of taking total spend down 15%, at a 30% margin?",
      'whatif',
      { changes: [total(-15)], horizon: 52, margin: 0.3 },
    ),
    row('What if display went always-on and we gave it an extra 50k?', 'whatif', {
      changes: [add(display, 50000)],
      flighting: even(display),
    }),
    whatIf('If we moved everything from display into Meta, what would we gain?', [
      move(display, fb, { percent: 100 }),
    ]),
    row(
      'What if we cut TV by 20% and reinvested all of it in TikTok, with TikTok run in bursts?',
      'whatif',
      { changes: [move(tv, tiktok, { percent: 20 })], flighting: bursts(tiktok) },
    ),
    row('Scenario: TV always-on, search pulsed two-on-two-off, budgets unchanged', 'whatif', {
      changes: [],
      flighting: { [tv]: 'even', ...burstsOf(2, search) },
    }),
  ]),
  ...tagged('analyst', [
    whatIf('what_if changes=[scale radio_spend -35%] horizon=16', [scale(radio, -35)], 16),
    whatIf('Counterfactual: facebook_spend set to 0 and tiktok_spend set to 0', [
      set(fb, 0),
      set(tiktok, 0),
    ]),
    row('Simulate search_spend +25% with search_spend flighted in bursts', 'whatif', {
      changes: [scale(search, 25)],
      flighting: bursts(search),
    }),
    whatIf(
      'Predict the KPI delta for a 7.5% increase in total budget over 39 weeks',
      [total(7.5)],
      39,
    ),
    whatIf('Scenario: move 15% of tv_spend to display_spend, then scale display_spend by +10%', [
      move(tv, display, { percent: 15 }),
      scale(display, 10),
    ]),
    row('Forecast with radio_spend spread evenly across the horizon, no spend changes', 'whatif', {
      changes: [],
      flighting: even(radio),
    }),
    row('Profit delta for tiktok_spend +60% assuming margin 0.25', 'whatif', {
      changes: [scale(tiktok, 60)],
      margin: 0.25,
    }),
  ]),
  ...tagged('slack', [
    whatIf('wat if we cutt radio by 20 percnt', [scale(radio, -20)]),
    whatIf('search x2?', [scale(search, 100)]),
    whatIf('move 30k fb -> tiktok', [move(fb, tiktok, { amount: 30000 })]),
    whatIf('kill display for 8 wks, what happens', [set(display, 0)], 8),
    row('tv pulsed 2 on 2 off, any better?', 'whatif', {
      changes: [],
      flighting: burstsOf(2, tv),
    }),
    row('radio always on pls', 'whatif', { changes: [], flighting: even(radio) }),
    whatIf('what if tiktok got 20k more a week', [add(tiktok, 260000)]),
    whatIf("10% more on everything, what's it do", [total(10)]),
  ]),
  ...tagged('followup', [
    whatIf(['What if we cut display by 20%?', 'make it 35%'], [scale(display, -35)]),
    whatIf(
      ['What if we move 50k from radio into TikTok?', 'and over 26 weeks?'],
      [move(radio, tiktok, { amount: 50000 })],
      26,
    ),
    row(['What if search ran always-on?', 'actually, try it in bursts instead'], 'whatif', {
      changes: [],
      flighting: bursts(search),
    }),
    row(
      ['What if we add 100k to Facebook?', "what's that do to profit at a 35% margin"],
      'whatif',
      { changes: [add(fb, 100000)], margin: 0.35 },
    ),
    whatIf(
      ['what happens if we move 20% of search into display?', 'same thing but from TV'],
      [move(tv, display, { percent: 20 })],
    ),
    row(['What if TV went always-on?', 'with 10% less money'], 'whatif', {
      changes: [scale(tv, -10)],
      flighting: even(tv),
    }),
  ]),
];
