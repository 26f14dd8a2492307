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
 * Eighth held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET's
 * channels (TV, Search, Facebook, TikTok, Display, Radio) with a flat history of 100k a week in
 * all (1.3M over the default 13-week quarter, 2.6M over 26 weeks). Amounts are totals over the
 * horizon (a month is a third of a quarter, 13/3 weeks; a day a seventh of a week); percents are
 * in points (20 means 20%), shares are fractions (0.4). Only unambiguous arguments are expected,
 * and a horizon only when the user gave one. Channel lists are asked for in dataset order.
 * Do not tune on single rows.
 */

export const EIGHTH_CASES_A: TaggedCase[] = [
  // executives: context first, company figures next to the question, corrections, two asks
  ...tagged('exec', [
    // Monday is not an amount; travel context only
    whatIf(
      "Prepping for Monday's trading meeting (we're a travel brand, peak season is coming). What does the model say happens if we double TikTok?",
      [scale(tiktok, 100)],
    ),
    // "the telly" is TV
    whatIf(
      'Our CEO asked me point blank: if we switched the telly off completely, what would we lose?',
      [set(tv, 0)],
    ),
    // Q3 is a period, not an amount
    whatIf(
      "Dear MixPilot, ahead of the Q3 board pack I'd like to understand the effect of reducing our overall marketing investment by 8%. Kind regards, Priya",
      [total(-8)],
    ),
    whatIf('Exec summary needed: what if 25% of the radio budget went into paid search instead?', [
      move(radio, search, { percent: 25 }),
    ]),
    // the user corrects Facebook to TikTok
    whatIf('What if we put an extra £200k into Facebook - no wait, into TikTok?', [
      add(tiktok, 200000),
    ]),
    // two asks: the what-if comes first; adstock is for later
    whatIf(
      'Two things for the CMO: what happens if search goes up 30%, and separately can you remind me how adstock works?',
      [scale(search, 30)],
    ),
    // 400 stores and £2bn turnover are company figures, not changes
    whatIf(
      "We're a 400-store grocer turning over about £2bn a year. If display were cut by 60%, how much would sales drop?",
      [scale(display, -60)],
    ),
  ]),
  // budget owners: an envelope, a change to it, a ceiling, a range
  ...tagged('budget_owner', [
    opt(
      "We've got €1.15mn to play with over the next 10 weeks - what's the revenue-maximising split?",
      { budget: 1150000, horizon: 10 },
    ),
    opt(
      'Our budget is being cut by a fifth next quarter. How should I redistribute what is left?',
      {
        budgetChangePct: -20,
      },
    ),
    // 65k on top of the 1.3M quarter is +5%
    opt(
      'Marketing just got topped up with 65 grand for the quarter. Where should the whole budget go now?',
      { budgetChangePct: 5 },
    ),
    // 2026 is a year; the horizon is the 52 weeks given
    opt('For the 2026 plan: 52 weeks, £5.5m all-in. Best allocation?', {
      budget: 5500000,
      horizon: 52,
    }),
    opt(
      "I have a ceiling of 1.1m this quarter but don't need to spend all of it if the returns aren't there. How should I allocate it?",
      { budget: 1100000, totalMode: 'at_most' },
    ),
    // same total as today: nothing to expect beyond the intent
    opt('Keeping the total flat, how would you reshuffle our current spend to get more sales?', {}),
    // the midpoint of 1.2-1.4m is 1.3m
    opt(
      "Next quarter's budget is somewhere in the £1.2-1.4m range. Use the midpoint and tell me the best split.",
      { budget: 1300000 },
    ),
    opt(
      'Gaming studio here - our launch window is 6 weeks and we have 750k for it. How do we split it?',
      { budget: 750000, horizon: 6 },
    ),
  ]),
  // agency strategists: profit, ROAS floors, revenue targets, several channels at once
  ...tagged('strategist', [
    // 42% is a margin, not a change
    opt("Client's contribution margin is 42%. What split of the current budget maximises profit?", {
      objective: 'max_profit',
      margin: 0.42,
    }),
    opt(
      "We need every marginal pound to come back at 1.5x or better. What's the most we can spend, and where?",
      { objective: 'target_roas', targetRoas: 1.5 },
    ),
    opt(
      "The brand's growth target is +8% revenue versus the current plan. What's the cheapest allocation that hits it?",
      { objective: 'target_kpi', targetKpiPct: 8 },
    ),
    opt(
      "We have to deliver $6.5m of incremental sales this quarter. What's the least we can spend to get there?",
      { objective: 'target_kpi', targetKpi: 6500000 },
    ),
    // 2025 is a year; the 90k is split between two receivers
    whatIf(
      "For the CPG client's 2025 summer push: move 90k out of TV and split it evenly across TikTok and display",
      [move(tv, [tiktok, display], { amount: 90000 })],
    ),
    // "Scenario B" is a label, not a channel or a number
    whatIf('Scenario B for the deck: search +10%, Facebook +10%, radio switched off.', [
      scale(search, 10),
      scale(fb, 10),
      set(radio, 0),
    ]),
    // Meta is Facebook's owner
    curve(
      'Before we pitch more Meta spend, show me its response curve up to 2.5x where it is now.',
      { channel: fb, maxMultiple: 2.5 },
    ),
    // 20% is the budget change, 30% the margin
    opt('Assume a 20% budget increase and a 30% margin - what is the profit-maximising mix?', {
      budgetChangePct: 20,
      objective: 'max_profit',
      margin: 0.3,
    }),
  ]),
  // analysts: response curves and marginal ROI
  ...tagged('analyst', [
    curve('Give me the display response curve out to 3x, with 60 points', {
      channel: display,
      maxMultiple: 3,
      points: 60,
    }),
    mroi('Rank the channels by marginal return - where does the next euro work hardest?', {
      sortBy: 'mroi',
    }),
    curve('Where does paid search start hitting diminishing returns? A curve to 2x is fine.', {
      channel: search,
      maxMultiple: 2,
    }),
    mroi("What's the current mROAS on radio?"),
    // "linear TV" is the TV column
    curve(
      'How close to saturation is linear TV? Plot spend against incremental revenue up to 6x.',
      { channel: tv, maxMultiple: 6 },
    ),
    // $1.20 is a marginal return to find on the curve, not an amount
    curve('Find the point on the Facebook curve where each extra dollar only brings back $1.20.', {
      channel: fb,
    }),
    // "display" is a verb here; the channel is TikTok
    curve('Could you display the TikTok response curve up to 4x?', {
      channel: tiktok,
      maxMultiple: 4,
    }),
  ]),
  // terse Slack
  ...tagged('slack', [
    whatIf('fb +40%?', [scale(fb, 40)]),
    opt('opt 1.6m, tv locked', { budget: 1600000, constraints: { locked: [tv] } }),
    // "disp" is display
    whatIf('move 30k disp -> search', [move(display, search, { amount: 30000 })]),
    whatIf('kill tiktok + radio, impact?', [set(tiktok, 0), set(radio, 0)]),
    opt('budget -10% next q, best split?', { budgetChangePct: -10 }),
    // "tv team" is who said it; the change is to search only
    whatIf('tv team reckons search is overrated lol. what if search -20%?', [scale(search, -20)]),
  ]),
  // typos
  ...tagged('typo', [
    whatIf('what if we incrase tiktok spnd by 35%', [scale(tiktok, 35)]),
    // 25% is a share cap on every channel
    opt('optimse a 2.1m buget, max 25% in any chanel', {
      budget: 2100000,
      constraints: { maxShare: each(0.25) },
    }),
    curve('respnse curv for facbook up to 3x', { channel: fb, maxMultiple: 3 }),
    whatIf('mov 15% of raido into dispaly', [move(radio, display, { percent: 15 })]),
    // "turn of" is "turn off"
    whatIf('wat happens if we turn of tv compleetly', [set(tv, 0)]),
    opt('maxmise proft with 33% margn on 1.5mil', {
      budget: 1500000,
      objective: 'max_profit',
      margin: 0.33,
    }),
  ]),
  // numbers in words
  ...tagged('words', [
    whatIf('What if we added two hundred and fifty thousand quid to display?', [
      add(display, 250000),
    ]),
    // a third is 33.33%
    whatIf('What happens if we cut TV by a third?', [scale(tv, -33.33)]),
    opt('Could you optimise a budget of one and a quarter million?', { budget: 1250000 }),
    whatIf('What if search were halved and facebook doubled?', [
      scale(search, -50),
      scale(fb, 100),
    ]),
    whatIf('Move a fifth of TV into TikTok', [move(tv, tiktok, { percent: 20 })]),
    curve("Show the radio curve out to six times today's spend", {
      channel: radio,
      maxMultiple: 6,
    }),
    whatIf('What if we put half a million more behind TikTok?', [add(tiktok, 500000)]),
  ]),
  // constraints of every kind
  ...tagged('constraints', [
    opt("Optimise, but search can't drop below 200k and TikTok can't go above 150k", {
      constraints: { min: { [search]: 200000 }, max: { [tiktok]: 150000 } },
    }),
    // "annual" describes the contract, not a horizon
    opt("Re-optimise, but hands off Facebook - it's on a fixed annual contract", {
      constraints: { locked: [fb] },
    }),
    opt('Split 1.5m so that no channel gets less than 5% of it', {
      budget: 1500000,
      constraints: { minShare: each(0.05) },
    }),
    opt(
      'Optimise, but no channel should more than triple or fall below half of its current spend',
      {
        constraints: { maxMultiple: each(3), minMultiple: each(0.5) },
      },
    ),
    opt('Optimise across Facebook and TikTok only; leave everything else where it is', {
      channels: [fb, tiktok],
    }),
    // 10% and 35% are shares of the budget, not changes
    opt('Optimise 1.2m with display at most 10% of the budget and TV at least 35%', {
      budget: 1200000,
      constraints: { maxShare: { [display]: 0.1 }, minShare: { [tv]: 0.35 } },
    }),
    opt('Maximise revenue on 1.4m; TV and search stay locked, radio no more than 50k', {
      budget: 1400000,
      constraints: { locked: [tv, search], max: { [radio]: 50000 } },
    }),
    // "at least today's level" is a minimum of 1x the reference spend
    opt(
      "Spend as much as we can while marginal ROAS stays at 2 or above, but keep search at least at today's level",
      { objective: 'target_roas', targetRoas: 2, constraints: { minMultiple: { [search]: 1 } } },
    ),
  ]),
  // per-period amounts become totals over the horizon
  ...tagged('per_period', [
    // 12k a week over the default 13 weeks
    whatIf('What if we put an extra 12k a week into search?', [add(search, 156000)]),
    // 3k a week for 8 weeks
    whatIf('What if we trimmed radio by £3k a week for the next 8 weeks?', [add(radio, -24000)], 8),
    // 90k a week for 26 weeks
    opt('Optimise a budget of 90k per week over the next half year', {
      budget: 2340000,
      horizon: 26,
    }),
    // 1k a day is 7k a week, over 13 weeks
    whatIf('What if Facebook got 1k more per day?', [add(fb, 91000)]),
    // 450k a month over a quarter (three months)
    opt('We can spend $450k a month. Best split?', { budget: 1350000 }),
    // 20k a month for six months (26 weeks)
    whatIf('What if TikTok ran at 20k a month for the next six months?', [set(tiktok, 120000)], 26),
    // 25k a month over a quarter
    opt('Optimise with radio kept to at least 25k a month', {
      constraints: { min: { [radio]: 75000 } },
    }),
    // 10k a week over 13 weeks
    whatIf('Shift 10k a week from TV into Facebook', [move(tv, fb, { amount: 130000 })]),
  ]),
];
