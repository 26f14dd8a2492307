import {
  bursts,
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
 * Eighteenth held-out table, part B: budget optimisation (budgets per quarter, per week and per
 * year, horizons, min/max/lock/share/multiple constraints, channel subsets, profit, ROAS and KPI
 * goals, always-on and bursts layouts), response curves and saturation, marginal ROI, and the
 * fitted carryover of a channel. Written blind.
 */

export const EIGHTEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    opt('How would you spend our budget if it were up to you?', {}),
    opt('If we had 2 million for the quarter, how should we split it?', { budget: 2000000 }),
    opt("Marketing's getting 10% more next quarter. How should the whole budget be divided now?", {
      budgetChangePct: 10,
    }),
    opt('What split makes us the most money? We keep about 35p in every pound of sales.', {
      objective: 'max_profit',
      margin: 0.35,
    }),
    opt("Reallocate for us, but TV's locked in with the broadcaster so leave it alone", {
      constraints: { locked: [tv] },
    }),
    opt(
      'If search has to run in bursts - two weeks on, two off - how should we split the budget?',
      {
        flighting: burstsOf(2, search),
      },
    ),
    opt(
      "Right, so we're planning next year. We'll probably have about 5.5 million for the full year, and the brand team insists TV stays on air all year round, always-on, no bursts. Given that, how would you divide up the money?",
      { budget: 5500000, horizon: 52, flighting: even(tv) },
    ),
    curve('Is Facebook saturated or is there still headroom?', { channel: fb }),
    mroi('If I had one more pound to spend tomorrow, which channel should get it?'),
  ]),
  ...tagged('budget', [
    opt('Best allocation of 1.6M over the next 20 weeks', { budget: 1600000, horizon: 20 }),
    opt('How should we split 120k a week?', { budget: 1560000 }),
    opt('Optimise 1.3M: TV no lower than 300k, TikTok no higher than 150k', {
      budget: 1300000,
      constraints: { min: { [tv]: 300000 }, max: { [tiktok]: 150000 } },
    }),
    opt("Find the best mix but don't cut any channel below what it gets today", {
      constraints: { minMultiple: each(1) },
    }),
    opt('Only reshuffle money between TV and radio, leave the rest as is', {
      channels: [tv, radio],
    }),
    opt('We need to find a 15% saving - how do we take it with the least damage?', {
      budgetChangePct: -15,
    }),
    opt("What's the cheapest budget that gets sales up 5%?", {
      objective: 'target_kpi',
      targetKpiPct: 5,
    }),
    opt("We can go up to 1.5M, but don't spend it if it doesn't pay back", {
      budget: 1500000,
      totalMode: 'at_most',
    }),
    opt('Optimal split with search kept between 20% and 35% of the total', {
      constraints: { minShare: { [search]: 0.2 }, maxShare: { [search]: 0.35 } },
    }),
    opt('How far can we push spend while every extra quid still returns at least £1.50?', {
      objective: 'target_roas',
      targetRoas: 1.5,
    }),
    curve('Can you show me the diminishing returns curve for display?', { channel: display }),
  ]),
  ...tagged('strategist', [
    opt("What's the optimal plan if we keep radio always-on and flight TikTok in bursts?", {
      flighting: { [radio]: 'even', [tiktok]: 'bursts' },
    }),
    opt("What's the best plan for 1.4M if we pulse TikTok and display, two weeks on, two off?", {
      budget: 1400000,
      flighting: burstsOf(2, tiktok, display),
    }),
    opt("What's the optimal mix for maximum profit over six months at a 45% margin?", {
      objective: 'max_profit',
      margin: 0.45,
      horizon: 26,
    }),
    opt(
      "I want display to get at least 5% of the budget and Facebook no more than a quarter of it - what's the best plan?",
      { constraints: { minShare: { [display]: 0.05 }, maxShare: { [fb]: 0.25 } } },
    ),
    opt('What budget would take us to 3.5M in sales next quarter, and where would it go?', {
      objective: 'target_kpi',
      targetKpi: 3500000,
    }),
    opt('Find the spend level where the marginal return drops to 80p on the pound', {
      objective: 'target_roas',
      targetRoas: 0.8,
    }),
    opt('Re-optimise, but keep TV and search within 20% of where they are now', {
      constraints: {
        minMultiple: { [tv]: 0.8, [search]: 0.8 },
        maxMultiple: { [tv]: 1.2, [search]: 1.2 },
      },
    }),
    curve('How much headroom is left in TikTok before it saturates?', { channel: tiktok }),
    curve('At what point does radio spend stop paying back?', { channel: radio }),
    mroi('Rank the channels by the return on the next dollar, please'),
    diag("How long does radio's effect linger after the ads stop?"),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget budget=9e5 horizon=10', { budget: 900000, horizon: 10 }),
    opt('Optimise with facebook_spend min 100k, max 250k and tv_spend locked', {
      constraints: { min: { [fb]: 100000 }, max: { [fb]: 250000 }, locked: [tv] },
    }),
    opt('objective=target_roas targetRoas=1.3, horizon 26', {
      objective: 'target_roas',
      targetRoas: 1.3,
      horizon: 26,
    }),
    opt('Allocate a -5% budget change across display_spend, tiktok_spend and radio_spend only', {
      budgetChangePct: -5,
      channels: [display, tiktok, radio],
    }),
    opt('max_profit with margin 0.33, search_spend flighted in bursts', {
      objective: 'max_profit',
      margin: 0.33,
      flighting: bursts(search),
    }),
    opt('Reallocate with every channel bounded between 0.5x and 1.5x of reference', {
      constraints: { minMultiple: each(0.5), maxMultiple: each(1.5) },
    }),
    curve('Response curve for display_spend out to 3x, 61 points', {
      channel: display,
      maxMultiple: 3,
      points: 61,
    }),
    curve('Hill curve for radio_spend up to 5x current spend', { channel: radio, maxMultiple: 5 }),
    mroi('mROAS by channel at the current run-rate'),
    diag('Print the fitted adstock decay parameter per channel'),
  ]),
  ...tagged('slack', [
    opt('how wud u split 800k', { budget: 800000 }),
    opt('optimse w/ 20% more $$', { budgetChangePct: 20 }),
    opt('best mix if tv always on + search bursty', {
      flighting: { [tv]: 'even', [search]: 'bursts' },
    }),
    opt('rebalance but leave radio n display alone', { constraints: { locked: [radio, display] } }),
    curve('reponse curve tiktok', { channel: tiktok }),
    curve('has search maxed out', { channel: search }),
    mroi('next $ goes where?'),
  ]),
  ...tagged('followup', [
    opt(['how should I split 1.5m?', 'make it over 10 weeks'], { budget: 1500000, horizon: 10 }),
    opt(['optimise the budget', 'but search has to get at least 300k'], {
      constraints: { min: { [search]: 300000 } },
    }),
    opt(['Best plan for maximum profit', "we're at about a 38% margin"], {
      objective: 'max_profit',
      margin: 0.38,
    }),
    curve(['response curve for TV please', 'now radio'], { channel: radio }),
    opt(['Best split if TikTok runs always-on?', 'what about if it runs in bursts instead?'], {
      flighting: bursts(tiktok),
    }),
    opt(['Optimise 1.2M', 'lock TV'], { budget: 1200000, constraints: { locked: [tv] } }),
  ]),
];
