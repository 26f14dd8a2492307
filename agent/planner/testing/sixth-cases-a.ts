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
import type { TaggedCase } from './people-cases-a';

/**
 * Sixth held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET with
 * a flat history of 100k a week in all (1.3M over the default 13-week quarter, 2.6M over 26
 * weeks). Amounts are totals over the horizon (a month is a third of a quarter, a day a seventh
 * of a week); percents are in points. Do not tune on single rows.
 */

export const SIXTH_CASES_A: TaggedCase[] = [
  // executives: what-ifs with context first
  ...tagged('exec', [
    whatIf(
      'Ahead of the QBR I need a number: what would we lose in revenue if television came down by 30%?',
      [scale(tv, -30)],
    ),
    whatIf(
      'The CMO is minded to stop radio from next quarter. What does the model think that costs us?',
      [set(radio, 0)],
    ),
    whatIf(
      'Board pack question: if we move a quarter of a million from display into search, does revenue go up or down?',
      [move(display, search, { amount: 250000 })],
    ),
    whatIf(
      'Gut check for the exec offsite - what if we grew the total marketing budget by 10 percent?',
      [total(10)],
    ),
    whatIf(
      'If we doubled down on TikTok, and I mean literally doubled the spend, what would that add?',
      [scale(tiktok, 100)],
    ),
    whatIf(
      "Finance want £325k back out of the overall media line this quarter. What's the hit to sales?",
      [total(-25)],
    ),
    whatIf(
      "I'm thinking of funding TikTok by moving 10% of Facebook and 10% of radio into it. What happens?",
      [move(fb, tiktok, { percent: 10 }), move(radio, tiktok, { percent: 10 })],
    ),
  ]),
  // budget owners: splitting a given envelope
  ...tagged('budget_owner', [
    opt('My Q3 envelope is $1.45M. What split gets us the most revenue?', { budget: 1450000 }),
    opt('Procurement confirmed CAD 2 mn for the quarter; please recommend a channel allocation.', {
      budget: 2000000,
    }),
    opt('Assuming we get 12% more money next quarter, how should the enlarged budget be divided?', {
      budgetChangePct: 12,
    }),
    opt("We're losing $65k from the quarterly budget. How do I rebalance what's left?", {
      budgetChangePct: -5,
    }),
    opt(
      "We don't have to spend all of the 1.1m, to be fair. What's the best plan that spends up to that?",
      { budget: 1100000, totalMode: 'at_most' },
    ),
    opt(
      'For the second half of the year we have 2.6 million - how should it be split by channel?',
      {
        budget: 2600000,
        horizon: 26,
      },
    ),
    opt(
      'If we get a quarter-million top-up on the usual quarterly spend, where should the whole pot go?',
      { budgetChangePct: 19.23 },
    ),
  ]),
  // agency strategists: profit, ROAS floors, revenue targets, several receiving channels
  ...tagged('strategist', [
    opt('Client margins are around 22%. What allocation gives the best profit, not just revenue?', {
      objective: 'max_profit',
      margin: 0.22,
    }),
    opt('Keep marginal ROAS at or above 1.5 - how far can we scale total spend?', {
      objective: 'target_roas',
      targetRoas: 1.5,
    }),
    opt(
      'Client wants 5% more revenue than the current plan delivers, for the least money. What would that take?',
      { objective: 'target_kpi', targetKpiPct: 5 },
    ),
    opt(
      "We've promised the client 9.5 million in revenue this quarter. What's the cheapest route?",
      {
        objective: 'target_kpi',
        targetKpi: 9500000,
      },
    ),
    whatIf('Pitch scenario: move 40% of radio into facebook, tiktok and search, split evenly', [
      move(radio, [fb, tiktok, search], { percent: 40 }),
    ]),
    opt(
      'Optimise a £3m budget for profit at a 45 percent margin, and do not let TV fall below £500k',
      {
        budget: 3000000,
        objective: 'max_profit',
        margin: 0.45,
        constraints: { min: { [tv]: 500000 } },
      },
    ),
    curve('For the pitch deck, show how facebook returns taper off as spend goes up to triple', {
      channel: fb,
      maxMultiple: 3,
    }),
  ]),
  // constraints of every kind
  ...tagged('constraints', [
    opt('Optimise, but search must get at least 20% of total spend and TikTok no more than 15%', {
      constraints: { minShare: { [search]: 0.2 }, maxShare: { [tiktok]: 0.15 } },
    }),
    opt('Rebalance the budget without touching TV or search', {
      constraints: { locked: [tv, search] },
    }),
    opt('Best allocation of 1.3m where radio gets at least 50k and TV at most 400k', {
      budget: 1300000,
      constraints: { min: { [radio]: 50000 }, max: { [tv]: 400000 } },
    }),
    opt('Optimise, but every channel keeps at least 80% of its current budget', {
      constraints: { minMultiple: each(0.8) },
    }),
    opt('Max revenue, but nothing can more than triple', { constraints: { maxMultiple: each(3) } }),
    opt('Allocate only among search, facebook, tiktok and display', {
      channels: [search, fb, tiktok, display],
    }),
    opt('optimise with display capped at 5k per week and radio at no less than 3k a week', {
      constraints: { max: { [display]: 65000 }, min: { [radio]: 39000 } },
    }),
    opt("best split of 2m with TV's share between 25% and 40%", {
      budget: 2000000,
      constraints: { minShare: { [tv]: 0.25 }, maxShare: { [tv]: 0.4 } },
    }),
    opt("optimise for profit at a 30% margin, but facebook can't be cut by more than half", {
      objective: 'max_profit',
      margin: 0.3,
      constraints: { minMultiple: { [fb]: 0.5 } },
    }),
  ]),
  // terse Slack
  ...tagged('slack', [
    whatIf('disp -> search 30%', [move(display, search, { percent: 30 })]),
    whatIf('fb +15k/wk?', [add(fb, 195000)]),
    opt('opt 1.2m, tv max 35% of total', {
      budget: 1200000,
      constraints: { maxShare: { [tv]: 0.35 } },
    }),
    curve('radio curve to 3x', { channel: radio, maxMultiple: 3 }),
    opt('mroas floor 2 - how big can the budget go', { objective: 'target_roas', targetRoas: 2 }),
  ]),
  // typos
  ...tagged('typo', [
    whatIf('what if we swtich of radio compleetly', [set(radio, 0)]),
    opt('optmise 1.5m budgt with tv lokced', { budget: 1500000, constraints: { locked: [tv] } }),
    whatIf('move 15% of facbook into tik tok', [move(fb, tiktok, { percent: 15 })]),
    curve('diminshing retruns on dispaly?', { channel: display }),
  ]),
  // numbers in words
  ...tagged('words', [
    whatIf('What if TV went down by a fifth?', [scale(tv, -20)]),
    whatIf('move a hundred and twenty thousand from radio to search', [
      move(radio, search, { amount: 120000 }),
    ]),
    whatIf('what if search were two and a half times what it is now', [scale(search, 150)]),
    opt('give me the best plan for a budget of two million three hundred thousand', {
      budget: 2300000,
    }),
    whatIf('what would happen if we put a quarter of a million more into tiktok', [
      add(tiktok, 250000),
    ]),
  ]),
  // per-period amounts and horizons
  ...tagged('per_period', [
    whatIf('What if we trimmed TV by 12k a week?', [add(tv, -156000)]),
    whatIf('Add 3k a day to search for the next four weeks', [add(search, 84000)], 4),
    whatIf(
      'What if display ran at 10k per week for the next 20 weeks?',
      [set(display, 200000)],
      20,
    ),
    opt('Allocate a budget of 120k a week across channels', { budget: 1560000 }),
    opt('Monthly budget of 350k, best split?', { budget: 1050000 }),
    whatIf('What if we add 260k to total spend over the next six months?', [total(10)], 26),
    opt('we can do 90k a week for the next 10 weeks. best allocation?', {
      budget: 900000,
      horizon: 10,
    }),
  ]),
  // analysts: response curves and marginal ROI
  ...tagged('analyst', [
    curve('Show the response curve for TikTok out to 2.5x current spend', {
      channel: tiktok,
      maxMultiple: 2.5,
    }),
    curve("Where does search's marginal ROAS drop to 1.2?", { channel: search }),
    mroi('Rank the channels by what the next dollar returns', { sortBy: 'mroi' }),
    curve("Plot TV's saturation curve and mark where we are today", { channel: tv }),
    mroi('Marginal ROI for radio at the current spend level?'),
  ]),
];
