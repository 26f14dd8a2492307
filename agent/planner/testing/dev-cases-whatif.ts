import type { PlannerCase } from './planner-case';

const tv = 'tv_spend';
const search = 'search_spend';
const fb = 'facebook_spend';
const radio = 'radio_spend';
const display = 'display_spend';

/** What-if phrasings the planner was built against: moves, then scale, set and add. */
export const DEV_WHATIF_CASES: PlannerCase[] = [
  // what-if: moves
  {
    q: 'What if we move 20% of TV to social?',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: 'social', percent: 20 }] },
  },
  {
    q: 'shift 20 percent of tv budget into search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, percent: 20 }] },
  },
  {
    q: 'reallocate a fifth of radio to facebook',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: fb, percent: 20 }] },
  },
  {
    q: 'Move $200,000 from TV to Search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, amount: 200000 }] },
  },
  {
    q: 'transfer 1.5M from television to paid search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, amount: 1500000 }] },
  },
  {
    q: 'put 10% of display into tiktok',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: display, to: 'tiktok_spend', percent: 10 }] },
  },
  {
    q: 'take 50k from radio and put it into search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: search, amount: 50000 }] },
  },
  {
    q: 'move half of tv to social and search',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: ['social', search], percent: 50 }] },
  },
  {
    q: 'give search 15% of the tv budget',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: search, percent: 15 }] },
  },
  {
    q: 'what if we move 20% of TV to social and how do you compute it?',
    intent: 'whatif',
    tools: ['what_if'],
  },
  {
    q: 'reasign twenty five percent of televison to fb',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: tv, to: fb, percent: 25 }] },
  },
  {
    q: 'move all radio money to display',
    intent: 'whatif',
    args: { changes: [{ type: 'move', from: radio, to: display, percent: 100 }] },
  },
  // what-if: scale / set / add
  {
    q: 'cut radio in half',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: radio, percent: -50 }] },
  },
  {
    q: 'what do we lose if we cut radio in half?',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: radio, percent: -50 }] },
  },
  {
    q: 'halve TV',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -50 }] },
  },
  {
    q: 'double search',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 100 }] },
  },
  {
    q: 'what if we tripled facebook spend',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: fb, percent: 200 }] },
  },
  {
    q: 'reduce tv by 20%',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -20 }] },
  },
  {
    q: 'slash display spending by a quarter',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: display, percent: -25 }] },
  },
  {
    q: 'increase search by 10 percent',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 10 }] },
  },
  {
    q: 'boost social by 30%',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: 'social', percent: 30 }] },
  },
  {
    q: 'what happens if TV goes to zero',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: tv, amount: 0 }] },
  },
  {
    q: 'turn off radio',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    q: 'kill display',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: display, amount: 0 }] },
  },
  {
    q: 'what if we pause facebook ads',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: fb, amount: 0 }] },
  },
  {
    q: 'drop radio entirely',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: radio, amount: 0 }] },
  },
  {
    q: 'add $100k to search',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: search, amount: 100000 }] },
  },
  {
    q: 'spend 50k more on social',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: 'social', amount: 50000 }] },
  },
  {
    q: 'cut tv by 200k',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: tv, amount: -200000 }] },
  },
  {
    q: 'set tv to half a million',
    intent: 'whatif',
    args: { changes: [{ type: 'set', channel: tv, amount: 500000 }] },
  },
  {
    q: 'scale total budget up 10%',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: 10 }] },
  },
  {
    q: 'what if we cut the overall budget by 20 percent',
    intent: 'whatif',
    args: { changes: [{ type: 'total', percent: -20 }] },
  },
  {
    q: 'double search and kill radio',
    intent: 'whatif',
    args: {
      changes: [
        { type: 'scale', channel: search, percent: 100 },
        { type: 'set', channel: radio, amount: 0 },
      ],
    },
  },
  {
    q: 'cut tv by 10% and radio by 5%',
    intent: 'whatif',
    args: {
      changes: [
        { type: 'scale', channel: tv, percent: -10 },
        { type: 'scale', channel: radio, percent: -5 },
      ],
    },
  },
  {
    q: 'what if tv and radio were both 20% lower',
    intent: 'whatif',
    args: {
      changes: [
        { type: 'scale', channel: tv, percent: -20 },
        { type: 'scale', channel: radio, percent: -20 },
      ],
    },
  },
  {
    q: 'double search over the next 8 weeks',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 100 }], horizon: 8 },
  },
  {
    q: 'cut tv 15% over 6 months',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: -15 }], horizon: 26 },
  },
  {
    q: 'what if we increase display by €2m',
    intent: 'whatif',
    args: { changes: [{ type: 'add', channel: display, amount: 2000000 }] },
  },
  {
    q: 'wat if we dubled serch',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: search, percent: 100 }] },
  },
  {
    q: 'TV +20%',
    intent: 'whatif',
    args: { changes: [{ type: 'scale', channel: tv, percent: 20 }] },
  },
];
