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
 * Thirteenth held-out set, part B: budget splits and optimisations, response curves and marginal
 * ROI. Written blind (without reading or running the planner) against TEST_DATASET's channels
 * (TV, Search, Facebook, TikTok, Display, Radio) with a flat history of 100k a week in all (1.3M
 * over the default 13-week quarter). Budgets are totals over the horizon (80k a week for 10 weeks
 * is 800k; half a year is 26 weeks); a budget said as a change in percent is
 * budgetChangePct; percents are in points, shares and margins fractions, multiples of today's
 * spend plain numbers (70% of today is 0.7). Only unambiguous arguments are expected, and a
 * horizon only when the user gave one; channel lists in dataset order. Do not tune on single rows.
 */

export const THIRTEENTH_CASES_B: TaggedCase[] = [
  ...tagged('exec', [
    // three and a half million in words; half a year is 26 weeks
    opt(
      "We've got three and a half million for the next half-year. What's the smartest way to spread it?",
      { budget: 3_500_000, horizon: 26 },
    ),
    // a fifth more revenue is +20%
    opt("If we want to grow revenue by a fifth, what's the cheapest plan that gets us there?", {
      objective: 'target_kpi',
      targetKpiPct: 20,
    }),
    // 22 cents in the revenue dollar is a 0.22 margin
    opt('We keep 22 cents of every revenue dollar as gross margin - optimise the mix for profit.', {
      objective: 'max_profit',
      margin: 0.22,
    }),
    // "a quarter more" is +25%, not a period
    opt('If finance gave us a quarter more budget, how would you spend it?', {
      budgetChangePct: 25,
    }),
    // two asks: the optimisation first
    opt('Give me the optimal split of 1.3m, then tell me how reliable that is.', {
      budget: 1_300_000,
    }),
  ]),
  ...tagged('budget', [
    opt("Split £900k over the next 9 weeks; search can't go above 200k.", {
      budget: 900_000,
      horizon: 9,
      constraints: { max: { [search]: 200_000 } },
    }),
    // "this one" is the current quarter's budget
    opt('Re-plan the quarter with a budget 10 percent bigger than this one.', {
      budgetChangePct: 10,
    }),
    // "exactly where they are" is locked; in dataset order
    opt("What's the optimal allocation if we keep TV and search exactly where they are?", {
      constraints: { locked: [tv, search] },
    }),
    opt(
      'Can you optimise $1.1m but guarantee radio gets at least $100k and display at least $50k?',
      { budget: 1_100_000, constraints: { min: { [display]: 50_000, [radio]: 100_000 } } },
    ),
    // 80k a week over 10 weeks; spending it all is not required
    opt("We have at most 80k a week for the next 10 weeks; don't force us to spend it all.", {
      budget: 800_000,
      horizon: 10,
      totalMode: 'at_most',
    }),
    opt('Optimise with no channel above 30% of the total.', {
      constraints: { maxShare: each(0.3) },
    }),
  ]),
  ...tagged('strategist', [
    // the last dollar paying back $1.10 is a marginal ROAS floor
    opt(
      'Find the spend level where the last dollar just about pays back $1.10, and the mix at that point.',
      { objective: 'target_roas', targetRoas: 1.1 },
    ),
    // only these four are reallocated; dataset order
    opt('Rebalance just across search, Facebook, TikTok and display.', {
      channels: [search, fb, tiktok, display],
    }),
    // at most double is a ceiling of 2; not below 70% of today a floor of 0.7
    opt("TikTok shouldn't more than double and TV shouldn't fall below 70% of today. Best plan?", {
      constraints: { minMultiple: { [tv]: 0.7 }, maxMultiple: { [tiktok]: 2 } },
    }),
    // 3 million is a KPI level to reach
    opt('What mix gets us to 3 million in revenue this quarter at the lowest spend?', {
      objective: 'target_kpi',
      targetKpi: 3_000_000,
    }),
    // keeping 90% of today is a floor of 0.9 on every channel
    opt('Reshuffle for maximum sales; every channel keeps at least 90% of what it has now.', {
      constraints: { minMultiple: each(0.9) },
    }),
    opt('Radio must get at least 50k and at most 150k. Best plan for 1.3m?', {
      budget: 1_300_000,
      constraints: { min: { [radio]: 50_000 }, max: { [radio]: 150_000 } },
    }),
  ]),
  ...tagged('analyst', [
    // the objective named is the default, so it is not expected
    opt('optimize_budget(objective=max_kpi, budget=1300000, constraints.locked=[radio_spend])', {
      budget: 1_300_000,
      constraints: { locked: [radio] },
    }),
    opt('Optimiser: budgetChangePct -15, minShare search_spend 0.2, horizon 13', {
      budgetChangePct: -15,
      horizon: 13,
      constraints: { minShare: { [search]: 0.2 } },
    }),
    opt('Solve max_profit with margin=0.4 and maxMultiple 1.5 on every channel.', {
      objective: 'max_profit',
      margin: 0.4,
      constraints: { maxMultiple: each(1.5) },
    }),
  ]),
  ...tagged('slack', [
    opt('best mix for 2 mil over 26 wks?', { budget: 2_000_000, horizon: 26 }),
    opt('how would u split 750k bucks', { budget: 750_000 }),
  ]),
  ...tagged('followup', [
    opt(["What's the best split for 1.3m?", 'and with radio locked?'], {
      budget: 1_300_000,
      constraints: { locked: [radio] },
    }),
    opt(
      ['Optimise for revenue over the next quarter', 'switch the objective to profit, 25% margin'],
      { objective: 'max_profit', margin: 0.25 },
    ),
    // 26 replaces the default 13; the 2.4m stays
    opt(['Give me the best allocation of 2.4m', 'over 26 weeks, not 13'], {
      budget: 2_400_000,
      horizon: 26,
    }),
    opt(["How should we split next quarter's budget?", 'assume we get an extra 5%'], {
      budgetChangePct: 5,
    }),
    // three turns; "and" keeps the TikTok cap
    opt(['Optimise 1.5m', 'TikTok no more than 150k please', 'and Facebook no more than 200k'], {
      budget: 1_500_000,
      constraints: { max: { [fb]: 200_000, [tiktok]: 150_000 } },
    }),
  ]),
  // response curves and marginal ROI
  ...tagged('strategist', [
    curve('Show me how revenue from radio responds as we pour more money in.', { channel: radio }),
    curve('How quickly does TikTok saturate? I want to see the shape.', { channel: tiktok }),
    // two asks, both read off the curve
    curve("Can you show me search's response curve and also its marginal ROI?", {
      channel: search,
    }),
    mroi('If we add spend anywhere, is Facebook or search the better bet on the margin?'),
  ]),
  ...tagged('exec', [
    curve('Are we already at the point where more TV money barely moves the needle?', {
      channel: tv,
    }),
    mroi('Where does the next marginal dollar work hardest for us right now?'),
  ]),
  ...tagged('budget', [
    curve("Plot Facebook's spend-response curve out to three times current spend.", {
      channel: fb,
      maxMultiple: 3,
    }),
    mroi("Rank the channels by what an extra pound returns at today's spend."),
  ]),
  ...tagged('analyst', [
    curve('Response curve tiktok_spend, 0-5x, 101 points.', {
      channel: tiktok,
      maxMultiple: 5,
      points: 101,
    }),
    curve("Saturation curve for display; where's the half-saturation point?", {
      channel: display,
    }),
    mroi('Marginal ROAS by channel at the reference plan, please.'),
  ]),
  ...tagged('slack', [
    curve('search curve pls', { channel: search }),
    mroi('whats the mroi on tiktok'),
  ]),
  ...tagged('followup', [
    curve(["Show me TV's response curve", 'extend it to 4x'], { channel: tv, maxMultiple: 4 }),
    // "its" is Facebook
    curve(['What if we add 40k to Facebook?', 'show me where that sits on its response curve'], {
      channel: fb,
    }),
    mroi(["Show me radio's response curve", "and what's the marginal ROI at its current level?"]),
  ]),
];
