import {
  add,
  curve,
  display,
  each,
  fb,
  move,
  mroi,
  opt,
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

/**
 * Eleventh held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET's
 * channels (TV, Search, Facebook, TikTok, Display, Radio) with a flat history of 100k a week in
 * all (1.3M over the default 13-week quarter, 2.6M over 26 weeks). Amounts are totals over the
 * horizon (a month is a third of a quarter, 13/3 weeks, so six months are 26 weeks; a day a
 * seventh of a week, so the default quarter has 91 days); percents are in points (20 means 20%),
 * shares are fractions (0.4). Only unambiguous arguments are expected, and a horizon only when
 * the user gave one. Channel lists are asked for in dataset order; changes in the order they were
 * said. Do not tune on single rows.
 */

export const ELEVENTH_CASES_A: TaggedCase[] = [
  // executives: company figures around the ask, corrections, plain words
  ...tagged('exec', [
    // the podcast sponsorship is context, not a channel of the model
    whatIf(
      "Quick one before the all-hands. We also sponsor a podcast network but ignore that - if TikTok spend were doubled, what's the revenue uplift?",
      [scale(tiktok, 100)],
    ),
    whatIf(
      'Our chairman thinks radio is a relic. Suppose we kill it completely: how big is the hit to revenue?',
      [set(radio, 0)],
    ),
    // 18% growth and 40 hires are company figures, not arguments
    whatIf(
      'We grew 18% YoY and hired 40 people into sales this year. If we trimmed TV by 15%, would revenue really suffer?',
      [scale(tv, -15)],
    ),
    // a fifth is 20 percent of the whole budget
    whatIf(
      'If we slashed total marketing spend by a fifth across the board, what would that do to the top line?',
      [total(-20)],
    ),
    // the user corrects 30% to 45%
    whatIf("Say we put 30% more into search - actually, let's be bolder, 45%. What's the payoff?", [
      scale(search, 45),
    ]),
    whatIf(
      'The agency has pitched taking 120k off TV and putting it into TikTok. Good idea or not?',
      [move(tv, tiktok, { amount: 120_000 })],
    ),
    // "next quarter" is the default horizon
    whatIf(
      'If we boosted the entire budget by 15% next quarter, keeping the same mix, what would revenue look like?',
      [total(15)],
    ),
    // six months is 26 weeks; programme costs are context
    whatIf(
      'Programme sponsorship rates are climbing. Model a 10% reduction in TV spend over the next six months for me.',
      [scale(tv, -10)],
      26,
    ),
    // changes in the order they were said: display, then search
    whatIf('What would going dark on display and search at the same time cost us?', [
      set(display, 0),
      set(search, 0),
    ]),
  ]),
  // budget managers: weekly, monthly and daily rates, fixed amounts, several changes at once
  ...tagged('budget', [
    // 8k a week over the default 13 weeks
    whatIf('Model Facebook at a flat 8k per week.', [set(fb, 8_000 * 13)]),
    // 3k a week for 10 weeks
    whatIf(
      'For the next 10 weeks, drop TikTok by 3k a week. Revenue impact?',
      [add(tiktok, -30_000)],
      10,
    ),
    // 12k a month for six months (26 weeks)
    whatIf('Add 12k a month to radio over six months - what do we get?', [add(radio, 72_000)], 26),
    // £1,000 a day over the 91 days of the default quarter
    whatIf('What if we put an extra £1,000 a day into search?', [add(search, 1_000 * 91)]),
    whatIf('Scenario for the budget review: TV -10%, Search +15%, Radio +5%. Net effect?', [
      scale(tv, -10),
      scale(search, 15),
      scale(radio, 5),
    ]),
    // an even split needs no weights; receivers in dataset order
    whatIf(
      'Move 40% of the display budget into TikTok, Facebook and search, split equally between them.',
      [move(display, [search, fb, tiktok], { percent: 40 })],
    ),
    whatIf('Set display to 50k and radio to 30k for the quarter, everything else unchanged.', [
      set(display, 50_000),
      set(radio, 30_000),
    ]),
    // 195k of the 1.3M quarter is 15% of the total
    whatIf(
      'Finance wants 195k back this quarter. If we take it off the total budget, same proportions as now, what happens to revenue?',
      [total(-15)],
    ),
    whatIf('What if we added 25k to TV and took 10k off display?', [
      add(tv, 25_000),
      add(display, -10_000),
    ]),
    whatIf('Over the next 8 weeks, cut Facebook to 40k in total.', [set(fb, 40_000)], 8),
    // 25k a week for 12 weeks
    whatIf('What if we ran TV at 25k a week for the next 12 weeks?', [set(tv, 25_000 * 12)], 12),
    // 520k on the 2.6M of 26 weeks is +20% on the total
    whatIf(
      'Across 26 weeks, what if the overall budget got another 520k, allocated like today?',
      [total(20)],
      26,
    ),
  ]),
  // strategists: scenarios with a story around them
  ...tagged('strategist', [
    // the two percentages differ, so these are two changes rather than a move
    whatIf(
      "We're repositioning as a premium brand. What if TV went up 50% and we funded it by cutting display by 25%?",
      [scale(tv, 50), scale(display, -25)],
    ),
    whatIf('What if we shifted half of the radio budget into search?', [
      move(radio, search, { percent: 50 }),
    ]),
    // 2.5 times today's spend is +150%; 52 weeks is the user's horizon
    whatIf(
      'For the full-year plan (52 weeks), what if TikTok spend was 2.5 times what it is now?',
      [scale(tiktok, 150)],
      52,
    ),
    // the saving from a 20% TV cut going to Facebook is a move of 20% of TV
    whatIf('Take whatever we save by cutting TV 20% and push it into Facebook. Net result?', [
      move(tv, fb, { percent: 20 }),
    ]),
    // stopping TikTok and moving all of it is 100 percent of TikTok
    whatIf('If we stopped TikTok and moved its entire budget into search, what happens?', [
      move(tiktok, search, { percent: 100 }),
    ]),
  ]),
  ...tagged('analyst', [
    // x1.2 is +20%, x0.8 is -20%
    whatIf('whatif: tiktok_spend x1.2, radio_spend x0.8', [scale(tiktok, 20), scale(radio, -20)]),
    whatIf('Scenario with horizon=26: display_spend +10%.', [scale(display, 10)], 26),
    whatIf('Simulate total spend -5% relative to the reference plan.', [total(-5)]),
  ]),
  ...tagged('slack', [
    whatIf('fb +20% / tiktok -20%, net?', [scale(fb, 20), scale(tiktok, -20)]),
    whatIf('tv→fb 30k whats the delta', [move(tv, fb, { amount: 30_000 })]),
    // "serch" is search
    whatIf('serch +25% wat happens', [scale(search, 25)]),
  ]),
  // follow-ups: the last message is judged, in context
  ...tagged('followup', [
    // "as well" keeps the radio change
    whatIf(
      ['What if we increased radio by 10%?', 'make it 10% on TikTok as well'],
      [scale(radio, 10), scale(tiktok, 10)],
    ),
    whatIf(
      ['Model cutting display by 30%', 'over 26 weeks rather than the quarter'],
      [scale(display, -30)],
      26,
    ),
    // the second turn adds a second move
    whatIf(
      ['what if we moved 50k from radio to TV', 'and another 20k from display into TV too'],
      [move(radio, tv, { amount: 50_000 }), move(display, tv, { amount: 20_000 })],
    ),
    // the follow-up keeps the 1.5m budget and adds a floor
    opt(
      [
        'How would you allocate 1.5m across the channels?',
        'ok but radio needs at least 100k, contractual',
      ],
      { budget: 1_500_000, constraints: { min: { [radio]: 100_000 } } },
    ),
    // the objective changes; about 35% is the margin
    opt(['Optimise the budget for revenue', 'actually optimise for profit - our margin is ~35%'], {
      objective: 'max_profit',
      margin: 0.35,
    }),
    curve(["Show me TikTok's response curve", 'push it out to 5x current spend'], {
      channel: tiktok,
      maxMultiple: 5,
    }),
    // "its" is Facebook from the first turn
    curve(["What's the marginal ROI on Facebook?", 'ok show me its response curve then'], {
      channel: fb,
    }),
  ]),
  // optimisation: budgets, constraints, objectives and targets
  ...tagged('exec', [
    // "for the quarter" is the default horizon
    opt("We've been handed 1.1 million for the quarter. What's the best way to spend it?", {
      budget: 1_100_000,
    }),
    opt('If finance cuts us by 15%, how should we re-allocate what we have left?', {
      budgetChangePct: -15,
    }),
    // 3.5m is a revenue target, not a budget
    opt(
      'Our goal is to hit 3.5m in sales this quarter at the lowest spend possible. What would that take?',
      { objective: 'target_kpi', targetKpi: 3_500_000 },
    ),
    opt("Margin's roughly 55%. Give me the allocation that maximises profit, not revenue.", {
      objective: 'max_profit',
      margin: 0.55,
    }),
    opt("What's the cheapest plan that grows revenue by 5% versus today?", {
      objective: 'target_kpi',
      targetKpiPct: 5,
    }),
  ]),
  ...tagged('budget', [
    opt('Allocate 1.4m, but search must get at least 250k and TV no more than 350k.', {
      budget: 1_400_000,
      constraints: { min: { [search]: 250_000 }, max: { [tv]: 350_000 } },
    }),
    opt('Optimise with a ceiling of 30% of the total for any one channel.', {
      constraints: { maxShare: each(0.3) },
    }),
    // "exactly where they are" is locked
    opt('Reallocate the budget but leave TV and Facebook exactly where they are.', {
      constraints: { locked: [tv, fb] },
    }),
    opt("Up to 900k available, we don't need to spend it all - what's the best split?", {
      budget: 900_000,
      totalMode: 'at_most',
    }),
    // 120k a week over the 13 weeks the user named
    opt('13 weeks at 120k/week - best mix?', { budget: 1_560_000, horizon: 13 }),
    // half a year is 26 weeks
    opt('Best split of 2m over the next half year?', { budget: 2_000_000, horizon: 26 }),
  ]),
  ...tagged('strategist', [
    opt(
      'Keep adding spend until the next dollar brings back less than $2 of revenue. What budget and split does that give?',
      { objective: 'target_roas', targetRoas: 2 },
    ),
    // search and social stay put; the three channels in dataset order
    opt(
      'Rebalance just between TV, radio and display - same total, leave search and social alone.',
      {
        channels: [tv, display, radio],
      },
    ),
    // 70% and 150% of current are multiples of today's spend
    opt(
      "Optimise, but don't let any channel fall below 70% of its current spend or go above 150% of it.",
      { constraints: { minMultiple: each(0.7), maxMultiple: each(1.5) } },
    ),
    opt('At least a fifth of spend has to stay in search. Optimise around that.', {
      constraints: { minShare: { [search]: 0.2 } },
    }),
    opt("Optimise the mix, but TikTok can't be more than 10% of the budget - legal are nervous.", {
      constraints: { maxShare: { [tiktok]: 0.1 } },
    }),
  ]),
  // response curves and marginal ROI
  ...tagged('strategist', [
    curve('How quickly does radio saturate? Show me the curve.', { channel: radio }),
    curve("Plot Facebook's response curve up to 2.5x today's spend.", {
      channel: fb,
      maxMultiple: 2.5,
    }),
    // programmatic is display
    curve('Where does programmatic start to flatten out? Response curve please.', {
      channel: display,
    }),
    mroi('If I had one more euro to spend, which channel should it go to?'),
    mroi("What's the marginal ROI of TikTok at its current spend?"),
  ]),
  ...tagged('analyst', [
    curve('Curve for search_spend, 50 points, out to 3x.', {
      channel: search,
      maxMultiple: 3,
      points: 50,
    }),
    mroi('Marginal ROAS per channel at current spend levels?'),
  ]),
  ...tagged('slack', [
    opt('optimise 1m, radio min 50k', {
      budget: 1_000_000,
      constraints: { min: { [radio]: 50_000 } },
    }),
    curve('curve tiktok 3x', { channel: tiktok, maxMultiple: 3 }),
    mroi('mroi?'),
  ]),
];
