import type { TaggedCase } from './people-cases-a';

/**
 * Fourth held-out set, part A: board-deck and finance phrasing, non-native English, Slack
 * fragments and long multi-clause questions. Written before any fix it was used for; its first
 * run is the "before" number. Read against PEOPLE_DATASET (100k a week in all).
 */
const tv = 'tv_spend';
const search = 'search_spend';
const fb = 'facebook_spend';
const tiktok = 'tiktok_spend';
const display = 'display_spend';
const radio = 'radio_spend';
const ALL = [tv, search, fb, tiktok, display, radio];
const each = (v: number) => Object.fromEntries(ALL.map((c) => [c, v]));

export const BOARD_CASES_A: TaggedCase[] = [
  // board deck
  {
    tag: 'board',
    q: 'For the board deck: which three channels delivered the most incremental revenue last year?',
    intent: 'drivers',
    args: { period: 'last year' },
  },
  {
    tag: 'board',
    q: 'Board wants one slide on media-driven revenue vs base. Can you pull the contributions?',
    intent: 'contributions',
    tools: ['get_contributions'],
  },
  {
    tag: 'board',
    q: 'Headline for the board: if we cut the total budget by 10%, how much revenue do we lose?',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: -10 }] },
  },
  {
    tag: 'board',
    q: 'The board is asking whether TV still earns its place in the mix',
    intent: 'contributions',
    args: { channels: [tv] },
  },
  {
    tag: 'board',
    q: 'Recommend an allocation of $5M that we can present to the board',
    intent: 'optimize',
    args: { budget: 5000000 },
  },
  {
    tag: 'board',
    q: 'How confident are we in these numbers before they go in front of the board?',
    intent: 'diagnostics',
    tools: ['get_model_diagnostics'],
  },
  {
    tag: 'board',
    q: 'Executive summary please: what is driving revenue this quarter?',
    intent: 'drivers',
    args: { period: 'this quarter' },
  },
  {
    tag: 'board',
    q: 'ROI by channel for H1 2024, ranked, for the QBR',
    intent: 'drivers',
    args: { period: 'h1 2024', sortBy: 'roi' },
  },
  // finance
  {
    tag: 'finance',
    q: 'Reallocate opex: move 200k from display into search, what is the incremental revenue?',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: display, to: search, amount: 200000 }] },
  },
  {
    tag: 'finance',
    q: 'What is the incremental revenue per incremental dollar by channel right now?',
    intent: 'mroi',
    args: { sortBy: 'mroi' },
  },
  {
    tag: 'finance',
    q: 'Where is the next dollar best spent?',
    intent: 'mroi',
    args: { sortBy: 'mroi' },
  },
  {
    tag: 'finance',
    q: 'Given a 45% contribution margin, which allocation maximizes profit?',
    intent: 'optimize',
    args: { objective: 'max_profit', margin: 0.45 },
  },
  {
    tag: 'finance',
    q: 'We need to take $300k out of the media budget. Least painful way to do it?',
    intent: 'optimize',
    args: { budgetChangePct: -23.08 },
  },
  {
    tag: 'finance',
    q: 'Payback on TikTok vs Facebook: which has the better ROI?',
    intent: 'contributions',
    args: { channels: [tiktok, fb], sortBy: 'roi' },
  },
  {
    tag: 'finance',
    q: 'Find the spend level where mROAS drops to 1.8 and stop there',
    intent: 'optimize',
    args: { objective: 'target_roas', targetRoas: 1.8 },
  },
  {
    tag: 'finance',
    q: 'What does the budget need to be to deliver +5% revenue?',
    intent: 'optimize',
    args: { objective: 'target_kpi', targetKpiPct: 5 },
  },
  {
    tag: 'finance',
    q: 'Which channels are returning more than 3x?',
    intent: 'contributions',
    args: { sortBy: 'roi' },
  },
  {
    tag: 'finance',
    q: 'Flat budget, better mix: how would you reallocate the same spend?',
    intent: 'optimize',
    tools: ['optimize_budget'],
  },
  // non-native English
  {
    tag: 'esl',
    q: 'what happen if we make the tv budget less 20 percent?',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -20 }] },
  },
  {
    tag: 'esl',
    q: 'please i want know the contribution of each canal',
    intent: 'contributions',
    tools: ['get_contributions'],
  },
  {
    tag: 'esl',
    q: 'how much sales we lose if we stop the radio',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    tag: 'esl',
    q: 'is possible to see the curve of facebook?',
    intent: 'response',
    args: { channel: fb },
  },
  {
    tag: 'esl',
    q: 'we have 1,2 Mio for the next quarter, how to distribute?',
    intent: 'optimize',
    args: { budget: 1200000 },
  },
  {
    tag: 'esl',
    q: 'If I put 50.000 € more in search, what is the effect?',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: search, amount: 50000 }] },
  },
  {
    tag: 'esl',
    q: 'the model is good or not?',
    intent: 'diagnostics',
    tools: ['get_model_diagnostics'],
  },
  {
    tag: 'esl',
    q: 'which is the channel with best return?',
    intent: 'contributions',
    args: { sortBy: 'roi' },
  },
  // Slack fragments
  {
    tag: 'slack',
    q: 'tv -20%?',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -20 }] },
  },
  {
    tag: 'slack',
    q: 'radio off → impact',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    tag: 'slack',
    q: 'fb x2',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: fb, percent: 100 }] },
  },
  {
    tag: 'slack',
    q: 'search +$100k?',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: search, amount: 100000 }] },
  },
  { tag: 'slack', q: 'opt 3m', intent: 'optimize', args: { budget: 3000000 } },
  { tag: 'slack', q: 'contrib by channel', intent: 'contributions', tools: ['get_contributions'] },
  { tag: 'slack', q: 'mroas?', intent: 'mroi', args: { sortBy: 'mroi' } },
  { tag: 'slack', q: 'display curve pls', intent: 'response', args: { channel: display } },
  {
    tag: 'slack',
    q: 'tv→search 10%',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, percent: 10 }] },
  },
  { tag: 'slack', q: 'refit w/ seed 7', intent: 'refit', args: { refit: true, seed: 7 } },
  // long, multi-clause
  {
    tag: 'long',
    q: 'So we are planning next year and finance has told us the envelope is going to be roughly $6M, and I would like to know how you would split that across our channels if the goal is maximizing revenue',
    intent: 'optimize',
    args: { budget: 6000000 },
  },
  {
    tag: 'long',
    q: 'Before I go to the CFO with this, can you tell me what would happen to revenue if we took about a quarter of the radio budget, which has been underperforming for a while, and moved it into TikTok?',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: tiktok, percent: 25 }] },
  },
  {
    tag: 'long',
    q: 'I keep hearing from the agency that search is saturated and every extra dollar is wasted, so can you show me what the response curve for search actually looks like?',
    intent: 'response',
    args: { channel: search },
  },
  {
    tag: 'long',
    q: 'Our CEO wants a plan where no single channel takes more than 35% of the budget; what would the optimal mix look like with $3M?',
    intent: 'optimize',
    args: { budget: 3000000, constraints: { maxShare: each(0.35) } },
  },
];
