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
 * Seventeenth held-out table, part A: what-ifs (moves in percent and money, scaling, set/add,
 * total budget changes, horizons only when said, always-on flighting, profit at a margin,
 * follow-up turns). Written blind: against tool-schemas.ts only, 100k a week in all, so a
 * quarter's reference plan is $1.3M; weekly amounts without a horizon are over a quarter (13 weeks).
 */

export const SEVENTEENTH_CASES_A: TaggedCase[] = [
  ...tagged('exec', [
    whatIf(
      'If we took 40% of the telly budget and put it into Google search, what happens to sales?',
      [move(tv, search, { percent: 40 })],
    ),
    whatIf('What do we lose if we switch off display entirely?', [set(display, 0)]),
    whatIf("Board's asking what a 15% across-the-board budget cut would cost us in revenue", [
      total(-15),
    ]),
    whatIf("What's the upside if we bump the total marketing budget by 25%?", [total(25)]),
    whatIf('Say we halve TikTok. How bad is it?', [scale(tiktok, -50)]),
    whatIf(
      "We're thinking of going dark on radio for the next 3 months - impact on sales?",
      [set(radio, 0)],
      13,
    ),
    whatIf('If Meta spend went up by a quarter, what would it return?', [scale(fb, 25)]),
    row('What happens to profit if we cut TV by 20%? We work on a 35% margin.', 'whatif', {
      changes: [scale(tv, -20)],
      margin: 0.35,
    }),
    whatIf('What if we doubled down on TikTok - twice the current spend?', [scale(tiktok, 100)]),
  ]),
  ...tagged('budget', [
    whatIf("Pull £200k out of TV and drop it into paid social - what's the net effect?", [
      move(tv, [fb, tiktok], { amount: 200000 }),
    ]),
    whatIf('what does an additional $120k on search get us', [add(search, 120000)]),
    whatIf('Set Facebook to 250k for the quarter and run the numbers', [set(fb, 250000)]),
    whatIf("If radio's budget gets cut by 60k, what's the sales impact?", [add(radio, -60000)]),
    whatIf('Scenario: TV -10%, Meta +10%, TikTok +10%', [
      scale(tv, -10),
      scale(fb, 10),
      scale(tiktok, 10),
    ]),
    whatIf('What would a 5% trim on the total budget do over the next 26 wks?', [total(-5)], 26),
    whatIf('Reallocate 1/2 of display into search and see what happens', [
      move(display, search, { percent: 50 }),
    ]),
    whatIf(
      "Add 5k/week to TikTok for the next 10 weeks - what's the lift?",
      [add(tiktok, 50000)],
      10,
    ),
    whatIf('Model moving 80k from Facebook to TV', [move(fb, tv, { amount: 80000 })]),
    whatIf('What if we only had $1.17M this quarter instead of $1.3M, spread pro rata?', [
      total(-10),
    ]),
    whatIf('Take $0.5m off TV over the next year, what does that cost us?', [add(tv, -500000)], 52),
  ]),
  ...tagged('strategist', [
    row('What if TV ran always-on rather than in bursts, and we gave it 15% more?', 'whatif', {
      changes: [scale(tv, 15)],
      flighting: even(tv),
    }),
    row('What if radio was spread evenly across every week instead of being flighted?', 'whatif', {
      changes: [],
      flighting: even(radio),
    }),
    whatIf("Move 30% of display into TikTok and Meta, 2:1 in TikTok's favour", [
      move(display, [tiktok, fb], { percent: 30, weights: [2, 1] }),
    ]),
    whatIf(
      'How would sales look over the next 12 months if we doubled search and cut TV by a quarter?',
      [scale(search, 100), scale(tv, -25)],
      52,
    ),
    whatIf('What if we moved all of radio into TV?', [move(radio, tv, { percent: 100 })]),
    row("What if TikTok went always-on at today's budget?", 'whatif', {
      changes: [],
      flighting: even(tiktok),
    }),
    whatIf('Suppose we cut linear 30% and put the savings into programmatic display', [
      move(tv, display, { percent: 30 }),
    ]),
    row(
      "What happens to profit over half a year if we raise total spend 10%? Margin's roughly 45%",
      'whatif',
      { changes: [total(10)], horizon: 26, margin: 0.45 },
    ),
    whatIf("What's the effect of zeroing out display and tiktok at the same time?", [
      set(display, 0),
      set(tiktok, 0),
    ]),
    whatIf('What if we halve TV and spread the savings evenly over search, Meta and TikTok?', [
      move(tv, [search, fb, tiktok], { percent: 50 }),
    ]),
    whatIf('Double search and halve display at the same time - net result?', [
      scale(search, 100),
      scale(display, -50),
    ]),
  ]),
  ...tagged('analyst', [
    whatIf('what_if: scale tiktok_spend +40%, horizon 8', [scale(tiktok, 40)], 8),
    whatIf('Scenario with radio_spend set to 50000 and display_spend set to 50000', [
      set(radio, 50000),
      set(display, 50000),
    ]),
    whatIf(
      'Counterfactual: move 25% of search_spend to facebook_spend over 13 weeks',
      [move(search, fb, { percent: 25 })],
      13,
    ),
    whatIf('Predict KPI if the total budget is reduced by 12.5%', [total(-12.5)]),
    whatIf('Simulate display +£30k and search +£20k', [add(display, 30000), add(search, 20000)]),
    row('Run a whatif with facebook_spend flighted evenly and search_spend +10%', 'whatif', {
      changes: [scale(search, 10)],
      flighting: even(fb),
    }),
  ]),
  ...tagged('slack', [
    whatIf('wat happens if we cut tv in half', [scale(tv, -50)]),
    whatIf('tiktok +30%?', [scale(tiktok, 30)]),
    whatIf('shift 50k radio → search', [move(radio, search, { amount: 50000 })]),
    whatIf('can u run 0 display for 6wks', [set(display, 0)], 6),
    whatIf('what if we gave fb an extra 100k', [add(fb, 100000)]),
    whatIf('total budget -20% whats the hit', [total(-20)]),
    whatIf('dbl radio pls, what happens', [scale(radio, 100)]),
    whatIf('what if we spend 5k more a week on search', [add(search, 65000)]),
  ]),
  ...tagged('followup', [
    whatIf(
      ['What if we move 25% of radio into search?', 'can you do the same but into Facebook'],
      [move(radio, fb, { percent: 25 })],
    ),
    whatIf(
      ["what's the impact of cutting display by 30%?", 'over a full year'],
      [scale(display, -30)],
      52,
    ),
    whatIf(['What if we put more into TikTok?', 'another 60k'], [add(tiktok, 60000)]),
    whatIf(
      ['What if we take 100k out of TV?', 'and put it into search'],
      [move(tv, search, { amount: 100000 })],
    ),
    row(['What if radio ran always-on?', 'and TV too'], 'whatif', {
      changes: [],
      flighting: even(radio, tv),
    }),
    whatIf(
      ['what if we shift 10% of TV to radio', 'oops, other way round'],
      [move(radio, tv, { percent: 10 })],
    ),
  ]),
];
