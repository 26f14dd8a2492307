import {
  add,
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
 * Sixteenth held-out table, part A: what-ifs (moves in percent and money, scaling, set/add,
 * total budget changes, horizons when said, always-on flighting). Written blind: against
 * tool-schemas.ts only, 100k a week in all, so a quarter's reference plan is $1.3M.
 */
const ALL = [tv, search, fb, tiktok, display, radio];

export const SIXTEENTH_CASES_A: TaggedCase[] = [
  ...tagged('exec', [
    whatIf('What happens to revenue if we pull half the TV money and put it into search?', [
      move(tv, search, { percent: 50 }),
    ]),
    whatIf('If we doubled Meta what would we get back?', [scale(fb, 100)]),
    whatIf("Kill radio. What's the damage?", [set(radio, 0)]),
    whatIf('What if we cut the overall marketing budget by 10%?', [total(-10)]),
    whatIf('Finance wants 130k back this quarter, pro rata across channels. Hit to sales?', [
      total(-10),
    ]),
    whatIf("What's the downside of going dark on telly for 6 weeks?", [set(tv, 0)], 6),
    whatIf('what would tripling tiktok do for us', [scale(tiktok, 200)]),
  ]),
  ...tagged('budget', [
    whatIf('Move $100k from linear TV into paid search - what does that do to sales?', [
      move(tv, search, { amount: 100000 }),
    ]),
    whatIf('what if we add $50k to tiktok', [add(tiktok, 50000)]),
    whatIf('Scenario please: display down 20%, search up 20%', [
      scale(display, -20),
      scale(search, 20),
    ]),
    whatIf('If I take £75k out of radio and give it to Facebook, what do we gain?', [
      move(radio, fb, { amount: 75000 }),
    ]),
    whatIf(
      'What would an extra 10k a week on PPC get us over the next 8 weeks?',
      [add(search, 80000)],
      8,
    ),
    whatIf(
      'set TV to 300k for the next 12 weeks and tell me the revenue impact',
      [set(tv, 300000)],
      12,
    ),
    whatIf('what if total spend goes up by 260k this quarter?', [total(20)]),
    whatIf('can you model cutting display by a fifth', [scale(display, -20)]),
    whatIf('If we spent 1.95m next qtr instead of the usual, what would we get?', [total(50)]),
  ]),
  ...tagged('strategist', [
    row('What if we ran TV always-on instead of in flights?', 'whatif', {
      changes: [],
      flighting: even(tv),
    }),
    whatIf('What if we moved a quarter of our linear budget into FB and TikTok, split evenly?', [
      move(tv, [fb, tiktok], { percent: 25 }),
    ]),
    row('Suppose we shift 30% of radio into search and run search always-on', 'whatif', {
      changes: [move(radio, search, { percent: 30 })],
      flighting: even(search),
    }),
    whatIf(
      'Meta and TikTok both up 50% over the next six months - what happens?',
      [scale(fb, 50), scale(tiktok, 50)],
      26,
    ),
    whatIf('What if we took 20% of radio and put it into paid social?', [
      move(radio, [fb, tiktok], { percent: 20 }),
    ]),
    row('What if every channel ran at a steady weekly level, no bursts at all?', 'whatif', {
      changes: [],
      flighting: even(...ALL),
    }),
    whatIf('What would a full year of TV at 50% less look like?', [scale(tv, -50)], 52),
  ]),
  ...tagged('analyst', [
    whatIf('whatif: search +15%, tv -15%, horizon 13w', [scale(search, 15), scale(tv, -15)], 13),
    whatIf('Simulate radio_spend set to 0 for 52 weeks', [set(radio, 0)], 52),
    whatIf(
      "What's the predicted KPI delta if facebook_spend gets 25k more over 4 weeks?",
      [add(fb, 25000)],
      4,
    ),
    whatIf('Run a scenario where display is cut by 40% and the savings go to search', [
      move(display, search, { percent: 40 }),
    ]),
    whatIf('Scenario: tv_spend -100k over the quarter, all else at run-rate', [add(tv, -100000)]),
  ]),
  ...tagged('slack', [
    whatIf('wat if we 2x serach', [scale(search, 100)]),
    whatIf('move 20% fb -> tiktok', [move(fb, tiktok, { percent: 20 })]),
    whatIf('radio to zero, put all of it in SEM', [move(radio, search, { percent: 100 })]),
    whatIf('pls model +50k PPC', [add(search, 50000)]),
    whatIf('hw much do we lose if we cut meta 25%', [scale(fb, -25)]),
  ]),
  ...tagged('followup', [
    whatIf(
      ['What if we move 20% of TV to search?', 'Actually make that 30%'],
      [move(tv, search, { percent: 30 })],
    ),
    whatIf(['what if we cut radio in half', 'and over 8 weeks instead?'], [scale(radio, -50)], 8),
    whatIf(['What if we move 20% of TV?', 'into tiktok'], [move(tv, tiktok, { percent: 20 })]),
    whatIf(['shift 50k to search', 'from display'], [move(display, search, { amount: 50000 })]),
    whatIf(['what if we doubled FB', 'what about tiktok instead?'], [scale(tiktok, 100)]),
    whatIf(['what if we cut TV by 25%', 'sorry I meant radio not TV'], [scale(radio, -25)]),
    whatIf(['model a 10% budget increase', 'make it 20'], [total(20)]),
    whatIf(
      ['What if we add 40k to search?', 'and the same on Facebook on top of that'],
      [add(search, 40000), add(fb, 40000)],
    ),
    row(['What if TV went always-on?', "and cut it 10% while we're at it"], 'whatif', {
      changes: [scale(tv, -10)],
      flighting: even(tv),
    }),
    whatIf(
      ['how would sales change if we moved 15% from radio to display', 'try it over 6 months'],
      [move(radio, display, { percent: 15 })],
      26,
    ),
    whatIf(['what if we cut radio?', 'by 40%'], [scale(radio, -40)]),
  ]),
];
