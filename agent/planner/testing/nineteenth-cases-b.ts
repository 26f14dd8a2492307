import {
  burstsOf,
  curve,
  diag,
  display,
  each,
  even,
  fb,
  mroi,
  opt,
  radio,
  search,
  tagged,
  tiktok,
  tv,
} from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Nineteenth held-out table, part B: budget optimisation (budgets per quarter, per week, per month
 * and per year, budget changes, horizons, min/max/lock/share/multiple constraints, channel
 * subsets, profit, ROAS and KPI goals, spend caps, always-on and bursts layouts), response curves
 * and saturation, marginal ROI, and the fitted carryover of a channel. Written blind, with 100k a
 * week in all (a quarter's reference plan is $1.3M).
 */

export const NINETEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    opt("If it were your money, where would this quarter's budget go?", {}),
    opt(
      "The board has signed off 1.8 million for the quarter. What's the smartest way to split it?",
      { budget: 1800000 },
    ),
    opt("We're taking a 20% budget cut. How do we spread what's left to protect sales?", {
      budgetChangePct: -20,
    }),
    opt(
      'I care about profit, not revenue. Our margin is roughly 40 percent. How should the mix change?',
      { objective: 'max_profit', margin: 0.4 },
    ),
    opt(
      "Give me the best split - bearing in mind we're contractually committed to the current radio spend.",
      { constraints: { locked: [radio] } },
    ),
    opt('How much would we need to spend to grow revenue by 8%, and where should it go?', {
      objective: 'target_kpi',
      targetKpiPct: 8,
    }),
    curve('Is there any point putting more into TV, or have we hit the ceiling there?', {
      channel: tv,
    }),
    mroi('Where would an extra $10k do the most good right now?'),
    diag('Once we stop running radio ads, how quickly does the effect wear off?'),
  ]),
  ...tagged('budget', [
    opt('Optimise a 900k budget across the next 9 weeks', { budget: 900000, horizon: 9 }),
    opt("We've got 75k a week to play with - how should it be divided?", { budget: 975000 }),
    opt('Best plan for 1.3M with display capped at 100k and at least 250k in search', {
      budget: 1300000,
      constraints: { max: { [display]: 100000 }, min: { [search]: 250000 } },
    }),
    opt('Allocate the budget so that no channel loses more than 30% of its current spend', {
      constraints: { minMultiple: each(0.7) },
    }),
    opt(
      'Re-split the spend among the digital channels only: search, Facebook, TikTok and display',
      {
        channels: [search, fb, tiktok, display],
      },
    ),
    opt("We could go as high as 2M, but I only want to spend what's profitable. Margin is 30%.", {
      budget: 2000000,
      totalMode: 'at_most',
      objective: 'max_profit',
      margin: 0.3,
    }),
    opt("What's the most we can spend while the last pound in still brings back £1.20?", {
      objective: 'target_roas',
      targetRoas: 1.2,
    }),
    opt('Optimise the full year with 4.8M', { budget: 4800000, horizon: 52 }),
    opt('How should we spread 600k a month?', { budget: 1800000 }),
    opt("TV can't take more than 40% of the total - what's the optimal allocation?", {
      constraints: { maxShare: { [tv]: 0.4 } },
    }),
  ]),
  ...tagged('strategist', [
    opt("If we commit to TV being always-on, what's the best way to split the budget?", {
      flighting: even(tv),
    }),
    opt('Plan 1.5M over 15 weeks with Facebook and TikTok in three-week bursts', {
      budget: 1500000,
      horizon: 15,
      flighting: burstsOf(3, fb, tiktok),
    }),
    opt("What's the cheapest plan that gets us to 3 million in revenue this quarter?", {
      objective: 'target_kpi',
      targetKpi: 3000000,
    }),
    opt("I'd like every channel to keep at least a 10% share of the budget. What's optimal?", {
      constraints: { minShare: each(0.1) },
    }),
    opt('Let the optimiser loose, with one rule: no channel more than doubles.', {
      constraints: { maxMultiple: each(2) },
    }),
    opt('Reallocate between search and TikTok only, maximising profit at a 35% margin', {
      channels: [search, tiktok],
      objective: 'max_profit',
      margin: 0.35,
    }),
    opt(
      'Over two quarters, what does the profit-maximising plan look like if we earn a 45% margin?',
      { objective: 'max_profit', margin: 0.45, horizon: 26 },
    ),
    curve("At what spend does TV's marginal return fall below 1?", { channel: tv }),
    curve(
      "Show me how Facebook's revenue response bends as spend goes up to four times today's level",
      { channel: fb, maxMultiple: 4 },
    ),
    mroi("Which channel's next dollar works hardest, and which works least?"),
    diag("How long does TV keep working after a campaign ends - what's its half-life?"),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget objective=max_kpi budgetChangePct=+12', {
      objective: 'max_kpi',
      budgetChangePct: 12,
    }),
    opt('Constrain radio_spend to [50000, 120000], lock search_spend, then optimise', {
      constraints: { min: { [radio]: 50000 }, max: { [radio]: 120000 }, locked: [search] },
    }),
    opt('objective=target_kpi targetKpi=2.8e6 horizon=13', {
      objective: 'target_kpi',
      targetKpi: 2800000,
      horizon: 13,
    }),
    opt('Optimise with maxShare 0.3 on every channel', { constraints: { maxShare: each(0.3) } }),
    opt('totalMode at_most, budget 1.1M, objective max_profit, margin 0.28', {
      totalMode: 'at_most',
      budget: 1100000,
      objective: 'max_profit',
      margin: 0.28,
    }),
    opt(
      'Allocate over tv_spend, radio_spend and display_spend only, with tv_spend flighted evenly',
      {
        channels: [tv, radio, display],
        flighting: even(tv),
      },
    ),
    curve('get_response_curve channel=tiktok_spend maxMultiple=2.5 points=51', {
      channel: tiktok,
      maxMultiple: 2.5,
      points: 51,
    }),
    curve('Saturation curve for search_spend up to 6x', { channel: search, maxMultiple: 6 }),
    mroi('Marginal ROAS at current spend, all channels'),
    diag('Geometric adstock retention rate by channel?'),
  ]),
  ...tagged('slack', [
    opt('opt 1m pls', { budget: 1000000 }),
    opt('best split w budget down 10%', { budgetChangePct: -10 }),
    opt('max profit mix @ 30% margin', { objective: 'max_profit', margin: 0.3 }),
    opt('optimise but tv locked + radio max 80k', {
      constraints: { locked: [tv], max: { [radio]: 80000 } },
    }),
    curve('display saturated??', { channel: display }),
    mroi("where's the next quid best spent"),
    diag('radio carryover, how long'),
    curve('fb curve to 3x', { channel: fb, maxMultiple: 3 }),
  ]),
  ...tagged('followup', [
    opt(['Optimise the budget for maximum revenue', 'now for profit, at a 40% margin'], {
      objective: 'max_profit',
      margin: 0.4,
    }),
    opt(['how would you split 1.2M?', 'with search capped at 200k'], {
      budget: 1200000,
      constraints: { max: { [search]: 200000 } },
    }),
    opt(['Give me the optimal allocation', 'over 26 weeks'], { horizon: 26 }),
    curve(['Response curve for search', 'same for TikTok but out to 3x'], {
      channel: tiktok,
      maxMultiple: 3,
    }),
    opt(['Optimise with TV always-on', 'and radio too'], { flighting: even(tv, radio) }),
    opt(['Best split of 1.4M?', 'but TikTok no more than 100k'], {
      budget: 1400000,
      constraints: { max: { [tiktok]: 100000 } },
    }),
    opt(
      [
        "What's the most we should spend if every marginal dollar has to return 1.5?",
        'make that 1.3',
      ],
      { objective: 'target_roas', targetRoas: 1.3 },
    ),
  ]),
];
