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
 * Ninth held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET's
 * channels (TV, Search, Facebook, TikTok, Display, Radio) with a flat history of 100k a week in
 * all (1.3M over the default 13-week quarter, 2.6M over 26 weeks). Amounts are totals over the
 * horizon (a month is a third of a quarter, 13/3 weeks; a day a seventh of a week); percents are
 * in points (20 means 20%), shares are fractions (0.4). Only unambiguous arguments are expected,
 * and a horizon only when the user gave one. Channel lists are asked for in dataset order.
 * Do not tune on single rows.
 */

export const NINTH_CASES_A: TaggedCase[] = [
  // executives: context first, company figures next to the question, corrections, two asks
  ...tagged('exec', [
    // "from next week" is when, not a horizon
    whatIf(
      "Quick one before I walk into exec committee - we're being asked to justify the radio line. If we pulled radio to zero from next week, what's the hit to revenue?",
      [set(radio, 0)],
    ),
    // €3bn is turnover and Q4 a period; the change is to the total
    whatIf(
      "Context: we're a €3bn retailer and Q4 is make-or-break, the board wants growth. What would a 15% uplift across the whole media budget buy us?",
      [total(15)],
    ),
    whatIf(
      'Hi both, CFO here. Genuinely curious - if we reallocated 40% of display into TV, would we come out ahead?',
      [move(display, tv, { percent: 40 })],
    ),
    // PPC is paid search; the user corrects 10% to 15%
    whatIf("If we trimmed PPC by 10%... sorry, I meant 15% - what's the revenue impact?", [
      scale(search, -15),
    ]),
    // two asks: the what-if comes first; the contributions question is for later
    whatIf(
      'Two quick ones for my board memo: what does tripling Facebook do to sales, and after that could you show me which channels drove the most revenue last year?',
      [scale(fb, 200)],
    ),
    // 1.2m customers and a 35% repeat rate are company figures
    whatIf(
      "We're a DTC mattress brand, roughly 1.2m customers and a 35% repeat rate. What if we put an extra $300k behind TikTok?",
      [add(tiktok, 300000)],
    ),
    whatIf('What would we lose by going dark on both of our broadcast channels, TV and radio?', [
      set(tv, 0),
      set(radio, 0),
    ]),
  ]),
  // budget owners: an envelope, a change to it, a ceiling, a range of weeks
  ...tagged('budget_owner', [
    // Q1 is a quarter, the default horizon
    opt('Finance has signed off £1.45mn for Q1. How do I carve it up for max sales?', {
      budget: 1450000,
    }),
    opt(
      "Heads up: we're losing 12.5% of the media budget from next quarter. What's the smartest way to spread what remains?",
      { budgetChangePct: -12.5 },
    ),
    // 195k on top of the 1.3M quarter is +15%
    opt(
      'Good news - an extra 195k has landed in the media budget for the quarter. How should the whole thing be split now?',
      { budgetChangePct: 15 },
    ),
    opt(
      "Over the next 20 weeks I can spend up to €2m, but I'd rather underspend than waste money. What allocation do you recommend?",
      { budget: 2000000, horizon: 20, totalMode: 'at_most' },
    ),
    // H1 is a label; the horizon is the 26 weeks given
    opt('H1 plan: 2.9m across 26 weeks, every channel in play. How should it be split?', {
      budget: 2900000,
      horizon: 26,
    }),
    opt('If the budget goes up 25 pct next quarter, where should the money go?', {
      budgetChangePct: 25,
    }),
    // 1.3m is today's level; the budget to split is 1m
    opt(
      "The board wants us at 1m this quarter instead of the usual 1.3m. What's the best mix at 1m?",
      { budget: 1000000 },
    ),
  ]),
  // agency strategists: profit, ROAS floors, growth targets, several channels at once
  ...tagged('strategist', [
    // 55% is a margin; the budget is unchanged
    opt(
      'Client runs at a 55% gross margin. Keeping the budget as is, what allocation maximises profit rather than revenue?',
      { objective: 'max_profit', margin: 0.55 },
    ),
    opt(
      "What's the biggest budget we can justify while the last dollar into each channel still returns at least 1.8x?",
      { objective: 'target_roas', targetRoas: 1.8 },
    ),
    opt(
      'The brief is to grow sales 12% over the current plan on the smallest possible spend. What does that mix look like?',
      { objective: 'target_kpi', targetKpiPct: 12 },
    ),
    whatIf(
      'Scenario for the client: take 60k out of search and spread it equally over Facebook, TikTok and display',
      [move(search, [fb, tiktok, display], { amount: 60000 })],
    ),
    // "v2" is a label; display flat means no change to it
    whatIf('Test plan v2: TV -20%, TikTok +50%, display flat. What does that do to revenue?', [
      scale(tv, -20),
      scale(tiktok, 50),
    ]),
    // programmatic is the display channel
    curve(
      'Before we recommend more programmatic, what does the display curve look like up to 3.5x current spend?',
      { channel: display, maxMultiple: 3.5 },
    ),
    // 25% is the margin, -10% the budget change
    opt('Assume a 25% margin and a budget 10% lower than today. Best mix for profit?', {
      budgetChangePct: -10,
      objective: 'max_profit',
      margin: 0.25,
    }),
  ]),
  // analysts: response curves and marginal ROI
  ...tagged('analyst', [
    curve('Pull the TV response curve please - out to 5x current spend, 80 points', {
      channel: tv,
      maxMultiple: 5,
      points: 80,
    }),
    mroi('Which channel has the highest marginal ROI right now?', { sortBy: 'mroi' }),
    mroi("What's the marginal ROAS on TikTok at current spend levels?"),
    // 1 is a marginal return to read off the curve, not an amount
    curve("At what spend level does Facebook's marginal ROAS fall below 1? Curve to 4x please", {
      channel: fb,
      maxMultiple: 4,
    }),
    curve('Saturation check on radio - can I see its curve up to 2.5x?', {
      channel: radio,
      maxMultiple: 2.5,
    }),
    mroi('Marginal ROI for every channel please, highest first', { sortBy: 'mroi' }),
    // PPC is paid search
    curve('Plot incremental sales against spend for PPC, 0 to 3x', {
      channel: search,
      maxMultiple: 3,
    }),
  ]),
  // terse Slack
  ...tagged('slack', [
    whatIf('tv -25% what happens', [scale(tv, -25)]),
    opt('2m budget, max rev, radio locked pls', {
      budget: 2000000,
      constraints: { locked: [radio] },
    }),
    whatIf('shift 20% fb→tiktok?', [move(fb, tiktok, { percent: 20 })]),
    curve('search curve to 3x?', { channel: search, maxMultiple: 3 }),
    // "disp" is display
    whatIf('disp to 0, search +50k. impact?', [set(display, 0), add(search, 50000)]),
    opt('+15% budget next q - optimal mix?', { budgetChangePct: 15 }),
  ]),
  // typos
  ...tagged('typo', [
    whatIf('waht if we dubled serach spend', [scale(search, 100)]),
    opt('can u optimze a 1.8m budgt with tv lockd', {
      budget: 1800000,
      constraints: { locked: [tv] },
    }),
    curve('show me the tik tok respose curve to 5x', { channel: tiktok, maxMultiple: 5 }),
    whatIf('what if we cut facebok by 30 percnt', [scale(fb, -30)]),
    // "form" is "from", "too" is "to"
    whatIf('move 40k form tv too radio', [move(tv, radio, { amount: 40000 })]),
    mroi('whats the marginl roi on dsplay'),
  ]),
  // numbers in words
  ...tagged('words', [
    whatIf('What if we took seventy-five thousand pounds out of TV?', [add(tv, -75000)]),
    whatIf('What would happen if we quadrupled radio?', [scale(radio, 300)]),
    opt('Please optimise a budget of one point six million euros', { budget: 1600000 }),
    whatIf('Move a quarter of the Facebook budget over to search', [
      move(fb, search, { percent: 25 }),
    ]),
    // two thirds is 66.67%
    whatIf('What if TikTok were cut by two thirds?', [scale(tiktok, -66.67)]),
    curve('Show me the search curve up to four and a half times current spend', {
      channel: search,
      maxMultiple: 4.5,
    }),
  ]),
  // constraints of every kind
  ...tagged('constraints', [
    opt('Optimize it, but keep radio at no less than 60k and cap display at 100k', {
      constraints: { min: { [radio]: 60000 }, max: { [display]: 100000 } },
    }),
    opt('Rerun the optimisation with TV and radio frozen - the broadcast deals are signed', {
      constraints: { locked: [tv, radio] },
    }),
    // 30% is a share cap on every channel
    opt('Split €1.6m, but nothing may take more than 30% of it', {
      budget: 1600000,
      constraints: { maxShare: each(0.3) },
    }),
    opt("Optimise, but don't let any channel more than double", {
      constraints: { maxMultiple: each(2) },
    }),
    // paid social is Facebook and TikTok
    opt('Only reshuffle within paid social (Facebook vs TikTok), everything else stays put', {
      channels: [fb, tiktok],
    }),
    // 40% and 15% are shares of the budget
    opt('Best split of 1.3m with search at least 40% of it and TikTok at most 15%', {
      budget: 1300000,
      constraints: { minShare: { [search]: 0.4 }, maxShare: { [tiktok]: 0.15 } },
    }),
    // 80% of current spend is a minimum of 0.8x the reference
    opt("Maximise profit at a 40% margin, but TV can't be cut below 80% of its current spend", {
      objective: 'max_profit',
      margin: 0.4,
      constraints: { minMultiple: { [tv]: 0.8 } },
    }),
  ]),
  // per-period amounts become totals over the horizon
  ...tagged('per_period', [
    // 5k a week over the default 13 weeks
    whatIf('What if we spent 5k less a week on display?', [add(display, -65000)]),
    // 8k a week for 10 weeks
    whatIf(
      'What if search got an extra £8k per week for the next 10 weeks?',
      [add(search, 80000)],
      10,
    ),
    // 110k a week for 12 weeks
    opt('We can run at 110k a week for the next 12 weeks. How should that be split?', {
      budget: 1320000,
      horizon: 12,
    }),
    // 2k a day is 14k a week, over 13 weeks
    whatIf('What if TikTok got 2k extra a day?', [add(tiktok, 182000)]),
    // 400k a month over a quarter
    opt('Our monthly media budget is €400k - best split for the quarter?', { budget: 1200000 }),
    // 15k a month over a quarter
    whatIf('Move 15k a month from radio into Facebook', [move(radio, fb, { amount: 45000 })]),
    // 6k a week over 13 weeks
    opt('Optimise, but cap TikTok at 6k a week', { constraints: { max: { [tiktok]: 78000 } } }),
  ]),
];
