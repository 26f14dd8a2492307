import {
  add,
  display,
  fb,
  move,
  radio,
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

/** Fourteenth table, part A: what-ifs, single messages and follow-ups (written blind). */
export const FOURTEENTH_CASES_A: TaggedCase[] = [
  ...tagged('exec', [
    whatIf('If we trimmed linear TV by 15%, how much revenue do we give up?', [scale(tv, -15)]),
    whatIf('Say we doubled down on TikTok. Literally 2x the spend. What does that get us?', [
      scale(tiktok, 100),
    ]),
    whatIf(
      "We're debating pulling $300k out of display and putting it into paid search. Worth it?",
      [move(display, search, { amount: 300000 })],
    ),
    whatIf('How much do we lose if the total media budget shrinks by 12%?', [total(-12)]),
    whatIf('Give me the sales impact of adding half a million to Meta.', [add(fb, 500000)]),
    whatIf('Kill display. What does that cost us in revenue?', [set(display, 0)]),
    // six months of weekly data is 26 weeks; the 1.5m is the total over them
    whatIf(
      'if tv spend went up by 1.5m over the next six months what would we get for it',
      [add(tv, 1500000)],
      26,
    ),
    whatIf("What's the downside of cutting Search by a fifth?", [scale(search, -20)]),
    whatIf('Board wants to know: what if we put an extra £750k behind TV?', [add(tv, 750000)]),
  ]),
  ...tagged('budget', [
    whatIf('Scenario: search +20%, radio -20%. Net effect on KPI?', [
      scale(search, 20),
      scale(radio, -20),
    ]),
    whatIf('Move 250k from TV to TikTok.', [move(tv, tiktok, { amount: 250000 })]),
    whatIf('Take a quarter mil off radio and tell me what we lose', [add(radio, -250000)]),
    whatIf('Reallocate 10% of Facebook spend into Search and Display, split evenly between them', [
      move(fb, [search, display], { percent: 10 }),
    ]),
    // 50k a week over the default 13-week horizon
    whatIf('Set Display to 50k a week, what does the forecast do?', [set(display, 650000)]),
    whatIf('Add 20k/wk to TikTok for the next 10 weeks', [add(tiktok, 200000)], 10),
    whatIf('Bump total spend up 5% for next year. Projected impact?', [total(5)], 52),
    whatIf('Suppose we reduce radio from where it is now by €120k. Effect?', [add(radio, -120000)]),
  ]),
  ...tagged('strategist', [
    whatIf('what if we shifted a third of our radio money into TikTok?', [
      move(radio, tiktok, { percent: 100 / 3 }),
    ]),
    // halving display to fund Facebook is a move of half of display (display is the programmatic line)
    whatIf('Test idea: halve programmatic and put the savings into Facebook.', [
      move(display, fb, { percent: 50 }),
    ]),
    whatIf('What if we pulled all of radio and gave it to search?', [
      move(radio, search, { percent: 100 }),
    ]),
    whatIf('Boost SEM by 40% and trim TV by 10% - what does the forecast look like?', [
      scale(search, 40),
      scale(tv, -10),
    ]),
    whatIf('What would moving 15% of TV into TikTok and Facebook do?', [
      move(tv, [tiktok, fb], { percent: 15 }),
    ]),
    whatIf(
      'Hypothetically, if TikTok were switched off and Facebook got 30% more, where would we land?',
      [set(tiktok, 0), scale(fb, 30)],
    ),
    whatIf("I want to see TV at 1.2M and radio at 400K for the quarter. What's the outcome?", [
      set(tv, 1200000),
      set(radio, 400000),
    ]),
  ]),
  ...tagged('analyst', [
    whatIf('Run a what-if: tv_spend -25%, horizon 8 weeks.', [scale(tv, -25)], 8),
    whatIf('what_if: +$400,000 on display over 13 weeks', [add(display, 400000)], 13),
    // 1.2 times its current spend is +20%
    whatIf('Simulate Facebook at 1.2x its current spend.', [scale(fb, 20)]),
    // 60% of current is a 40% cut
    whatIf('Project the KPI with radio scaled to 60% of current.', [scale(radio, -40)]),
    whatIf('What if TikTok spend were 3x what it is today?', [scale(tiktok, 200)]),
    whatIf(
      'Forecast: display -50%, search +50%, 52-week horizon.',
      [scale(display, -50), scale(search, 50)],
      52,
    ),
  ]),
  ...tagged('slack', [
    whatIf('q: tv -20% → sales?', [scale(tv, -20)]),
    whatIf('wat if we cut fb 10pct', [scale(fb, -10)]),
    whatIf('shift 100k tv->search pls', [move(tv, search, { amount: 100000 })]),
    whatIf('radio off for 8 wks, impact?', [set(radio, 0)], 8),
    whatIf('hey what does +75k on tiktok get us', [add(tiktok, 75000)]),
  ]),
  ...tagged('followup', [
    // "and radio?" asks the same 20% cut for radio alone
    whatIf(['What if we cut TV by 20%?', 'and radio?'], [scale(radio, -20)]),
    whatIf(['What if we add 200k to search?', 'what about double that?'], [add(search, 400000)]),
    whatIf(['move 10% of TV into TikTok', 'sorry, meant 15%'], [move(tv, tiktok, { percent: 15 })]),
    whatIf(['Scale Facebook up 25%. Impact?', 'same but over 6 months'], [scale(fb, 25)], 26),
    whatIf(['What happens if we cut display by 30%?', 'ok now make it 50'], [scale(display, -50)]),
    whatIf(
      ['what if radio went to zero', 'hmm what about just halving it instead'],
      [scale(radio, -50)],
    ),
    whatIf(
      ['Shift 150k from radio to search, what do we get?', 'try TikTok as the destination instead'],
      [move(radio, tiktok, { amount: 150000 })],
    ),
    whatIf(['Increase the total budget by 10%.', 'and if it were 20?'], [total(20)]),
    whatIf(['What if TV goes up 30%?', 'over a full year?'], [scale(tv, 30)], 52),
    whatIf(
      ['If we took 500k out of TV, what happens?', 'no wait, out of display, not TV'],
      [add(display, -500000)],
    ),
    whatIf(['What does an extra $1m on TV buy us?', 'and half that?'], [add(tv, 500000)]),
    whatIf(
      ['Move 20% of display to search', 'reverse it: search to display'],
      [move(search, display, { percent: 20 })],
    ),
    whatIf(['what if tiktok doubles', 'only over 8 weeks tho'], [scale(tiktok, 100)], 8),
  ]),
];
