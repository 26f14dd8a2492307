import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * Wrong answers a product review found (and the fourteenth table's misreads), in phrasings of
 * their own: the reference plan is 1.3m a quarter (100k a week), six channels.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const call = (...q: string[]) => converse(planner, q).last.tool_calls?.[0];
const EVERY = [
  'tv_spend',
  'search_spend',
  'facebook_spend',
  'tiktok_spend',
  'display_spend',
  'radio_spend',
];
const each = (v: number) => Object.fromEntries(EVERY.map((c) => [c, v]));

describe('offline planner: what the review and the fourteenth table read wrong', () => {
  it('plans "where should we cut N%?" as a smaller budget where no channel rises', () => {
    for (const q of ['Where would you trim 5%?', 'where should the cut of 8% come from?']) {
      const pct = q.includes('5%') ? -5 : -8;
      expect(call(q)).toMatchObject({
        name: 'optimize_budget',
        args: { budgetChangePct: pct, constraints: { maxMultiple: each(1) } },
      });
    }
  });

  it('plans where the next or an extra amount should go as that much more, no channel below today', () => {
    for (const q of ['where should another 50k go?', 'Which channels deserve the next $200k?']) {
      expect(call(q)).toMatchObject({
        name: 'optimize_budget',
        args: {
          budgetChangePct: q.includes('50k') ? 3.8462 : 15.3846,
          constraints: { minMultiple: each(1) },
        },
      });
    }
  });

  it('does not plan where an extra amount went in the past', () => {
    expect(call('we had an additional $50k last month - where did it go?')?.name).not.toBe(
      'optimize_budget',
    );
  });

  it('ranks marginal returns for "the next incremental dollar"', () => {
    expect(call('Where does the next incremental euro do the most?')?.args).toEqual({
      sortBy: 'mroi',
    });
    expect(call('where would the next incremental pound achieve most?')?.args).toEqual({
      sortBy: 'mroi',
    });
  });

  it('plans a channel run always-on, continuously or at a steady level as its even layout', () => {
    for (const q of [
      'How would sales change if radio was on air non-stop rather than in flights?',
      'what if we dropped the bursts on Facebook and kept it continuous?',
      'Spread display evenly over the next 8 weeks',
    ]) {
      const c = call(q);
      expect(c?.name).toBe('what_if');
      expect(c?.args.changes).toEqual([]);
      expect(Object.values(c?.args.flighting as object)).toEqual(['even']);
    }
    expect(call('Spread display evenly over the next 8 weeks')?.args.horizon).toBe(8);
  });

  it('plans an amount said with the layout as both, and asks from where as it would without it', () => {
    expect(call('what if search went up 15% and ran at a constant weekly level?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 15 }],
      flighting: { search_spend: 'even' },
    });
    expect(call('Suppose display went always-on at twice its weight')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'display_spend', percent: 100 }],
      flighting: { display_spend: 'even' },
    });
    expect(call('Shift 50k into TikTok, always on', 'from display')?.args).toEqual({
      changes: [{ type: 'move', from: 'display_spend', to: 'tiktok_spend', amount: 50_000 }],
      flighting: { tiktok_spend: 'even' },
    });
  });

  it('leaves an even split between channels and a level kept steady as they were', () => {
    expect(call('split 800k evenly between search and TikTok')?.name).toBe('optimize_budget');
    expect(call('what if we hold radio steady and cut TV by 5%?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tv_spend', percent: -5 }],
    });
  });

  it('reads channels joined by a slash as one or the other, and asks which', () => {
    expect(converse(planner, ['shift 15% of display into tiktok/facebook']).last.content).toMatch(
      /TikTok or Facebook/,
    );
    expect(call('shift 15% of display into tiktok/facebook', 'TikTok')?.args).toEqual({
      changes: [{ type: 'move', from: 'display_spend', to: 'tiktok_spend', percent: 15 }],
    });
  });

  it('reads a share taken of two channels as from both, not from one into the other', () => {
    expect(call('what if we took 20% off search and display?')?.args).toEqual({
      changes: [
        { type: 'scale', channel: 'search_spend', percent: -20 },
        { type: 'scale', channel: 'display_spend', percent: -20 },
      ],
    });
    expect(call('take 5% of radio and TikTok and give it to TV')?.args).toEqual({
      changes: [
        { type: 'move', from: 'radio_spend', to: 'tv_spend', percent: 5 },
        { type: 'move', from: 'tiktok_spend', to: 'tv_spend', percent: 5 },
      ],
    });
  });

  it('does not lend a cut to a channel asked about after a dash', () => {
    expect(call('what if radio were halved - does TikTok gain?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -50 }],
    });
    expect(call('cut display by 20% - would facebook pick up the slack?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'display_spend', percent: -20 }],
    });
  });

  it("shows today's mix when asked whether it is any good", () => {
    for (const q of ['Is our current allocation any good?', 'is the media mix sensible?']) {
      expect(call(q)).toMatchObject({
        name: 'get_contributions',
        args: { sortBy: 'spend', focus: 'mix', period: 'recent' },
      });
    }
  });
});
