import {
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
 * Seventeenth held-out table, part B: budget optimisation (budgets, horizons, min/max/lock/share
 * constraints, channel subsets, profit, ROAS and KPI goals, always-on flighting), response
 * curves and saturation, marginal ROI, and the fitted carryover of a channel. Written blind.
 */

export const SEVENTEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    opt("What's the best way to carve up next quarter's budget?", {}),
    opt('If the budget were £1.5M, how would you allocate it?', { budget: 1500000 }),
    opt("Finance is cutting us by 20% - what's the least painful allocation?", {
      budgetChangePct: -20,
    }),
    opt('Show me the allocation that maximises profit, we make about 30 cents on the dollar', {
      objective: 'max_profit',
      margin: 0.3,
    }),
    opt("Optimise the mix, but TV and radio are contracted so they can't move", {
      constraints: { locked: [tv, radio] },
    }),
    curve('Are we overspending on TV? Is it past the point of diminishing returns?', {
      channel: tv,
    }),
    curve('How much more could we put into TikTok before it stops working?', {
      channel: tiktok,
    }),
    mroi('Which channel gives us the most bang for the next pound?'),
  ]),
  ...tagged('budget', [
    opt('Best split for $2M over 26 weeks?', { budget: 2000000, horizon: 26 }),
    opt('Allocate 1.3m, search at least 250k, radio no more than 100k', {
      budget: 1300000,
      constraints: { min: { [search]: 250000 }, max: { [radio]: 100000 } },
    }),
    opt('Optimise 600k over the next 8 weeks, nothing below half its current level', {
      budget: 600000,
      horizon: 8,
      constraints: { minMultiple: each(0.5) },
    }),
    opt("We've been given an extra 5% of budget - how should the whole pot be split now?", {
      budgetChangePct: 5,
    }),
    opt('only optimise across digital: search, display, FB and TikTok', {
      channels: [search, display, fb, tiktok],
    }),
    opt("What's the minimum spend to grow revenue 8%?", {
      objective: 'target_kpi',
      targetKpiPct: 8,
    }),
    opt('How much can we spend while every extra dollar still returns at least $1.20?', {
      objective: 'target_roas',
      targetRoas: 1.2,
    }),
    opt("Give me a plan for up to 1.4M - we don't have to spend it all if it's not worth it", {
      budget: 1400000,
      totalMode: 'at_most',
    }),
    opt('Best allocation if no channel gets more than 30% of the pot', {
      constraints: { maxShare: each(0.3) },
    }),
    opt(
      "What's the optimal split if display has to stay exactly where it is and search can go up at most 1.5x?",
      { constraints: { locked: [display], maxMultiple: { [search]: 1.5 } } },
    ),
    curve('What does the response curve for radio look like?', { channel: radio }),
  ]),
  ...tagged('strategist', [
    opt('Maximise profit with a 50% margin over the next year', {
      objective: 'max_profit',
      margin: 0.5,
      horizon: 52,
    }),
    opt("What's the optimal mix if TV runs always-on?", { flighting: even(tv) }),
    opt('Optimal allocation with TikTok at least 10% of spend and TV capped at 40%', {
      constraints: { minShare: { [tiktok]: 0.1 }, maxShare: { [tv]: 0.4 } },
    }),
    opt(
      "How should we rebalance if we can't more than double any channel or cut any below 75% of today?",
      { constraints: { maxMultiple: each(2), minMultiple: each(0.75) } },
    ),
    opt('What budget do we need to hit £3M revenue next quarter, and how should it be split?', {
      objective: 'target_kpi',
      targetKpi: 3000000,
    }),
    opt(
      'Find the biggest spend level where marginal ROAS stays above 1, i.e. break-even at the margin',
      { objective: 'target_roas', targetRoas: 1 },
    ),
    curve("Where's the sweet spot for Meta spend before returns tail off?", { channel: fb }),
    curve('Is search close to saturation or is there still room to grow?', { channel: search }),
    mroi('Where do we get the best return on the marginal dollar right now?'),
    diag('How long does a TV burst keep working after it comes off air?'),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget objective=max_profit margin=0.22 budget=1.3e6', {
      objective: 'max_profit',
      margin: 0.22,
      budget: 1300000,
    }),
    opt('Run the optimiser with tv_spend between 200k and 400k', {
      constraints: { min: { [tv]: 200000 }, max: { [tv]: 400000 } },
    }),
    opt('Optimise with display_spend and radio_spend locked, horizon 20 weeks', {
      constraints: { locked: [display, radio] },
      horizon: 20,
    }),
    opt('Optimal split of a +10% budget among search_spend and facebook_spend only', {
      budgetChangePct: 10,
      channels: [search, fb],
    }),
    opt('target_kpi: +12% over reference, 13 weeks', {
      objective: 'target_kpi',
      targetKpiPct: 12,
      horizon: 13,
    }),
    curve('Response curve for tiktok_spend up to 4x current, 81 points', {
      channel: tiktok,
      maxMultiple: 4,
      points: 81,
    }),
    curve('Give me the saturation curve for tv_spend to 2.5x', { channel: tv, maxMultiple: 2.5 }),
    mroi('Marginal ROAS per channel at current spend, please'),
    diag("What's the estimated adstock decay rate for each channel?"),
  ]),
  ...tagged('slack', [
    opt('optimal split for 1m?', { budget: 1000000 }),
    opt('best mix w/ 10% less budget', { budgetChangePct: -10 }),
    opt('max profit @ 40% margin pls', { objective: 'max_profit', margin: 0.4 }),
    opt('reallocate budget, keep search ≥ 20% of total', {
      constraints: { minShare: { [search]: 0.2 } },
    }),
    curve('where does radio flatten out', { channel: radio }),
    curve('is display tapped out?', { channel: display }),
    mroi('whats got the best mroi rn'),
  ]),
  ...tagged('followup', [
    opt(['how would you split 1.2m?', 'over 6 months actually'], {
      budget: 1200000,
      horizon: 26,
    }),
    opt(['optimise the mix', 'but keep tiktok under 100k'], {
      constraints: { max: { [tiktok]: 100000 } },
    }),
    opt(['max profit plan please', 'margin is 28%'], { objective: 'max_profit', margin: 0.28 }),
    curve(['show me the curve for search', 'and Meta?'], { channel: fb }),
    opt(["What's the best allocation if TV's always-on?", 'and with 15% more budget'], {
      flighting: even(tv),
      budgetChangePct: 15,
    }),
  ]),
];
