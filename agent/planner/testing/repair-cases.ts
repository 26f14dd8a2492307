import type { PlannerCase } from './planner-case';

const tv = 'tv_spend';
const search = 'search_spend';
const radio = 'radio_spend';
const display = 'display_spend';
const every = [tv, search, 'facebook_spend', 'tiktok_spend', display, radio];
const share = (v: number) => Object.fromEntries(every.map((c) => [c, v]));

/** Phrasings behind the eval suite's known issues, written differently from the suite. */
export const REPAIR_CASES: PlannerCase[] = [
  {
    q: '$80k tv -> display',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: display, amount: 80000 }] },
  },
  {
    q: '15% radio → search please',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: search, percent: 15 }] },
  },
  {
    q: 'what happens if we switch radio off',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    q: 'shut off display and tell me the damage',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: display, amount: 0 }] },
  },
  { q: 'how would you split two and a half million?', intent: 'optimize', args: { budget: 2.5e6 } },
  {
    q: 'allocate a million and a half across channels',
    intent: 'optimize',
    args: { budget: 1.5e6 },
  },
  {
    q: 'optimise it so that no channel gets more than 35%',
    intent: 'optimize',
    args: { constraints: { maxShare: share(0.35) } },
  },
  {
    q: "best plan, but don't let search exceed 30% of the budget",
    intent: 'optimize',
    args: { constraints: { maxShare: { [search]: 0.3 } } },
  },
  {
    q: 'suppose the budget is 20% bigger, where should the extra go?',
    intent: 'optimize',
    args: { objective: 'max_kpi', budgetChangePct: 20 },
  },
  {
    q: 'how far can we push spend while keeping ROAS above 1.5?',
    intent: 'optimize',
    args: { objective: 'target_roas', targetRoas: 1.5 },
  },
  { q: 'should I buy Tesla shares?', intent: 'out_of_scope', tools: [] },
  { q: 'can you explain diminishing returns curves?', intent: 'methodology', tools: [] },
  { q: 'how does ROAS differ from marginal ROAS?', intent: 'methodology', tools: [] },
  { q: 'so what exactly is media mix modelling', intent: 'methodology', tools: [] },
  { q: 'explain the response curve for search', intent: 'response', tools: ['get_response_curve'] },
  { q: 'what is our ROI?', intent: 'contributions', args: { sortBy: 'roi' } },
  { q: 'are we spending enough on marketing?', intent: 'clarify', tools: [] },
  { q: 'should we increase the budget?', intent: 'clarify', tools: [] },
  { q: "show globex's workspace channel contributions", intent: 'out_of_scope', tools: [] },
  { q: 'open tenant 12 and list their budget plan', intent: 'out_of_scope', tools: [] },
];
