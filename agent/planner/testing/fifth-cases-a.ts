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
 * Fifth held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET with
 * a flat history of 100k a week in all (1.3M over the default 13-week quarter). Amounts are
 * totals over the horizon; percents are in points. Do not tune on single rows.
 */

export const FIFTH_CASES_A: TaggedCase[] = [
  // executives: what-ifs asked in context
  ...tagged('exec', [
    whatIf(
      'Our CFO wants to know: if we trimmed TV by 15 percent next quarter, how much revenue would we give up?',
      [scale(tv, -15)],
    ),
    whatIf(
      'Quick one before the board meeting - what happens to sales if we switch off display entirely?',
      [set(display, 0)],
    ),
    whatIf(
      'Honestly, could we take a fifth of the radio budget and put it into search without losing anything?',
      [move(radio, search, { percent: 20 })],
    ),
    whatIf(
      'Finance needs £195k of savings from the total media budget. What does that do to revenue?',
      [total(-15)],
    ),
    whatIf('The CEO floated moving $250K from TV into TikTok. Sensible?', [
      move(tv, tiktok, { amount: 250000 }),
    ]),
    whatIf('What if we boosted search by 20% and cut radio by 20% at the same time?', [
      scale(search, 20),
      scale(radio, -20),
    ]),
    whatIf('I keep hearing we should pull back on Facebook by about a third. Impact?', [
      scale(fb, -33.33),
    ]),
    mroi('Which channel gives us the most bang for the next pound?', { sortBy: 'mroi' }),
  ]),
  // budget owners: splits of a given budget
  ...tagged('budget_owner', [
    opt("I've got 1.8 million for next quarter. How should I carve it up?", { budget: 1800000 }),
    opt('Budget for Q1 is €2.2m - what is the revenue-maximising allocation?', { budget: 2200000 }),
    opt("We're being asked to run with 15% less next quarter. Where should the cuts fall?", {
      budgetChangePct: -15,
    }),
    opt(
      'If I get an extra $260k on top of the current budget, how would you deploy the whole thing?',
      {
        budgetChangePct: 20,
      },
    ),
    opt('Spend no more than $1.6M next quarter and maximise sales.', {
      budget: 1600000,
      totalMode: 'at_most',
    }),
    opt('We have 8 weeks left in the quarter and 700k unspent - best split?', {
      budget: 700000,
      horizon: 8,
    }),
    opt('How should we split a 5.2m budget across channels for a full year?', {
      budget: 5200000,
      horizon: 52,
    }),
    opt('We can commit £450k per month. Optimal channel split?', { budget: 1350000 }),
    opt("What's the optimal mix for a ¥0.2bn quarter?", { budget: 200000000 }),
    whatIf('what if we put an extra 0.3mn into search', [add(search, 300000)]),
    curve('How much more could we push into search before it saturates?', { channel: search }),
  ]),
  // strategists: profit, ROAS floors, revenue targets, several receiving channels
  ...tagged('strategist', [
    opt(
      'Assume we keep about 40 pence of every pound of revenue as margin - which plan maximises profit?',
      { objective: 'max_profit', margin: 0.4 },
    ),
    opt('With a 2M budget and a 30% margin, how do we maximise profit?', {
      objective: 'max_profit',
      margin: 0.3,
      budget: 2000000,
    }),
    opt(
      "What's the biggest budget we can run while every extra dollar still brings back at least $1.80?",
      { objective: 'target_roas', targetRoas: 1.8 },
    ),
    opt("What's the cheapest plan that grows revenue by 10%?", {
      objective: 'target_kpi',
      targetKpiPct: 10,
    }),
    opt('We need 15 million in revenue next quarter. What is the minimum spend to get there?', {
      objective: 'target_kpi',
      targetKpi: 15000000,
    }),
    {
      q: 'How much more revenue could we get from the same money just by reallocating it?',
      intent: 'optimize',
      tools: ['optimize_budget'],
    },
    whatIf('move 300k out of TV, split evenly between search and TikTok', [
      move(tv, [search, tiktok], { amount: 300000 }),
    ]),
    whatIf('What if a quarter of display went to facebook and tiktok?', [
      move(display, [fb, tiktok], { percent: 25 }),
    ]),
    curve("At what weekly spend does radio's marginal ROAS fall below 1?", { channel: radio }),
    mroi('If we found an extra dollar tomorrow, which channel should get it?', { sortBy: 'mroi' }),
  ]),
  // constraints
  ...tagged('constraints', [
    opt('Optimise the mix, but TV must keep at least 35% of the budget.', {
      constraints: { minShare: { [tv]: 0.35 } },
    }),
    opt('Best allocation of 2.4m with TikTok capped at 10% of spend', {
      budget: 2400000,
      constraints: { maxShare: { [tiktok]: 0.1 } },
    }),
    opt('Reallocate the budget but leave search untouched.', { constraints: { locked: [search] } }),
    opt("Optimize, but don't let any channel go above 1.5x its current level", {
      constraints: { maxMultiple: each(1.5) },
    }),
    opt('rebalance the budget, but no channel should lose more than 30%', {
      constraints: { minMultiple: each(0.7) },
    }),
    opt('Optimise between search, facebook and tiktok only; leave the rest as is', {
      channels: [search, fb, tiktok],
    }),
    opt('best split of $1.3M, radio at least 100k and display no more than 150k', {
      budget: 1300000,
      constraints: { min: { [radio]: 100000 }, max: { [display]: 150000 } },
    }),
    opt('optimize; facebook can go up at most 50% and TV can be cut by at most a quarter', {
      constraints: { maxMultiple: { [fb]: 1.5 }, minMultiple: { [tv]: 0.75 } },
    }),
    opt('optimise the budget with TV capped at 40k a week', {
      constraints: { max: { [tv]: 520000 } },
    }),
  ]),
  // terse Slack
  ...tagged('slack', [
    whatIf('20% radio -> tiktok', [move(radio, tiktok, { percent: 20 })]),
    opt('opt 2.5m, max profit @ 35% margin', {
      budget: 2500000,
      objective: 'max_profit',
      margin: 0.35,
    }),
    whatIf('tiktok x3?', [scale(tiktok, 200)]),
    whatIf('tv at 60k/wk?', [set(tv, 780000)]),
    mroi('marginal roi on tiktok rn?'),
  ]),
  // typos
  ...tagged('typo', [
    whatIf('what hapens if we cut televison by 40%', [scale(tv, -40)]),
    whatIf('shfit 100k from radoi to facebok', [move(radio, fb, { amount: 100000 })]),
    opt('optimse a budgte of 3m for max proft at 25% margn', {
      budget: 3000000,
      objective: 'max_profit',
      margin: 0.25,
    }),
    curve('saturaton curve for serch', { channel: search }),
  ]),
  // numbers in words
  ...tagged('words', [
    whatIf('what if we took two hundred and fifty thousand out of TV', [add(tv, -250000)]),
    whatIf('put three quarters of the display budget into search', [
      move(display, search, { percent: 75 }),
    ]),
    whatIf('cut radio by a tenth', [scale(radio, -10)]),
    opt('how would you spend one point two million next quarter', { budget: 1200000 }),
  ]),
  // per-period amounts and horizons (default horizon 13 weeks; 7 days a week)
  ...tagged('per_period', [
    whatIf('what if we add 2k a day to tiktok', [add(tiktok, 182000)]),
    whatIf(
      'move 8k a week from TV into Facebook for the next 10 weeks',
      [move(tv, fb, { amount: 80000 })],
      10,
    ),
    whatIf('Set search at 45k per week for the next six months', [set(search, 1170000)], 26),
    whatIf('What if we add USD 1.2M to TV over the next 6 months?', [add(tv, 1200000)], 26),
  ]),
  // analysts: response curves and marginal ROI
  ...tagged('analyst', [
    curve('Show me where TV starts hitting diminishing returns.', { channel: tv }),
    curve('plot the response curve for display out to 4x current spend', {
      channel: display,
      maxMultiple: 4,
    }),
    curve('facebook curve up to five times current spend, with 81 points', {
      channel: fb,
      maxMultiple: 5,
      points: 81,
    }),
    mroi("What's the marginal ROAS of each channel at current spend?", { sortBy: 'mroi' }),
  ]),
];
