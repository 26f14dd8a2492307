import {
  add,
  display,
  each,
  fb,
  move,
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
 * Twelfth held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET's
 * channels (TV, Search, Facebook, TikTok, Display, Radio) with a flat history of 100k a week in
 * all (1.3M over the default 13-week quarter, 2.0M over 20 weeks, 2.6M over 26 weeks). Amounts
 * are totals over the horizon (a month is a third of a quarter, 13/3 weeks, so six months are 26
 * weeks; a day a seventh of a week, so the default quarter has 91 days and 4 weeks 28 days);
 * percents are in points (20 means 20%), shares are fractions (0.4). Only unambiguous arguments
 * are expected, and a horizon only when the user gave one. Channel lists are asked for in dataset
 * order; changes in the order they were said. Do not tune on single rows.
 */

export const TWELFTH_CASES_A: TaggedCase[] = [
  // executives: context, company figures, corrections, words for numbers
  ...tagged('exec', [
    whatIf(
      "Ahead of Thursday's board meeting our COO asked me, word for word, 'what do we lose if we stop paying for radio ads?' Can you put a number on it?",
      [set(radio, 0)],
    ),
    // "three quarters" is 75 percent, not a period
    whatIf('If TV spend went up by three quarters, what would happen to revenue?', [scale(tv, 75)]),
    // one dollar in ten is 10% of the whole budget
    whatIf(
      "The CFO's proposal is to take one dollar in every ten out of the marketing budget. What would that cost us in revenue?",
      [total(-10)],
    ),
    whatIf("I'm told we could redeploy €90k of display money into search. Is it worth it?", [
      move(display, search, { amount: 90_000 }),
    ]),
    // £1.2bn is the size of the company; £25k is the change
    whatIf(
      "We're a £1.2bn business so this is small beer, but if display spend went up by £25k what happens to sales?",
      [add(display, 25_000)],
    ),
    // the user corrects 250k to 200k
    whatIf('If TV lost 250k - no, call it 200k - how much revenue goes with it?', [
      add(tv, -200_000),
    ]),
    // "doubled down" is backed by "twice the spend"; the next year is 52 weeks
    whatIf(
      'Over the next year, what if we really doubled down on paid search, as in literally twice the spend?',
      [scale(search, 100)],
      52,
    ),
  ]),
  // budget managers: weekly, monthly and daily rates, fixed amounts, several changes at once
  ...tagged('budget', [
    // 7.5k a week over the default 13 weeks
    whatIf(
      'If we held display at a steady €7.5k every week through the quarter, what would revenue look like?',
      [set(display, 7_500 * 13)],
    ),
    // 2,000 a day over the 28 days of 4 weeks
    whatIf('Add 2,000 a day to TikTok for 4 weeks - what comes back?', [add(tiktok, 56_000)], 4),
    // 20k a month for six months (26 weeks)
    whatIf(
      'Radio: minus 20k per month over the next 6 months. Impact on revenue?',
      [add(radio, -120_000)],
      26,
    ),
    // an even split needs no weights; receivers in dataset order
    whatIf('Please model transferring 35% of radio spend, split evenly across TV and Facebook.', [
      move(radio, [tv, fb], { percent: 35 }),
    ]),
    // 150k on the 2.0M of 20 weeks is +7.5% on the total
    whatIf(
      'Scenario for the next 20 weeks: lift the total budget by 150k, same mix as today.',
      [total(7.5)],
      20,
    ),
    // 60k is Facebook's total over the 6 weeks
    whatIf(
      'For 6 weeks: TikTok off entirely, and Facebook at 60k for those same 6 weeks. What happens?',
      [set(tiktok, 0), set(fb, 60_000)],
      6,
    ),
    whatIf('What if we added £30K to search, £20k to Facebook and £10k to TikTok?', [
      add(search, 30_000),
      add(fb, 20_000),
      add(tiktok, 10_000),
    ]),
    // 9k a month over the three months of the default quarter
    whatIf('What if radio ran at £9k a month for the quarter?', [set(radio, 27_000)]),
  ]),
  // strategists: scenarios with a story around them
  ...tagged('strategist', [
    // two different sizes, so two changes rather than a move; "this year" is context
    whatIf(
      "We're chasing Gen Z this year. What if TikTok got 60% more, paid for by cutting TV 15%?",
      [scale(tiktok, 60), scale(tv, -15)],
    ),
    // a holdout plan stays a what-if
    whatIf(
      'If we pulled Facebook entirely for an 8-week holdout, how much revenue would we give up?',
      [set(fb, 0)],
      8,
    ),
    // down to a quarter of today's level is -75%
    whatIf("Suppose display were cut to a quarter of today's level. What's the impact?", [
      scale(display, -75),
    ]),
    // an even split over three receivers, in dataset order
    whatIf('Take 80k out of TV and spread it evenly over search, TikTok and radio - worth doing?', [
      move(tv, [search, tiktok, radio], { amount: 80_000 }),
    ]),
    // two requests: the what-if is answered first
    whatIf('What if we doubled radio, and after that could you show me its response curve?', [
      scale(radio, 100),
    ]),
  ]),
  ...tagged('analyst', [
    whatIf('what_if(changes=[scale tv_spend -12%], horizon=13)', [scale(tv, -12)], 13),
    whatIf('Simulate facebook_spend := 150000 with horizon 10.', [set(fb, 150_000)], 10),
    // two deltas as said, not a move
    whatIf('Δ search_spend = +40k, Δ display_spend = -40k; report the incremental KPI.', [
      add(search, 40_000),
      add(display, -40_000),
    ]),
    whatIf('Run total spend +3.5% vs the reference plan, 26-week horizon.', [total(3.5)], 26),
  ]),
  ...tagged('slack', [
    // the mention is not part of the question
    whatIf('<@U04MIXPILOT> what happens if we cut tiktok by 30%', [scale(tiktok, -30)]),
    // *halve* is Slack bold
    whatIf('what if we *halve* display?? :thinking_face:', [scale(display, -50)]),
    // typos: waht, cutt, raido
    whatIf('waht if we cutt raido by 20 %', [scale(radio, -20)]),
  ]),
  // follow-ups: the last message is judged, in context
  ...tagged('followup', [
    // "just 50%" replaces the doubling
    whatIf(
      ['Run TikTok at double its current spend - what happens?', 'hmm, what about just 50%?'],
      [scale(tiktok, 50)],
    ),
    // "instead" replaces the channel; the cut stays 20%
    whatIf(['Model a 20% cut to display', 'same again but for radio instead'], [scale(radio, -20)]),
    // forty thousand in words; the receiver is replaced
    whatIf(
      ['What if we moved forty thousand from TV to search?', 'and if it went to Facebook instead?'],
      [move(tv, fb, { amount: 40_000 })],
    ),
    whatIf(
      ['What happens if we increase search by 15%?', 'run that over 39 weeks'],
      [scale(search, 15)],
      39,
    ),
    // "as well" keeps radio off
    whatIf(
      ['What would switching off radio do?', 'and display as well?'],
      [set(radio, 0), set(display, 0)],
    ),
    // the second turn gives the size and the receiver
    whatIf(
      ['I want to test a budget shift out of TV', '30% of it, into TikTok'],
      [move(tv, tiktok, { percent: 30 })],
    ),
    // 25k a week over the default 13 weeks
    whatIf(
      ['What if we added 25k to Facebook?', 'sorry, I meant 25k per week'],
      [add(fb, 25_000 * 13)],
    ),
    // "it" is TV from the first turn
    whatIf(["What's TV's marginal ROI?", 'ok - so what if we raised it by 10%?'], [scale(tv, 10)]),
    // "it" is radio; a third is 33.3%
    whatIf(
      ['Show me the response curve for radio', 'fine, then model cutting it by a third'],
      [scale(radio, -100 / 3)],
    ),
    // the direction flips, the size stays
    whatIf(['What if the total budget went up 10%?', 'and down 10%?'], [total(-10)]),
    // "as well" keeps the TV change
    whatIf(
      ['What if TV were 200k this quarter?', 'and set Facebook to 150k as well'],
      [set(tv, 200_000), set(fb, 150_000)],
    ),
  ]),
  // optimisation: budgets, constraints, objectives and targets
  ...tagged('exec', [
    // "for the quarter" is the default horizon
    opt('Finance has signed off €1.6m for the quarter. How do I split it to sell the most?', {
      budget: 1_600_000,
    }),
    opt(
      'Profit matters more than revenue to the board. At a 28% contribution margin, how should we allocate?',
      { objective: 'max_profit', margin: 0.28 },
    ),
    opt(
      'We need revenue 12% above where it is today. What is the least we can spend to get there?',
      {
        objective: 'target_kpi',
        targetKpiPct: 12,
      },
    ),
    // six months is 26 weeks
    opt("What's the best we could do with two million dollars over six months?", {
      budget: 2_000_000,
      horizon: 26,
    }),
  ]),
  ...tagged('budget', [
    opt('Best allocation of 1.25m where TikTok gets no more than 100k and radio at least 80k.', {
      budget: 1_250_000,
      constraints: { min: { [radio]: 80_000 }, max: { [tiktok]: 100_000 } },
    }),
    // half of today's spend is a multiple of 0.5
    opt(
      "Optimise across the channels, but don't let display drop below half of what it gets today.",
      { constraints: { minMultiple: { [display]: 0.5 } } },
    ),
    // "holding flat" is locked
    opt('Can you re-optimise while holding search flat?', { constraints: { locked: [search] } }),
    opt(
      "We have up to $1.2m but we'd happily underspend if the returns aren't there. Best split?",
      {
        budget: 1_200_000,
        totalMode: 'at_most',
      },
    ),
    // 95k a week over the 8 weeks the user named
    opt("For 8 weeks at £95k a week, what's the best mix?", { budget: 760_000, horizon: 8 }),
    opt('Optimise 1.3m with every channel getting at least 5% of the total.', {
      budget: 1_300_000,
      constraints: { minShare: each(0.05) },
    }),
  ]),
  ...tagged('strategist', [
    opt(
      'Keep growing spend as long as each extra pound brings back at least £1.40 in revenue. How far does that take us, and with what split?',
      { objective: 'target_roas', targetRoas: 1.4 },
    ),
    opt('Maximise revenue, with TV capped at 3x its current level and TikTok at 2x.', {
      constraints: { maxMultiple: { [tv]: 3, [tiktok]: 2 } },
    }),
    // cut by at most 25% is a floor of 0.75; raised by at most 60% a ceiling of 1.6
    opt(
      'No channel can be cut by more than 25% or raised by more than 60%. What is the optimal plan?',
      { constraints: { minMultiple: each(0.75), maxMultiple: each(1.6) } },
    ),
    opt(
      'Radio must stay at least 10% of the mix and search no more than 35%. Optimise on that basis.',
      { constraints: { minShare: { [radio]: 0.1 }, maxShare: { [search]: 0.35 } } },
    ),
    opt('Keep TikTok and radio locked and optimise the rest for profit - assume a 45% margin.', {
      objective: 'max_profit',
      margin: 0.45,
      constraints: { locked: [tiktok, radio] },
    }),
  ]),
  ...tagged('analyst', [
    opt('optimize_budget objective=target_kpi targetKpi=4.2m horizon=13', {
      objective: 'target_kpi',
      targetKpi: 4_200_000,
      horizon: 13,
    }),
    opt('Optimiser run: budget 1.3M, total mode at_most, maxShare tv_spend 0.3.', {
      budget: 1_300_000,
      totalMode: 'at_most',
      constraints: { maxShare: { [tv]: 0.3 } },
    }),
  ]),
  ...tagged('slack', [
    opt('best split for 1.5mn pls 🙏', { budget: 1_500_000 }),
    opt('<@U0PLAN> optimise for profit, margin 30%', { objective: 'max_profit', margin: 0.3 }),
  ]),
  ...tagged('followup', [
    opt(['How should I split 1.4m?', 'with search getting at least 300k'], {
      budget: 1_400_000,
      constraints: { min: { [search]: 300_000 } },
    }),
    opt(["What's the best allocation for next quarter?", 'and if the budget were 20% lower?'], {
      budgetChangePct: -20,
    }),
    // a half-year plan is 26 weeks; the 1.2m stays
    opt(['Give me the optimal split of 1.2m', 'make that a half-year plan'], {
      budget: 1_200_000,
      horizon: 26,
    }),
    opt(['Optimise for profit, margin 40%', "actually the margin's nearer 32%"], {
      objective: 'max_profit',
      margin: 0.32,
    }),
    // the three channels in dataset order; the rest stay put
    opt(['Best split of the current budget?', 'only between TikTok, Facebook and search though'], {
      channels: [search, fb, tiktok],
    }),
  ]),
];
