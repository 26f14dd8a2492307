import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The tenth table's misreads, kept by name in phrasings of their own (not the table's rows): the
 * reference plan is 100k a week in all, a quarter is 13 weeks and a day a seventh of a week.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) => last(...q).additional_kwargs.intent as PlannerIntent;

describe('offline planner: what the tenth table read wrong', () => {
  it('takes the amount moved from the sentence that names the channels, not a company figure', () => {
    expect(
      call('We turn over $3.1bn a year. If we shifted 40k out of display into search, worth it?')
        ?.args,
    ).toEqual({
      changes: [{ type: 'move', from: 'display_spend', to: 'search_spend', amount: 40_000 }],
    });
  });

  it('reads "went to zero" and "= 0" as switching a channel off', () => {
    expect(
      call('Quick one before the board. If radio went to zero, what would we actually lose?')?.args,
    ).toEqual({ changes: [{ type: 'set', channel: 'radio_spend', amount: 0 }] });
    expect(call('scenario: tiktok_spend = 0, radio_spend = 0')?.args).toEqual({
      changes: [
        { type: 'set', channel: 'tiktok_spend', amount: 0 },
        { type: 'set', channel: 'radio_spend', amount: 0 },
      ],
    });
  });

  it('lets a second amount borrow the first verb, and adds an amount put into a channel', () => {
    expect(call('What if we added 30k to search and 10k to display?')?.args).toEqual({
      changes: [
        { type: 'add', channel: 'search_spend', amount: 30_000 },
        { type: 'add', channel: 'display_spend', amount: 10_000 },
      ],
    });
    // 3k a week over 6 weeks is 18k.
    expect(
      call('Add $3k/week to TikTok for the next 6 weeks - incremental revenue?')?.args,
    ).toEqual({ changes: [{ type: 'add', channel: 'tiktok_spend', amount: 18_000 }], horizon: 6 });
  });

  it('reads quid as money and a per-day amount over the quarter', () => {
    // 200 a day over the 91-day quarter is 18,200.
    expect(call('Trim display by 200 quid a day - damage?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'display_spend', amount: -18_200 }],
    });
  });

  it('reads a plan span ("a 39-week view") and a horizon given as a setting', () => {
    // 2k a week over 39 weeks is 78k.
    expect(call('For a 39-week view: what if we added 2k a week to radio?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'radio_spend', amount: 78_000 }],
      horizon: 39,
    });
    expect(call('what-if: tv_spend -10%, horizon 13 weeks')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tv_spend', percent: -10 }],
      horizon: 13,
    });
  });

  it('counts two words for the same channel once ("programmatic display")', () => {
    expect(call('Cut radio 20% and put the saving into programmatic display?')?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'display_spend', percent: 20 }],
    });
  });

  it('reads caps and floors said with "over" and "half of it" against today', () => {
    const each = (v: number) =>
      Object.fromEntries(
        [
          'tv_spend',
          'search_spend',
          'facebook_spend',
          'tiktok_spend',
          'display_spend',
          'radio_spend',
        ].map((c) => [c, v]),
      );
    expect(call('Optimise, but no channel over 30% of the total')?.args).toMatchObject({
      constraints: { maxShare: each(0.3) },
    });
    expect(
      call('Best split, nothing above triple what it gets today and none below half of it')?.args,
    ).toMatchObject({ constraints: { maxMultiple: each(3), minMultiple: each(0.5) } });
    // After a budget, "of it" is the budget: a share.
    expect(call('Split 2m so that no channel gets less than 4% of it')?.args).toMatchObject({
      constraints: { minShare: each(0.04) },
    });
  });

  it('follows up: a curve reached further politely, a change doubled, a channel named for "one channel"', () => {
    expect(call('Show me the response curve for TV', 'could you stretch it to 5x?')?.args).toEqual({
      channel: 'tv_spend',
      maxMultiple: 5,
    });
    expect(call('Run radio +10%', 'and if we tripled it instead?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: 200 }],
    });
    expect(call('Simulate cutting one channel by 25%', 'TikTok')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: -25 }],
    });
    expect(
      call(
        'Which channels drove the most revenue?',
        'so what if we paused the smallest one, display, entirely?',
      )?.args,
    ).toEqual({ changes: [{ type: 'set', channel: 'display_spend', amount: 0 }] });
  });

  it('answers what named channels bring in, why a curve bends, and what can be asked', () => {
    expect(call('how much r search and radio bringing in')?.args).toMatchObject({
      channels: ['search_spend', 'radio_spend'],
    });
    expect(intent('Show me the response curve for search', 'why does it flatten out?').intent).toBe(
      'methodology',
    );
    expect(intent('What kinds of questions can I ask?').intent).toBe('help');
  });

  it('declines a competitor figure and a post to write, even right after a what-if', () => {
    expect(intent('how much is our rival Acme spending on search?').intent).toBe('out_of_scope');
    const after = last(
      'What if we halved radio?',
      'unrelated: draft a LinkedIn post about our results',
    );
    expect((after.additional_kwargs.intent as PlannerIntent).intent).toBe('out_of_scope');
    expect(after.tool_calls ?? []).toEqual([]);
  });
});
