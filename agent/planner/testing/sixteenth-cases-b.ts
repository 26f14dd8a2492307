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

/**
 * Sixteenth held-out table, part B: budget optimisation (budgets, horizons, min/max/lock/share
 * constraints, profit, ROAS and KPI goals), response curves and marginal ROI. Written blind.
 */
export const SIXTEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    opt('How should we split the budget to get the most sales?', {}),
    opt('If I gave you 1.2m for the quarter, where would you put it?', { budget: 1200000 }),
    opt("We're getting 10% more budget - how should we spend it?", { budgetChangePct: 10 }),
    opt("What's the profit-maximising plan? We run about 40% gross margin.", {
      objective: 'max_profit',
      margin: 0.4,
    }),
    opt('Give me the optimal mix but keep TV where it is, the CEO loves it', {
      constraints: { locked: [tv] },
    }),
    curve('Is TV saturated?', { channel: tv }),
    mroi('Where should the next dollar go?'),
  ]),
  ...tagged('budget', [
    opt('Optimise $1.3M across channels, TV min 300k', {
      budget: 1300000,
      constraints: { min: { [tv]: 300000 } },
    }),
    opt('Best allocation for half a mil over the next 6 weeks?', { budget: 500000, horizon: 6 }),
    opt('£250k to spend over 8 weeks, no more than 40% on any one channel - best split?', {
      budget: 250000,
      horizon: 8,
      constraints: { maxShare: each(0.4) },
    }),
    opt("reallocate the current budget, but don't cut search below 200k and cap tiktok at 150k", {
      constraints: { min: { [search]: 200000 }, max: { [tiktok]: 150000 } },
    }),
    opt("If we could only move money between search, FB and tiktok, what's the best split?", {
      channels: [search, fb, tiktok],
    }),
    opt("Budget's being cut by 15%. How do we reallocate to lose the least?", {
      budgetChangePct: -15,
    }),
    opt("What's the smallest budget that gets us +5% revenue?", {
      objective: 'target_kpi',
      targetKpiPct: 5,
    }),
    curve("At what weekly spend does radio's next dollar stop paying back?", { channel: radio }),
    mroi('If I had an extra 10k, which channel gives me the most back for it?'),
  ]),
  ...tagged('strategist', [
    opt('How far can we push total spend before the marginal ROAS drops below 1.5?', {
      objective: 'target_roas',
      targetRoas: 1.5,
    }),
    opt('Optimal mix with TV at least half of what it is today and no channel more than doubled', {
      constraints: { minMultiple: { [tv]: 0.5 }, maxMultiple: each(2) },
    }),
    opt('Maximise profit at a 25% margin, but keep search at least a fifth of spend', {
      objective: 'max_profit',
      margin: 0.25,
      constraints: { minShare: { [search]: 0.2 } },
    }),
    opt('What split gets the most revenue if we spend up to 1.5m, not necessarily all of it?', {
      budget: 1500000,
      totalMode: 'at_most',
    }),
    opt('What would we need to spend to hit 2.5m in sales this quarter, allocated optimally?', {
      objective: 'target_kpi',
      targetKpi: 2500000,
    }),
    curve('Where does search start hitting diminishing returns?', { channel: search }),
    curve('how much headroom does Meta have before it saturates?', { channel: fb }),
    mroi('Which channel has the highest mROAS right now?'),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget: budget 1.3e6, max_kpi, horizon 13', {
      budget: 1300000,
      objective: 'max_kpi',
      horizon: 13,
    }),
    opt('Run the optimiser with TV capped at 1.5x current and radio floored at 0.5x', {
      constraints: { maxMultiple: { [tv]: 1.5 }, minMultiple: { [radio]: 0.5 } },
    }),
    opt('Optimise for profit, margin 0.3, 26-week horizon', {
      objective: 'max_profit',
      margin: 0.3,
      horizon: 26,
    }),
    opt("What's the optimal split if facebook_spend can't exceed 25% of total?", {
      constraints: { maxShare: { [fb]: 0.25 } },
    }),
    curve("Show me facebook_spend's response curve out to 3x current spend", {
      channel: fb,
      maxMultiple: 3,
    }),
    curve("Plot display's saturation curve", { channel: display }),
    mroi('Rank channels by marginal ROI'),
  ]),
  ...tagged('slack', [
    opt('optimise pls', {}),
    opt('best mix for 800k?', { budget: 800000 }),
    opt('opt budget, lock tv + radio', { constraints: { locked: [tv, radio] } }),
    opt('max profit, 30% margin', { objective: 'max_profit', margin: 0.3 }),
    opt('how wd u spend 2m over 6 months', { budget: 2000000, horizon: 26 }),
    opt('whats the biggest budget we can run with mroas >= 2', {
      objective: 'target_roas',
      targetRoas: 2,
    }),
    curve('tiktok saturation curve?', { channel: tiktok }),
    curve('is PPC maxed out?', { channel: search }),
    mroi('mroi by channel?'),
  ]),
  ...tagged('followup', [
    opt(['best split for 1.3m next quarter', "same but TV can't go below 400k"], {
      budget: 1300000,
      constraints: { min: { [tv]: 400000 } },
    }),
    opt(['optimise the budget', 'and lock radio'], { constraints: { locked: [radio] } }),
    opt(['maximise profit', 'our margin is about 35%'], { objective: 'max_profit', margin: 0.35 }),
    opt(['how should I allocate 900k', 'over 10 weeks'], { budget: 900000, horizon: 10 }),
    opt(['optimise 1m', 'sorry, 1.2m'], { budget: 1200000 }),
    opt(['best mix with search capped at 30% of spend', 'make it 35%'], {
      constraints: { maxShare: { [search]: 0.35 } },
    }),
    opt(["what's the optimal split for next quarter?", 'and if we had 20% more to play with?'], {
      budgetChangePct: 20,
    }),
    opt(
      ['rank channels by marginal ROI', 'ok so how should we reallocate the current budget?'],
      {},
    ),
    curve(['show me the response curve for TV', 'now search'], { channel: search }),
    curve(['is FB saturated?', 'what about tiktok'], { channel: tiktok }),
  ]),
];
