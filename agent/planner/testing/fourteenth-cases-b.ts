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

/** Fourteenth table, part B: optimisation, response curves, marginal ROI (written blind). */
export const FOURTEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    opt('How should we split the budget to get the most revenue?', {}),
    opt('If I gave you $9m for the quarter, how would you spend it?', { budget: 9000000 }),
    opt("We're getting 10% less money next quarter. What's the best allocation?", {
      budgetChangePct: -10,
    }),
    opt("What's the smartest way to deploy an extra 15% of budget?", { budgetChangePct: 15 }),
    opt('Optimise for profit, we run at roughly a 40% margin.', {
      objective: 'max_profit',
      margin: 0.4,
    }),
    opt("What's the least we'd have to spend to grow sales 8%?", {
      objective: 'target_kpi',
      targetKpiPct: 8,
    }),
    mroi('Where does the next incremental dollar do the most work?'),
    curve('Have we maxed out paid search, or is there still room to grow it?', {
      channel: search,
    }),
  ]),
  ...tagged('budget', [
    opt('How far can we push spend before marginal ROAS drops under 1.2?', {
      objective: 'target_roas',
      targetRoas: 1.2,
    }),
    opt('Optimise 7.5m but keep TV at 1.5m minimum.', {
      budget: 7500000,
      constraints: { min: { [tv]: 1500000 } },
    }),
    opt('Best mix with no channel taking more than 35% of the budget.', {
      constraints: { maxShare: each(0.35) },
    }),
    opt('Optimal allocation with radio locked where it is.', {
      constraints: { locked: [radio] },
    }),
    opt("Optimise, but don't let any channel more than double.", {
      constraints: { maxMultiple: each(2) },
    }),
    opt('Optimise with search capped at 1.2m and display at least 300k', {
      constraints: { max: { [search]: 1200000 }, min: { [display]: 300000 } },
    }),
    opt("Up to $8m, we don't have to spend all of it. What's optimal?", {
      budget: 8000000,
      totalMode: 'at_most',
    }),
    opt('Best allocation of $15m over the next 26 weeks?', { budget: 15000000, horizon: 26 }),
    opt('Keep every channel at no less than half its current spend and optimise.', {
      constraints: { minMultiple: each(0.5) },
    }),
  ]),
  ...tagged('strategist', [
    opt('Rebalance between Facebook and TikTok only, leave the rest alone.', {
      channels: [fb, tiktok],
    }),
    opt('TikTok needs at least 10% of total budget. Optimise around that.', {
      constraints: { minShare: { [tiktok]: 0.1 } },
    }),
    opt('What budget gets us to $25m in sales at the lowest cost?', {
      objective: 'target_kpi',
      targetKpi: 25000000,
    }),
    opt(
      'Reoptimise the mix among the digital channels only: search, Facebook, TikTok and display.',
      {
        channels: [search, fb, tiktok, display],
      },
    ),
    opt("What's the ideal split if we hold TV and radio flat?", {
      constraints: { locked: [tv, radio] },
    }),
    curve('Show me the response curve for TV.', { channel: tv }),
    curve('Where is Meta sitting on its diminishing-returns curve?', { channel: fb }),
    curve('How much headroom does TikTok have before returns flatten out?', { channel: tiktok }),
    mroi('Which channel gives the most bang for the next buck?'),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget: objective max_profit, margin 0.25', {
      objective: 'max_profit',
      margin: 0.25,
    }),
    opt('Target ROAS optimisation at 2.0 please', { objective: 'target_roas', targetRoas: 2 }),
    curve("Plot radio's saturation curve out to 3x current spend.", {
      channel: radio,
      maxMultiple: 3,
    }),
    mroi("What's the marginal ROI on each channel right now?"),
    mroi('Marginal ROAS for TV at current spend?'),
  ]),
  ...tagged('slack', [
    opt('best split for 5m?', { budget: 5000000 }),
    opt('optimise pls, -20% budget', { budgetChangePct: -20 }),
    opt('how wud u allocate 10 mil', { budget: 10000000 }),
    curve('display response curve up to 5x pls', { channel: display, maxMultiple: 5 }),
  ]),
  ...tagged('followup', [
    opt(['Best split of $8m?', 'now with TV locked'], {
      budget: 8000000,
      constraints: { locked: [tv] },
    }),
    opt(['optimise the budget', 'same thing but with 20% more money'], { budgetChangePct: 20 }),
    curve(['Show me the TV curve', 'and for radio?'], { channel: radio }),
    opt(['How should we allocate $6m?', 'over 6 months instead'], {
      budget: 6000000,
      horizon: 26,
    }),
    opt(['Optimise for max revenue', 'actually maximise profit instead, margin is 30%'], {
      objective: 'max_profit',
      margin: 0.3,
    }),
    curve(['Is search saturated?', 'what about facebook'], { channel: fb }),
    opt(['optimal allocation pls', 'cap every channel at a 30% share'], {
      constraints: { maxShare: each(0.3) },
    }),
    opt(["What's the best mix at the current budget?", 'keep radio at 200k or more'], {
      constraints: { min: { [radio]: 200000 } },
    }),
    opt(['What is the marginal ROI by channel?', 'ok, so optimise the budget then'], {}),
  ]),
];
