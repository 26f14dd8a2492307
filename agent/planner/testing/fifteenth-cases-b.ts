import {
  curve,
  display,
  each,
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

/** Fifteenth held-out table, part B: optimisation, response curves and marginal ROI, written blind. */
export const FIFTEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    opt("What's the best way to split our budget across the channels?", {}),
    opt('If we had $1.5M next quarter, how should we allocate it?', { budget: 1_500_000 }),
    opt("We're getting 10% more budget next year - where should it go?", { budgetChangePct: 10 }),
    opt('How do we get the most profit out of media? Our margin is about 35%.', {
      objective: 'max_profit',
      margin: 0.35,
    }),
    mroi('Which channel gives us the most bang for the buck on the next dollar?'),
    curve('Is TV saturated?', { channel: tv }),
    opt('How much can we spend before the last dollar stops returning at least $1.50?', {
      objective: 'target_roas',
      targetRoas: 1.5,
    }),
  ]),
  ...tagged('budget', [
    opt('Optimise a £1.2m budget for the quarter but keep TV at £300k minimum', {
      budget: 1_200_000,
      constraints: { min: { [tv]: 300_000 } },
    }),
    opt("Reallocate the current budget, but don't touch radio", {
      constraints: { locked: [radio] },
    }),
    opt('Best split of $2m over 26 weeks, with no channel above 35% of spend', {
      budget: 2_000_000,
      horizon: 26,
      constraints: { maxShare: each(0.35) },
    }),
    opt('Optimize next quarter with the budget down 20% and TikTok capped at $150k', {
      budgetChangePct: -20,
      constraints: { max: { [tiktok]: 150_000 } },
    }),
    opt("what's the cheapest budget that gets us 5% more revenue?", {
      objective: 'target_kpi',
      targetKpiPct: 5,
    }),
    opt("Allocate up to $1M - we don't have to spend all of it", {
      budget: 1_000_000,
      totalMode: 'at_most',
    }),
    opt('Only optimise across search, FB, TikTok and display; leave the rest as is', {
      channels: [search, fb, tiktok, display],
    }),
  ]),
  ...tagged('strategist', [
    opt("What's the optimal mix if every channel has to stay within ±50% of today's spend?", {
      constraints: { minMultiple: each(0.5), maxMultiple: each(1.5) },
    }),
    opt(
      'What mix maximises sales if TV has to keep at least a 30% share of spend for brand reasons?',
      {
        constraints: { minShare: { [tv]: 0.3 } },
      },
    ),
    opt('How should we allocate to grow sales 8% for the least money?', {
      objective: 'target_kpi',
      targetKpiPct: 8,
    }),
    curve('Where does paid search start to hit diminishing returns?', { channel: search }),
    curve("Show me TikTok's response curve out to 3x current spend", {
      channel: tiktok,
      maxMultiple: 3,
    }),
    curve('Is there any headroom left in Meta or are we maxed out?', { channel: fb }),
    mroi('Which channels are still paying back at the margin?'),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget, objective max_profit, margin 0.25, horizon 13', {
      objective: 'max_profit',
      margin: 0.25,
      horizon: 13,
    }),
    opt('Find the largest budget where marginal ROAS stays >= 2', {
      objective: 'target_roas',
      targetRoas: 2,
    }),
    opt(
      'Run the optimiser at the reference budget, tv_spend locked, search_spend capped at 2x ref',
      {
        constraints: { locked: [tv], maxMultiple: { [search]: 2 } },
      },
    ),
    mroi('Marginal ROI by channel please'),
    curve('Response curve for display_spend, 5x range', { channel: display, maxMultiple: 5 }),
    mroi("What's the mROAS on radio at current spend?"),
    curve('Give me the saturation curve for radio', { channel: radio }),
  ]),
  ...tagged('slack', [
    opt('got half a mil for the next 8 wks, best split?', { budget: 500_000, horizon: 8 }),
    opt('can u optimse but keep fb at least 100k', { constraints: { min: { [fb]: 100_000 } } }),
    curve('is search maxed out', { channel: search }),
    mroi("where's the next dollar best spent rn"),
    opt('optimise w/ budget +15%', { budgetChangePct: 15 }),
    curve('tiktok response curve pls', { channel: tiktok }),
    curve('how far can we push tv b4 it stops paying', { channel: tv }),
    mroi('whats the marginal roas on FB rn'),
  ]),
  ...tagged('followup', [
    opt(["How should we split next quarter's budget?", 'Now lock TV where it is'], {
      constraints: { locked: [tv] },
    }),
    opt(['Optimise a $1M budget', 'what about $1.5M?'], { budget: 1_500_000 }),
    curve(['Show me the search response curve', 'and for TikTok?'], { channel: tiktok }),
    opt(
      ["What's the optimal allocation?", 'ok, now maximise profit instead, assume a 40% margin'],
      {
        objective: 'max_profit',
        margin: 0.4,
      },
    ),
    opt(['Best split for the current budget?', 'cap display at $50k'], {
      constraints: { max: { [display]: 50_000 } },
    }),
    curve(['Is Meta saturated?', 'how about linear TV?'], { channel: tv }),
    opt(['Run the optimiser with the budget up 10%', 'and over 26 weeks?'], {
      budgetChangePct: 10,
      horizon: 26,
    }),
    opt(
      ["What's the marginal ROI by channel?", 'ok so how should we reallocate the current budget?'],
      {},
    ),
    curve(['Plot the TV response curve', 'extend it to 4x'], { channel: tv, maxMultiple: 4 }),
  ]),
];
