import { display, fb, radio, search, tiktok, tv } from './case-builders';
import type { TaggedCase } from './planner-case';

/**
 * Third held-out set, part A (what-ifs and budgets), written by people other than the planner's
 * author before any fix: a CMO, finance, an analyst, terse Slack, typos, numbers in words,
 * currencies, per-period amounts, money changes to the total and relative caps. Each case has a
 * `tag` for the per-kind report. Its first run is the "before" number; do not tune on single rows.
 */
export type { TaggedCase };

/** Flat reference the total-in-money cases are written against: 100k a week in all. */
export const WEEKLY_TOTAL_SPEND = 100_000;

export const PEOPLE_CASES_A: TaggedCase[] = [
  // CMO
  {
    tag: 'cmo',
    q: 'If we took 15% of the TV money and put it behind TikTok, would revenue go up?',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: tiktok, percent: 15 }] },
  },
  {
    tag: 'cmo',
    q: 'I want to understand what happens if we go heavier on search — say 50% more.',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 50 }] },
  },
  {
    tag: 'cmo',
    q: 'What does the model say about killing radio altogether?',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    tag: 'cmo',
    q: 'Our board wants a 20% cut to total marketing. What would that cost us in sales?',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: -20 }] },
  },
  {
    tag: 'cmo',
    q: 'Could we fund a bigger Facebook push by taking half of display?',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: display, to: fb, percent: 50 }] },
  },
  {
    tag: 'cmo',
    q: 'Give me the impact of moving $300k out of television and into social media',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: 'social', amount: 300000 }] },
  },
  {
    tag: 'cmo',
    q: 'How much revenue do we lose if TV drops by a quarter?',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -25 }] },
  },
  {
    tag: 'cmo',
    q: 'What is the best way to spend $4M next quarter?',
    intent: 'optimize',
    args: { budget: 4000000 },
  },
  {
    tag: 'cmo',
    q: 'If you had to cut 10% of the budget, where would you cut?',
    intent: 'optimize',
    args: { budgetChangePct: -10 },
  },
  {
    tag: 'cmo',
    q: 'Where is the money working hardest for us?',
    intent: 'contributions',
    args: { sortBy: 'roi' },
  },
  // finance
  {
    tag: 'finance',
    q: 'Assuming a 35% gross margin, what allocation maximises profit?',
    intent: 'optimize',
    args: { objective: 'max_profit', margin: 0.35 },
  },
  {
    tag: 'finance',
    q: 'What spend level keeps our marginal ROAS at or above 2.5?',
    intent: 'optimize',
    args: { objective: 'target_roas', targetRoas: 2.5 },
  },
  {
    tag: 'finance',
    q: 'How much do we need to spend to grow revenue 8%?',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 8 },
  },
  {
    tag: 'finance',
    q: 'We have £1.2m for the quarter. Optimal split please.',
    intent: 'optimize',
    args: { budget: 1200000 },
  },
  {
    tag: 'finance',
    q: 'What if we reduce TV spend by €250,000?',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: tv, amount: -250000 }] },
  },
  {
    tag: 'finance',
    q: 'Model a $75k increase in display',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: display, amount: 75000 }] },
  },
  {
    tag: 'finance',
    q: 'What if search were capped at USD 400k for the quarter?',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: search, amount: 400000 }] },
  },
  {
    tag: 'finance',
    q: 'Allocate 2.5 million dollars, at most, to maximise revenue',
    intent: 'optimize',
    args: { budget: 2500000, totalMode: 'at_most' },
  },
  {
    tag: 'finance',
    q: 'what budget gets us to 12 million in revenue',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpi: 12000000 },
  },
  {
    tag: 'finance',
    q: 'rebalance the mix with a budget 5% higher than today',
    intent: 'optimize',
    args: { budgetChangePct: 5 },
  },
  // terse Slack
  {
    tag: 'slack',
    q: 'tv -10%?',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -10 }] },
  },
  {
    tag: 'slack',
    q: 'search +25%',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 25 }] },
  },
  {
    tag: 'slack',
    q: '10% tv -> search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, percent: 10 }] },
  },
  {
    tag: 'slack',
    q: 'radio off?',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  { tag: 'slack', q: 'best split 1m', intent: 'optimize', args: { budget: 1000000 } },
  { tag: 'slack', q: 'roi by channel pls', intent: 'contributions', args: { sortBy: 'roi' } },
  { tag: 'slack', q: 'mroi?', intent: 'mroi', args: { sortBy: 'mroi' } },
  { tag: 'slack', q: 'r2?', intent: 'diagnostics', tools: ['get_model_diagnostics'] },
  { tag: 'slack', q: 'tiktok curve', intent: 'response', args: { channel: tiktok } },
  { tag: 'slack', q: 'q2 2024 drivers', intent: 'drivers', args: { period: 'q2 2024' } },
  // typos
  {
    tag: 'typo',
    q: 'wat if we moev 20% of tv to serach',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, percent: 20 }] },
  },
  {
    tag: 'typo',
    q: 'doubel facebok',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: fb, percent: 100 }] },
  },
  { tag: 'typo', q: 'optimze the budjet for 2M', intent: 'optimize', args: { budget: 2000000 } },
  { tag: 'typo', q: 'respnse curve for raido', intent: 'response', args: { channel: radio } },
  {
    tag: 'typo',
    q: 'whcih channles drive revenu',
    intent: 'contributions',
    tools: ['get_contributions'],
  },
  {
    tag: 'typo',
    q: 'cut tik tok by 25%',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tiktok, percent: -25 }] },
  },
  {
    tag: 'typo',
    q: 'what if we halve dispaly',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: display, percent: -50 }] },
  },
  {
    tag: 'typo',
    q: 'how acurate is teh model',
    intent: 'diagnostics',
    tools: ['get_model_diagnostics'],
  },
  // numbers in words
  {
    tag: 'words',
    q: 'what if we moved ten percent of radio into search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: search, percent: 10 }] },
  },
  {
    tag: 'words',
    q: 'add two hundred thousand to facebook',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: fb, amount: 200000 }] },
  },
  {
    tag: 'words',
    q: 'split three million across channels',
    intent: 'optimize',
    args: { budget: 3000000 },
  },
  {
    tag: 'words',
    q: 'cut display by a third',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: display, percent: -33.33 }] },
  },
  {
    tag: 'words',
    q: 'quadruple tiktok',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tiktok, percent: 300 }] },
  },
  {
    tag: 'words',
    q: 'what if TV gets one and a half million',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: tv, amount: 1500000 }] },
  },
  {
    tag: 'words',
    q: 'raise search by forty percent',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 40 }] },
  },
  {
    tag: 'words',
    q: 'optimize with a budget of half a million',
    intent: 'optimize',
    args: { budget: 500000 },
  },
];
