import {
  add,
  display,
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

/** A what-if with `channels` laid out evenly (always-on) instead of in their recent bursts. */
const evenly = (q: string, changes: Record<string, unknown>[], ...channels: string[]) =>
  row(q, 'whatif', { changes, flighting: Object.fromEntries(channels.map((c) => [c, 'even'])) });

/**
 * Fifteenth held-out table, part A: what-ifs, written blind (PEOPLE_DATASET: six channels, weekly,
 * $100k a week in all, so the default quarter's plan is $1.3M).
 */
export const FIFTEENTH_CASES_A: TaggedCase[] = [
  ...tagged('exec', [
    whatIf('What happens to revenue if we cut TV by 20%?', [scale(tv, -20)]),
    whatIf('If we doubled paid search, what would we get for it?', [scale(search, 100)]),
    whatIf("What's the impact of killing radio entirely?", [set(radio, 0)]),
    whatIf('Say we move a quarter of linear TV into Meta - what does that do to sales?', [
      move(tv, fb, { percent: 25 }),
    ]),
    whatIf('what if we grow the total marketing budget by 10%', [total(10)]),
    whatIf('Suppose we trim overall spend by 15 percent. What do we lose?', [total(-15)]),
    whatIf('How would sales move if we put an extra $250k into TikTok?', [add(tiktok, 250_000)]),
    whatIf('What if we cut display by half and put the savings into search?', [
      move(display, search, { percent: 50 }),
    ]),
  ]),
  ...tagged('budget', [
    whatIf(
      'Model shifting $50k from radio to search over the next 8 weeks',
      [move(radio, search, { amount: 50_000 })],
      8,
    ),
    whatIf(
      'If I take 10k a week out of display and put it into FB for 6 weeks, what happens?',
      [move(display, fb, { amount: 60_000 })],
      6,
    ),
    whatIf('Model TV at four hundred grand for the quarter, rest flat', [set(tv, 400_000)]),
    whatIf('What does a $130k increase in the total budget do to revenue?', [total(10)]),
    whatIf('cut $25k from display and $25k from radio?', [
      add(display, -25_000),
      add(radio, -25_000),
    ]),
    whatIf('What if we reduce the overall budget by $260k over 26 weeks?', [total(-10)], 26),
    whatIf(
      'Increase Facebook by 30% and decrease TV by 10%, 12-week horizon please',
      [scale(fb, 30), scale(tv, -10)],
      12,
    ),
    whatIf('Add 75k to tiktok and 25k to serach?', [add(tiktok, 75_000), add(search, 25_000)]),
  ]),
  ...tagged('strategist', [
    evenly('What if we ran TV always-on instead of in bursts?', [], tv),
    evenly('Would spreading radio evenly over the weeks, not flighting it, do better?', [], radio),
    whatIf("If we pulled out of TikTok and put all of it into Meta, what's the net effect?", [
      move(tiktok, fb, { percent: 100 }),
    ]),
    whatIf('What if we shifted 20% of TV into social (FB and TikTok)?', [
      move(tv, [fb, tiktok], { percent: 20 }),
    ]),
    whatIf('Take 15% of the search budget and split it evenly between display and TikTok', [
      move(search, [display, tiktok], { percent: 15 }),
    ]),
    evenly('What if we boosted TV by 25% and ran it always-on, not flighted?', [scale(tv, 25)], tv),
    whatIf('Upside of lifting our brand channels (TV, radio) by a fifth?', [
      scale(tv, 20),
      scale(radio, 20),
    ]),
  ]),
  ...tagged('analyst', [
    whatIf(
      'Run a what-if: facebook_spend -40%, search_spend +40%, horizon 13 weeks',
      [scale(fb, -40), scale(search, 40)],
      13,
    ),
    whatIf('Scenario with display_spend set to 0 over 52 weeks', [set(display, 0)], 52),
    whatIf(
      'what-if: search_spend set to $300k, tiktok_spend to 0, 13 wk horizon',
      [set(search, 300_000), set(tiktok, 0)],
      13,
    ),
    whatIf('Reallocate 100k from tv_spend evenly to search_spend and facebook_spend', [
      move(tv, [search, fb], { amount: 100_000 }),
    ]),
    whatIf('Predicted KPI delta of +10% total budget over a 4 week horizon?', [total(10)], 4),
    whatIf('Simulate +5% on radio and -5% on display', [scale(radio, 5), scale(display, -5)]),
  ]),
  ...tagged('slack', [
    whatIf('q: what if we halve radio?', [scale(radio, -50)]),
    whatIf('whats the hit if we pause fb for a month', [set(fb, 0)]),
    whatIf('hey can u check what +50% on tiktok does', [scale(tiktok, 50)]),
    whatIf('quick one - move 10% from TV to SEM?', [move(tv, search, { percent: 10 })]),
    whatIf('wat if we add 100k to serach', [add(search, 100_000)]),
    whatIf('if we cut total spend 20% how bad is it', [total(-20)]),
    whatIf('what if we move 10% of tiktok into fb/ig', [move(tiktok, fb, { percent: 10 })]),
    whatIf('pls model tv +15% for the next 10 wks', [scale(tv, 15)], 10),
  ]),
  ...tagged('followup', [
    whatIf(['What if we cut radio by 50%?', 'And if we switched it off?'], [set(radio, 0)]),
    whatIf(['what happens if we double search', 'ok what about fb instead'], [scale(fb, 100)]),
    whatIf(
      ['Model moving 20% of TV into search.', 'Make it 30%.'],
      [move(tv, search, { percent: 30 })],
    ),
    whatIf(['What if we increase TikTok by 25%?', 'Same but over 8 weeks'], [scale(tiktok, 25)], 8),
    whatIf(['what if we add $50k to display?', 'try $100k'], [add(display, 100_000)]),
    whatIf(['What if the total budget went up 10%?', 'What about a 10% cut?'], [total(-10)]),
    whatIf(
      ['Shift $40k from radio to Meta', 'now the other way round'],
      [move(fb, radio, { amount: 40_000 })],
    ),
    row(['What if we ran TV always-on?', 'and radio too?'], 'whatif', {
      flighting: { [radio]: 'even' },
    }),
    whatIf(
      ['what if we cut display by 30%', 'over 12 weeks rather than the quarter'],
      [scale(display, -30)],
      12,
    ),
    whatIf(
      ['What if we move 15% of TV to TikTok?', 'Split it between TikTok and search instead'],
      [move(tv, [tiktok, search], { percent: 15 })],
    ),
    whatIf(
      ['What if we scale search up 20%?', 'and if we also drop radio 20% to pay for it?'],
      [scale(search, 20), scale(radio, -20)],
    ),
    whatIf(
      ['What if we cut TV spend by $100k?', 'what would that look like over 26 weeks?'],
      [add(tv, -100_000)],
      26,
    ),
  ]),
];
