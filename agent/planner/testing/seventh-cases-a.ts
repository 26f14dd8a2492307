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
  row,
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
 * Seventh held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET's
 * channels with a flat history of 100k a week in all (1.3M over the default 13-week quarter, 2.6M
 * over 26 weeks). Amounts are totals over the horizon (a month is a third of a quarter, a day a
 * seventh of a week); percents are in points (20 means 20%), shares are fractions (0.4). Only
 * unambiguous arguments are expected, and a horizon only when the user gave one. Channel lists
 * are asked for in dataset order. Do not tune on single rows.
 */

export const SEVENTH_CASES_A: TaggedCase[] = [
  // executives: context first, synonyms, corrections mid-message
  ...tagged('exec', [
    whatIf(
      'Quick one before I walk into the steering committee: if we pulled display entirely, how much revenue walks out the door?',
      [set(display, 0)],
    ),
    whatIf(
      'Our CFO wants to see the downside of a 15% across-the-board cut to media. Can you model it?',
      [total(-15)],
    ),
    // "linear" is linear TV
    whatIf('If we took linear up by 25%, what would the model expect to come back?', [
      scale(tv, 25),
    ]),
    // "2 minutes" is not an amount; the horizon is 8 weeks
    whatIf(
      "I've got 2 minutes. What happens to sales over the next 8 weeks if search is cut in half?",
      [scale(search, -50)],
      8,
    ),
    whatIf('Board question: what if we redirect €60k of radio money into Facebook and TikTok?', [
      move(radio, [fb, tiktok], { amount: 60000 }),
    ]),
    // FY25 is a year, not an amount; two changes applied in order
    whatIf(
      'Heading into FY25 planning: what if we trim total spend by 10% and, on top of that, move 10% of TV into search?',
      [total(-10), move(tv, search, { percent: 10 })],
    ),
    // the user corrects 20% to 15%; "offsite" is not a channel
    whatIf('For the exec offsite deck: what if search went up 20%? Sorry, make that 15%.', [
      scale(search, 15),
    ]),
  ]),
  // budget owners: an envelope, a change to it, or a ceiling
  ...tagged('budget_owner', [
    opt(
      "We've been signed off for £1.8m next quarter. How would you carve it up across channels?",
      {
        budget: 1800000,
      },
    ),
    // 130k on top of the 1.3M quarter is +10%
    opt('Say the pot grows by $130k on top of the usual quarter. Where would you put all of it?', {
      budgetChangePct: 10,
    }),
    // 2025 is a year; the horizon is given as 26 weeks
    opt("Planning H1 2025: 26 weeks, $2.2M in total. What's the best allocation?", {
      budget: 2200000,
      horizon: 26,
    }),
    opt("What's the optimal mix if I spend up to 1.2 million? Happy to come in under.", {
      budget: 1200000,
      totalMode: 'at_most',
    }),
    // $1.2bn is the company's size, not the budget
    opt("We're a $1.2bn retailer and our quarterly media budget is $1.4m. Best split?", {
      budget: 1400000,
    }),
    // 195k out of the 1.3M quarter is -15%
    opt("Finance clawed back 195k from this quarter's media. Best allocation of what remains?", {
      budgetChangePct: -15,
    }),
    // a range, but the user picks the top end
    opt(
      'Budget for next quarter is somewhere between 1.3m and 1.5m, not final yet. Can you optimise for the top end for now?',
      { budget: 1500000 },
    ),
    opt(
      "I might be wrong, but I reckon we'll get maybe 6% more budget next quarter - how would you split it?",
      { budgetChangePct: 6 },
    ),
  ]),
  // agency strategists: profit, ROAS floors, revenue targets, several receiving channels
  ...tagged('strategist', [
    // 35 percent is the margin, not a change
    opt(
      'Our gross margin on this account is 35 percent. Find the profit-maximising split of a 1.6m budget.',
      { budget: 1600000, objective: 'max_profit', margin: 0.35 },
    ),
    opt(
      'Client only cares about iROAS at the margin: the next dollar has to return at least 1.8. How much can we deploy?',
      { objective: 'target_roas', targetRoas: 1.8 },
    ),
    opt(
      'Client wants revenue up 12% on the current plan. What is the minimum spend that gets there?',
      {
        objective: 'target_kpi',
        targetKpiPct: 12,
      },
    ),
    opt('The revenue target is €11m over the next 26 weeks. Cheapest way to get there?', {
      objective: 'target_kpi',
      targetKpi: 11000000,
      horizon: 26,
    }),
    whatIf(
      'Pitch scenario: take 30% out of TV and spread it equally across search, facebook and tiktok',
      [move(tv, [search, fb, tiktok], { percent: 30 })],
    ),
    // Written before what_if could lay spend out evenly: "always-on" is now TikTok's flighting.
    row(
      'If TikTok went always-on at double its current weight while radio is cut in half, what is the net effect?',
      'whatif',
      { changes: [scale(tiktok, 100), scale(radio, -50)], flighting: { [tiktok]: 'even' } },
    ),
    // the halo remark is context; the question is Facebook's curve
    curve(
      'Client thinks social has a halo on search. Park that - just show me the facebook response curve out to 4x current spend.',
      { channel: fb, maxMultiple: 4 },
    ),
    // "social proof" is a creative idea, not the social channels
    whatIf(
      "We're leaning on social proof in the creative this quarter. What if we scaled TikTok up by 25%?",
      [scale(tiktok, 25)],
    ),
  ]),
  // constraints of every kind
  ...tagged('constraints', [
    opt("Optimise the mix, but don't let any single channel take more than 30% of the total", {
      constraints: { maxShare: each(0.3) },
    }),
    opt("Reallocate, keeping display and radio locked at today's levels", {
      constraints: { locked: [display, radio] },
    }),
    opt('Best split of $1.4m, with TV no lower than $300k and search no higher than $350k', {
      budget: 1400000,
      constraints: { min: { [tv]: 300000 }, max: { [search]: 350000 } },
    }),
    opt(
      'Optimise, but TikTok can at most double and Facebook must keep at least 70% of its spend',
      {
        constraints: { maxMultiple: { [tiktok]: 2 }, minMultiple: { [fb]: 0.7 } },
      },
    ),
    opt('Run the optimiser on search, TikTok and display only', {
      channels: [search, tiktok, display],
    }),
    opt('Optimise a 1.3m budget: search needs at least a 25% share and radio no more than 5%', {
      budget: 1300000,
      constraints: { minShare: { [search]: 0.25 }, maxShare: { [radio]: 0.05 } },
    }),
    opt('Maximise profit at a 25% margin, keeping TV between 0.8x and 1.2x of what it gets now', {
      objective: 'max_profit',
      margin: 0.25,
      constraints: { minMultiple: { [tv]: 0.8 }, maxMultiple: { [tv]: 1.2 } },
    }),
    // "nothing else" is every channel but TV
    opt(
      'Optimise for revenue; TV must stay at or above £250k and nothing else may go beyond 2.5x its current level',
      {
        constraints: {
          min: { [tv]: 250000 },
          maxMultiple: { [search]: 2.5, [fb]: 2.5, [tiktok]: 2.5, [display]: 2.5, [radio]: 2.5 },
        },
      },
    ),
  ]),
  // terse Slack
  ...tagged('slack', [
    whatIf('tiktok at 2x - what happens?', [scale(tiktok, 100)]),
    whatIf('radio off - impact?', [set(radio, 0)]),
    opt('opt 900k, max profit, 30% margin', {
      budget: 900000,
      objective: 'max_profit',
      margin: 0.3,
    }),
    whatIf('search -20%, tv +20% - net?', [scale(search, -20), scale(tv, 20)]),
    mroi('mroi by channel pls'),
    curve('curve tv 5x', { channel: tv, maxMultiple: 5 }),
  ]),
  // typos
  ...tagged('typo', [
    whatIf('waht if we cut dsiplay by 40 percnt', [scale(display, -40)]),
    opt('optimze for profti, our margn is 28%', { objective: 'max_profit', margin: 0.28 }),
    whatIf('shfit 50k from televison to serach', [move(tv, search, { amount: 50000 })]),
    curve('resopnse curve for radoi pls', { channel: radio }),
    mroi('whats the maginal roi on tiktkok'),
    opt('best alocation of 1.75m with facebok capped at 300k', {
      budget: 1750000,
      constraints: { max: { [fb]: 300000 } },
    }),
  ]),
  // numbers in words
  ...tagged('words', [
    whatIf('What if we put three hundred and ninety thousand more into search?', [
      add(search, 390000),
    ]),
    whatIf('What happens if radio drops by a quarter?', [scale(radio, -25)]),
    opt('Could you optimise a budget of one point nine million?', { budget: 1900000 }),
    // three times today is +200%
    whatIf('what if tiktok were three times what it is today', [scale(tiktok, 200)]),
    whatIf('Shift forty percent of display into facebook', [move(display, fb, { percent: 40 })]),
    curve('Show me the TV curve up to four times current spend', { channel: tv, maxMultiple: 4 }),
    whatIf('What if the whole budget went up by a tenth?', [total(10)]),
  ]),
  // per-period amounts become totals over the horizon
  ...tagged('per_period', [
    // 5k a week over the default 13 weeks
    whatIf('What if we added £5k a week to TikTok?', [add(tiktok, 65000)]),
    // 2k a week for 10 weeks
    whatIf('Cut display by 2k per week over the next 10 weeks', [add(display, -20000)], 10),
    // 30k a month over a quarter (three months)
    whatIf('What if search got an extra 30k a month?', [add(search, 90000)]),
    // 110k a week over 13 weeks
    opt('Optimise for a weekly budget of 110k', { budget: 1430000 }),
    // 500k a month over three months
    opt('Monthly media budget is $500k. How should it be split across channels?', {
      budget: 1500000,
    }),
    // 2.5k a day is 17.5k a week, for 6 weeks
    whatIf('What if we add 2.5k a day to facebook for 6 weeks?', [add(fb, 105000)], 6),
    // 8k a week over 13 weeks
    opt('optimise with tiktok at no more than 8k a week', {
      constraints: { max: { [tiktok]: 104000 } },
    }),
    // 15k a week for 26 weeks
    whatIf(
      'What if TV ran at £15k a week over the next 26 weeks instead of its current level?',
      [set(tv, 390000)],
      26,
    ),
  ]),
  // analysts: response curves and marginal ROI
  ...tagged('analyst', [
    curve('Plot the response curve for display out to 3.5x of current spend', {
      channel: display,
      maxMultiple: 3.5,
    }),
    curve("At what spend level does radio's marginal ROAS fall below 1?", { channel: radio }),
    mroi('Which channel has the best marginal ROI right now? Rank them for me.', {
      sortBy: 'mroi',
    }),
    curve('How saturated is search? Show me the curve.', { channel: search }),
    // Meta is Facebook's owner
    curve('Draw the Meta response curve up to 3x', { channel: fb, maxMultiple: 3 }),
    curve('Could you chart the TV response curve up to 1.5x and show where we sit on it today?', {
      channel: tv,
      maxMultiple: 1.5,
    }),
    mroi("Ignoring averages, what's TikTok's iROAS on the last dollar we spend?"),
  ]),
];
