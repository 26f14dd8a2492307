import { display, each, fb, radio, search, tiktok, tv } from './case-builders';
import type { TaggedCase } from './people-cases-a';

/**
 * Third held-out set, part A continued: per-period amounts, money changes to the total and
 * constraints (see people-cases-a.ts for how the set was written).
 */
export const PEOPLE_CASES_BUDGET: TaggedCase[] = [
  // per-period amounts (default horizon: 13 weeks)
  {
    tag: 'per_period',
    q: 'what if we add 20k per week to search',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: search, amount: 260000 }] },
  },
  {
    tag: 'per_period',
    q: 'cut radio by $10k a week',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: radio, amount: -130000 }] },
  },
  {
    tag: 'per_period',
    q: 'spend 50k a week on tv for the next 8 weeks',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: tv, amount: 400000 }], horizon: 8 },
  },
  {
    tag: 'per_period',
    q: 'put an extra $100k a month into display',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: display, amount: 300000 }] },
  },
  {
    tag: 'per_period',
    q: 'we spend 150k weekly overall — how should it be split?',
    intent: 'optimize',
    args: { budget: 1950000 },
  },
  {
    tag: 'per_period',
    q: 'how would you allocate 600k per month',
    intent: 'optimize',
    args: { budget: 1800000 },
  },
  {
    tag: 'per_period',
    q: 'move 5k per week from display to tiktok over 6 months',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: display, to: tiktok, amount: 130000 }], horizon: 26 },
  },
  {
    tag: 'per_period',
    q: 'what if facebook were 30k/wk',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: fb, amount: 390000 }] },
  },
  // total budget changed by an amount of money (reference: 1.3M over 13 weeks)
  {
    tag: 'total_money',
    q: 'what if we increase the total budget by $650k',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: 50 }] },
  },
  {
    tag: 'total_money',
    q: 'what happens if overall spend drops by 130k',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: -10 }] },
  },
  {
    tag: 'total_money',
    q: 'if finance takes 260k out of the marketing budget, what do we lose?',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: -20 }] },
  },
  {
    tag: 'total_money',
    q: 'optimize with 130k more budget',
    intent: 'optimize',
    args: { budgetChangePct: 10 },
  },
  {
    tag: 'total_money',
    q: 'best allocation if the budget shrinks by $390k',
    intent: 'optimize',
    args: { budgetChangePct: -30 },
  },
  // constraints
  {
    tag: 'constraints',
    q: 'optimize but no channel more than double',
    intent: 'optimize',
    args: { constraints: { maxMultiple: each(2) } },
  },
  {
    tag: 'constraints',
    q: 'best mix where no channel drops below half of what it gets today',
    intent: 'optimize',
    args: { constraints: { minMultiple: each(0.5) } },
  },
  {
    tag: 'constraints',
    q: 'reallocate, but keep every channel within 50% of current spend',
    intent: 'optimize',
    args: { constraints: { minMultiple: each(0.5), maxMultiple: each(1.5) } },
  },
  {
    tag: 'constraints',
    q: 'optimize a $2M budget with search capped at 30%',
    intent: 'optimize',
    args: { budget: 2000000, constraints: { maxShare: { [search]: 0.3 } } },
  },
  {
    tag: 'constraints',
    q: 'optimal plan with at least 25% on TV',
    intent: 'optimize',
    args: { constraints: { minShare: { [tv]: 0.25 } } },
  },
  {
    tag: 'constraints',
    q: "optimize, TV can't more than double",
    intent: 'optimize',
    args: { constraints: { maxMultiple: { [tv]: 2 } } },
  },
  {
    tag: 'constraints',
    q: 'optimize but keep radio and display where they are',
    intent: 'optimize',
    args: { constraints: { locked: [radio, display] } },
  },
  {
    tag: 'constraints',
    q: 'best split of 1.5M, facebook no less than 200k',
    intent: 'optimize',
    args: { budget: 1500000, constraints: { min: { [fb]: 200000 } } },
  },
];
