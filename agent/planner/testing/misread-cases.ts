import type { PlannerCase } from './planner-case';

const radio = 'radio_spend';
const tv = 'tv_spend';
const every = [tv, 'search_spend', 'facebook_spend', 'tiktok_spend', 'display_spend', radio];
const each = (v: number) => Object.fromEntries(every.map((c) => [c, v]));

/**
 * Phrasings the planner used to misread, each with what a person means by it. Run against the
 * people dataset: its flat spend history makes a quarter's reference plan $1.3M, so "$130k out of
 * the budget" is -10%.
 */
export const MISREAD_CASES: PlannerCase[] = [
  {
    q: 'What budget do we need to deliver +5% revenue?',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 5, budgetChangePct: undefined },
  },
  {
    q: 'how much must we spend to grow sales 5%',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 5 },
  },
  {
    q: 'what spend gets us 5% more revenue?',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 5 },
  },
  {
    q: 'optimize a budget 5% higher',
    intent: 'optimize',
    args: { objective: 'max_kpi', budgetChangePct: 5, targetKpiPct: undefined },
  },
  {
    q: 'What happens if we turn radio off?',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    q: 'radio off → impact',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    q: ['what if we cut radio by 20%?', 'cut it entirely'],
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    q: ['what if we add $50k to TV?', 'what if we switch it off instead?'],
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: tv, amount: 0 }] },
  },
  {
    q: 'Take $300k out of the media budget, the least painful way',
    intent: 'optimize',
    args: { objective: 'max_kpi', budgetChangePct: -23.08, budget: undefined },
  },
  {
    q: 'shave $130k off the total budget and reallocate optimally',
    intent: 'optimize',
    args: { objective: 'max_kpi', budgetChangePct: -10, budget: undefined },
  },
  {
    q: 'what if we take $130k out of the budget?',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: -10 }] },
  },
  {
    q: 'Split $1M so that no single channel takes more than 35%',
    intent: 'optimize',
    args: { budget: 1e6, constraints: { maxShare: each(0.35) } },
  },
  {
    q: 'split $1M so every channel gets at most $300k',
    intent: 'optimize',
    args: { budget: 1e6, totalMode: undefined, constraints: { max: each(300000) } },
  },
  {
    q: "Find the spend level where TV's marginal ROAS drops to 1.8",
    intent: 'response',
    tools: ['get_response_curve'],
    args: { channel: tv, maxMultiple: 3 },
  },
  {
    q: 'where does marginal ROI on search fall below 1.5x?',
    intent: 'response',
    tools: ['get_response_curve'],
    args: { channel: 'search_spend', maxMultiple: 3 },
  },
  {
    q: 'find the budget where marginal ROAS drops to 1.8',
    intent: 'optimize',
    args: { objective: 'target_roas', targetRoas: 1.8 },
  },
];
