import type { TaggedCase } from './people-cases-a';

/**
 * Fourth held-out set, part B: more long questions, two asks in one message, money and period
 * variants, known misreads, follow-ups. Same rules as part A.
 */
const tv = 'tv_spend';
const search = 'search_spend';
const fb = 'facebook_spend';
const tiktok = 'tiktok_spend';
const display = 'display_spend';
const radio = 'radio_spend';

export const BOARD_CASES_B: TaggedCase[] = [
  {
    tag: 'long',
    q: 'Looking back at the last 12 weeks, when we ran the big TV push, which channels actually drove the revenue?',
    intent: 'drivers',
    args: { period: 'last 12 weeks' },
  },
  {
    tag: 'long',
    q: 'Assuming we keep TV at no less than $400k because of the upfront commitments, what is the best way to allocate $2M?',
    intent: 'optimize',
    args: { budget: 2000000, constraints: { min: { [tv]: 400000 } } },
  },
  // two asks in one message
  {
    tag: 'two_asks',
    q: 'Double TikTok and tell me the ROI afterwards',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tiktok, percent: 100 }] },
  },
  {
    tag: 'two_asks',
    q: 'Can you cut display by half and move the savings into search?',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: display, to: search, percent: 50 }] },
  },
  {
    tag: 'two_asks',
    q: 'How good is the model, and can I trust it for TV?',
    intent: 'diagnostics',
    tools: ['get_model_diagnostics'],
  },
  {
    tag: 'two_asks',
    q: 'Optimize $1M and keep radio where it is',
    intent: 'optimize',
    args: { budget: 1000000, constraints: { locked: [radio] } },
  },
  {
    tag: 'two_asks',
    q: 'show contributions for Q3 2024 and rank them by ROI',
    intent: 'drivers',
    args: { period: 'q3 2024', sortBy: 'roi' },
  },
  {
    tag: 'two_asks',
    q: 'what is the marginal ROI of each channel and where should the next 100k go?',
    intent: 'mroi',
    args: { sortBy: 'mroi' },
  },
  // money variants
  {
    tag: 'money',
    q: 'what if we added €250K to TV',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: tv, amount: 250000 }] },
  },
  {
    tag: 'money',
    q: 'Move $0.5m from TV to Search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, amount: 500000 }] },
  },
  { tag: 'money', q: 'optimize a quarter million', intent: 'optimize', args: { budget: 250000 } },
  { tag: 'money', q: 'How would you split 2.5MM?', intent: 'optimize', args: { budget: 2500000 } },
  {
    tag: 'money',
    q: 'set facebook to 1.5 mn',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: fb, amount: 1500000 }] },
  },
  {
    tag: 'money',
    q: 'put USD 300k more into display',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: display, amount: 300000 }] },
  },
  {
    tag: 'money',
    q: 'what if radio got 75 thousand less',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: radio, amount: -75000 }] },
  },
  { tag: 'money', q: 'allocate £750k', intent: 'optimize', args: { budget: 750000 } },
  {
    tag: 'money',
    q: 'what if we move one hundred and fifty thousand from radio to search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: search, amount: 150000 }] },
  },
  // period variants
  { tag: 'period', q: 'what drove revenue in H2?', intent: 'drivers', args: { period: 'h2' } },
  { tag: 'period', q: 'YTD contributions by channel', intent: 'drivers', args: { period: 'ytd' } },
  {
    tag: 'period',
    q: 'roi last 8 wks',
    intent: 'drivers',
    args: { period: 'last 8 weeks', sortBy: 'roi' },
  },
  {
    tag: 'period',
    q: 'which channel performed best in Q1?',
    intent: 'drivers',
    args: { period: 'q1' },
  },
  {
    tag: 'period',
    q: 'how did search do since March?',
    intent: 'drivers',
    args: { channels: [search], period: 'since march' },
  },
  {
    tag: 'period',
    q: 'revenue drivers for the second half of 2023',
    intent: 'drivers',
    args: { period: 'h2 2023' },
  },
  {
    tag: 'period',
    q: 'what did TV contribute in 2024?',
    intent: 'drivers',
    args: { channels: [tv], period: '2024' },
  },
  // known misreads
  {
    tag: 'known',
    q: 'which channels have ROAS above 2?',
    intent: 'contributions',
    args: { sortBy: 'roi' },
  },
  {
    tag: 'known',
    q: 'how do we get 10% more revenue',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 10 },
  },
  { tag: 'known', q: 'should we spend more on TV?', intent: 'response', args: { channel: tv } },
  {
    tag: 'known',
    q: 'is it worth putting more money into facebook?',
    intent: 'response',
    args: { channel: fb },
  },
  {
    tag: 'known',
    q: 'what would it take to grow sales by 15%?',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 15 },
  },
  {
    tag: 'known',
    q: 'any channels with ROI below 1?',
    intent: 'contributions',
    args: { sortBy: 'roi' },
  },
  // follow-ups
  {
    tag: 'follow_up',
    q: ['tv -20%?', 'and radio?'],
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: radio, percent: -20 }] },
  },
  {
    tag: 'follow_up',
    q: ['optimize $2M', 'now cap search at 25%'],
    intent: 'optimize',
    args: { budget: 2000000, constraints: { maxShare: { [search]: 0.25 } } },
  },
  {
    tag: 'follow_up',
    q: ['move 10% of tv to search', 'what about 20% instead'],
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, percent: 20 }] },
  },
  {
    tag: 'follow_up',
    q: ['roi by channel', 'same for H2'],
    intent: 'drivers',
    args: { period: 'h2', sortBy: 'roi' },
  },
  {
    tag: 'follow_up',
    q: ['double tiktok', 'over 6 months?'],
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tiktok, percent: 100 }], horizon: 26 },
  },
  {
    tag: 'follow_up',
    q: ['response curve for tv', 'and for radio'],
    intent: 'response',
    args: { channel: radio },
  },
  {
    tag: 'follow_up',
    q: ['optimize 1m', 'make it €1,5 Mio'],
    intent: 'optimize',
    args: { budget: 1500000 },
  },
  {
    tag: 'follow_up',
    q: ['what if we cut display by 30%', 'ok and if we cut it entirely?'],
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: display, amount: 0 }] },
  },
  // methodology and refit
  {
    tag: 'other',
    q: 'how does the model deal with carry-over from TV ads?',
    intent: 'methodology',
    tools: [],
  },
  {
    tag: 'other',
    q: 'can you rerun the model with the latest data?',
    intent: 'refit',
    args: { refit: true },
  },
];
