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
import type { TaggedCase } from './planner-case';

/**
 * Tenth held-out set, part A: what-ifs, budget splits and optimisations, response curves and
 * marginal ROI. Written blind (without reading or running the planner) against TEST_DATASET's
 * channels (TV, Search, Facebook, TikTok, Display, Radio) with a flat history of 100k a week in
 * all (1.3M over the default 13-week quarter, 2.6M over 26 weeks). Amounts are totals over the
 * horizon (a month is a third of a quarter, 13/3 weeks; a day a seventh of a week, so the default
 * quarter has 91 days); percents are in points (20 means 20%), shares are fractions (0.4). Only
 * unambiguous arguments are expected, and a horizon only when the user gave one. Channel lists
 * are asked for in dataset order; changes in the order they were said. Do not tune on single
 * rows.
 */

export const TENTH_CASES_A: TaggedCase[] = [
  // executives: context and company figures around the ask, corrections, plain words
  ...tagged('exec', [
    // banners are display
    whatIf(
      'Morning - prepping for the QBR. Our CEO keeps asking why we still pay for banners. If display went to zero, how much revenue would we actually lose?',
      [set(display, 0)],
    ),
    // £410m and 2,300 staff are company figures, not arguments
    whatIf(
      "We did £410m revenue last year with ~2,300 staff, so nobody's going to notice a small change. What does a 25% cut to TikTok do to sales?",
      [scale(tiktok, -25)],
    ),
    whatIf('If we put an extra 50 grand into radio, what comes back?', [add(radio, 50_000)]),
    // telly is TV; the user corrects 60% to 80%
    whatIf(
      "Board wants a 'go big on telly' number. Say TV goes up 60%... no, make it 80%. Revenue impact?",
      [scale(tv, 80)],
    ),
    whatIf(
      "Straight question: halve our Facebook spend, what happens to revenue? We'd just bank the saving.",
      [scale(fb, -50)],
    ),
    // "next quarter" is the default horizon and the period of the plan; the change is to the total
    whatIf(
      'If we cut the whole marketing budget by 12% next quarter, how bad is it for the top line?',
      [total(-12)],
    ),
    whatIf(
      'Thinking about our H2 plan: over the next 26 weeks, what would moving 20% of TV into paid search do?',
      [move(tv, search, { percent: 20 })],
      26,
    ),
    // €2.4bn and 14 markets are company figures; 30k is the amount moved
    whatIf(
      "€2.4bn turnover, 14 markets, and we're debating 30k. If we took 30k out of radio and gave it to TikTok, is that a win?",
      [move(radio, tiktok, { amount: 30_000 })],
    ),
    whatIf('What would tripling our Google Ads search budget do to sales?', [scale(search, 200)]),
    whatIf('Honest answer please: if we switched off TikTok AND radio tomorrow, what do we lose?', [
      set(tiktok, 0),
      set(radio, 0),
    ]),
  ]),
  // budget managers: weekly, monthly and daily rates, fixed amounts, several changes at once
  ...tagged('budget', [
    // 20k a week over the default 13 weeks
    whatIf('What if TV ran at 20k a week instead of whatever it is now?', [set(tv, 20_000 * 13)]),
    // £5k a week for 8 weeks
    whatIf(
      "Add £5k/week to Search for the next 8 weeks - what's the incremental revenue?",
      [add(search, 40_000)],
      8,
    ),
    // 15k a month over the default quarter (three months)
    whatIf('Can we model adding 15k a month to display?', [add(display, 45_000)]),
    // 500 a day over the 91 days of the default quarter
    whatIf("Trim radio by 500 quid a day - what's the damage?", [add(radio, -500 * 91)]),
    whatIf('Scenario: FB +10%, TikTok +10%, Display -20%. Net revenue effect?', [
      scale(fb, 10),
      scale(tiktok, 10),
      scale(display, -20),
    ]),
    // "over the quarter" is the default horizon
    whatIf('What happens if we move 75k from TV to Facebook over the quarter?', [
      move(tv, fb, { amount: 75_000 }),
    ]),
    // an even split needs no weights
    whatIf('What if we took a third of display and split it evenly between search and tiktok?', [
      move(display, [search, tiktok], { percent: 100 / 3 }),
    ]),
    whatIf('Plan B: radio set to 100k for the quarter, everything else as is. Outcome?', [
      set(radio, 100_000),
    ]),
    // 260k on the 1.3M quarter is +20% on the total, spread like today
    whatIf(
      'What if we put an extra 260k in the overall pot this quarter, spread the same way as now?',
      [total(20)],
    ),
    whatIf('What if we added 40k to TikTok and 20k to radio?', [
      add(tiktok, 40_000),
      add(radio, 20_000),
    ]),
  ]),
  // strategists: scenarios with a story around them
  ...tagged('strategist', [
    whatIf(
      "We're launching in Q3 and need awareness. If we doubled TV and cut search by 10% to partly pay for it, what happens?",
      [scale(tv, 100), scale(search, -10)],
    ),
    // "all of radio" is 100 percent of it
    whatIf('What would shifting all of our radio money into TV do?', [
      move(radio, tv, { percent: 100 }),
    ]),
    // 10k a week over 52 weeks
    whatIf('For a 52-week view: what if we added 10k a week to Facebook?', [add(fb, 520_000)], 52),
    // Meta is Facebook in this dataset (the only Meta channel)
    whatIf(
      'Our Meta rep is pushing hard for more money. Flip side - what if Meta spend dropped 40%?',
      [scale(fb, -40)],
    ),
    // cutting TV 30% and putting the saving into display is a move of 30% of TV
    whatIf('Cut TV 30% and put the saving into programmatic display. Better or worse?', [
      move(tv, display, { percent: 30 }),
    ]),
    whatIf('Over 4 weeks, what if we went dark on TV?', [set(tv, 0)], 4),
  ]),
  ...tagged('analyst', [
    whatIf('Run a what-if: search_spend +35%, horizon 13 weeks.', [scale(search, 35)], 13),
    whatIf(
      'scenario: set facebook_spend = 0, display_spend = 0; keep everything else at reference',
      [set(fb, 0), set(display, 0)],
    ),
  ]),
  ...tagged('slack', [
    whatIf('wat if we 2x radio', [scale(radio, 100)]),
    whatIf('tiktok -15%?? impact on rev', [scale(tiktok, -15)]),
    whatIf('move 50k tv->search pls', [move(tv, search, { amount: 50_000 })]),
  ]),
  // follow-ups: the last message is judged, in context
  ...tagged('followup', [
    // "a quarter of radio" is 25% of it, not a period
    whatIf(
      [
        "We're arguing internally about radio vs TikTok - the agency says radio is dead.",
        'Settle it: what if we moved a quarter of radio into TikTok?',
      ],
      [move(radio, tiktok, { percent: 25 })],
    ),
    // "on top of that" keeps the TV change
    whatIf(
      ['What if TV went up 40%?', 'and if on top of that we cut display by 10%?'],
      [scale(tv, 40), scale(display, -10)],
    ),
    whatIf(
      ["What's the incremental revenue if we add 25k to Display?", 'sorry, make that 45k'],
      [add(display, 45_000)],
    ),
    // the follow-up keeps the 1.3m budget and adds a cap
    opt(["What's the optimal split of 1.3m?", 'and with TV capped at 300k?'], {
      budget: 1_300_000,
      constraints: { max: { [tv]: 300_000 } },
    }),
    curve(['Show me the response curve for search', 'can you extend it out to 4x?'], {
      channel: search,
      maxMultiple: 4,
    }),
  ]),
  // optimisation: budgets, constraints, objectives and targets
  ...tagged('exec', [
    opt(
      "We've got $1.5m for next quarter. How should we split it across channels to get the most revenue?",
      { budget: 1_500_000 },
    ),
    // a change from today's total is budgetChangePct
    opt("If the budget goes up 20%, what's the optimal mix?", { budgetChangePct: 20 }),
    // "about 40%" is the margin to use
    opt('How do we maximise profit rather than revenue? We run at about a 40% gross margin.', {
      objective: 'max_profit',
      margin: 0.4,
    }),
    // 4mn is a revenue target, not a budget
    opt("We need 4mn in revenue this quarter - what's the cheapest budget and mix to get there?", {
      objective: 'target_kpi',
      targetKpi: 4_000_000,
    }),
    opt("What's the smallest budget that gets us 10% more revenue than we make now?", {
      objective: 'target_kpi',
      targetKpiPct: 10,
    }),
  ]),
  ...tagged('budget', [
    opt(
      "Best allocation of 1.3m, but TV can't go below 400k because of the upfront deal we signed",
      { budget: 1_300_000, constraints: { min: { [tv]: 400_000 } } },
    ),
    opt('Optimise the split, but no single channel over 35% of the total please', {
      constraints: { maxShare: each(0.35) },
    }),
    // "keep fixed where they are" is locked
    opt('Re-optimise keeping radio and display fixed where they are', {
      constraints: { locked: [display, radio] },
    }),
    opt("Optimise for 1.2m max - we don't have to spend all of it", {
      budget: 1_200_000,
      totalMode: 'at_most',
    }),
    // 110k a week over 26 weeks
    opt('Best mix for a 26-week plan at 110k a week?', { budget: 2_860_000, horizon: 26 }),
    opt('Cut the budget 10% and tell me the best way to allocate what is left.', {
      budgetChangePct: -10,
    }),
  ]),
  ...tagged('strategist', [
    opt(
      'How far can we push total spend before the marginal ROAS drops below 1.5? Give me the budget and mix.',
      { objective: 'target_roas', targetRoas: 1.5 },
    ),
    // PPC is paid search; the other channels stay where they are
    opt(
      "Keeping the total the same, what's the best way to reshuffle between PPC, Facebook and TikTok? Don't touch the rest.",
      { channels: [search, fb, tiktok] },
    ),
    opt(
      'Optimal split, but no channel more than double what it gets today and none below half of it',
      { constraints: { maxMultiple: each(2), minMultiple: each(0.5) } },
    ),
    opt('We must keep at least 15% of spend on TV for brand reasons. Optimise with that.', {
      constraints: { minShare: { [tv]: 0.15 } },
    }),
  ]),
  // response curves and marginal ROI
  ...tagged('strategist', [
    curve("Can you pull up TV's response curve?", { channel: tv }),
    curve('What does the saturation curve look like for Facebook, out to 3x current spend?', {
      channel: fb,
      maxMultiple: 3,
    }),
    curve('Plot diminishing returns on TikTok up to 5x', { channel: tiktok, maxMultiple: 5 }),
    // banners are display
    curve('Can I see the spend-vs-revenue curve for our banners?', { channel: display }),
    mroi('Which channel has the highest marginal ROI right now?'),
    mroi("What's the marginal return on the next pound we put into TV?"),
  ]),
  ...tagged('analyst', [
    curve('radio response curve, 100 points, up to 4x', {
      channel: radio,
      maxMultiple: 4,
      points: 100,
    }),
    mroi(
      "Where does an extra dollar work hardest at current spend - which channel's got the best marginal ROAS?",
    ),
  ]),
  ...tagged('slack', [mroi('mROI by channel pls')]),
];
