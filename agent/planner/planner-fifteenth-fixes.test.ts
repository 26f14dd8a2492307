import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * What the blind fifteenth table read wrong (what-ifs, contributions, methodology), in phrasings
 * of their own: six channels, 100k a week.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const call = (...q: string[]) => converse(planner, q).last.tool_calls?.[0];

describe('offline planner: what the fifteenth table read wrong', () => {
  it('gives each channel its own amount when one of them goes to zero', () => {
    expect(call('what if search is set to $250k and tiktok to zero?')?.args).toEqual({
      changes: [
        { type: 'set', channel: 'search_spend', amount: 250000 },
        { type: 'set', channel: 'tiktok_spend', amount: 0 },
      ],
    });
    expect(call('radio to 0, display to 40k')?.args).toEqual({
      changes: [
        { type: 'set', channel: 'radio_spend', amount: 0 },
        { type: 'set', channel: 'display_spend', amount: 40000 },
      ],
    });
    expect(call('what if display goes dark and radio goes to $80k?')?.args).toMatchObject({
      changes: [
        { type: 'set', channel: 'display_spend', amount: 0 },
        { type: 'set', channel: 'radio_spend', amount: 80000 },
      ],
    });
    // Both switched off is still both off.
    expect(call('what if tv and radio go to zero?')?.args).toEqual({
      changes: [
        { type: 'set', channel: 'tv_spend', amount: 0 },
        { type: 'set', channel: 'radio_spend', amount: 0 },
      ],
    });
  });

  it('reads a signed change written before what it changes as a what-if', () => {
    expect(call('forecast for -5% total budget over 8 weeks?')?.args).toEqual({
      changes: [{ type: 'total', percent: -5 }],
      horizon: 8,
    });
    expect(call('sales impact of +$40k on display?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'display_spend', amount: 40000 }],
    });
  });

  it('reads "the next $100k in search" as that much more, not search set to $100k', () => {
    for (const q of [
      'what happens with the next $80k in display?',
      'what would the next 80k on display do?',
    ])
      expect(call(q)?.args, q).toEqual({
        changes: [{ type: 'add', channel: 'display_spend', amount: 80000 }],
      });
  });

  it('reads fb/ig written together as Meta, one channel here', () => {
    expect(call('shift 5% of radio to FB+IG')?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'facebook_spend', percent: 5 }],
    });
    expect(call('what if we cut facebook/instagram by a quarter?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'facebook_spend', percent: -25 }],
    });
  });

  it('carries an always-on layout into the follow-up, adding or replacing its channels', () => {
    const first = 'What if TikTok ran continuously instead of in bursts?';
    expect(call(first, 'and display as well?')?.args).toEqual({
      changes: [],
      flighting: { tiktok_spend: 'even', display_spend: 'even' },
    });
    expect(call(first, 'what about display instead?')?.args).toEqual({
      changes: [],
      flighting: { display_spend: 'even' },
    });
    expect(call(first, 'and raise it by 20%')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: 20 }],
      flighting: { tiktok_spend: 'even' },
    });
    expect(call(first, 'and over 26 weeks?')?.args).toEqual({
      changes: [],
      horizon: 26,
      flighting: { tiktok_spend: 'even' },
    });
  });

  it('splits a move between channels when a follow-up says so', () => {
    expect(
      call('move 10% of display into radio', 'actually divide it between radio and tiktok')?.args,
    ).toEqual({
      changes: [
        { type: 'move', from: 'display_spend', to: ['radio_spend', 'tiktok_spend'], percent: 10 },
      ],
    });
  });

  it('asks what a channel returned for "did it pay for itself?", over the period said', () => {
    expect(call('has radio paid for itself this year?')).toMatchObject({
      name: 'get_contributions',
      args: { sortBy: 'roi', channels: ['radio_spend'], period: 'this year' },
    });
    expect(call('is display paying its way?')?.args).toEqual({
      sortBy: 'roi',
      channels: ['display_spend'],
    });
  });

  it('draws the curve for "how far can we push X before it stops paying"', () => {
    for (const q of [
      'how far could we push search b4 it stops paying back?',
      'how much higher can we take tiktok until returns stop?',
    ])
      expect(call(q)?.name, q).toBe('get_response_curve');
  });

  it('reads the baseline share questions and never a month inside a word', () => {
    expect(call('what share of our revenue is down to seasonality?')?.args).toMatchObject({
      focus: 'baseline',
    });
    // "marketing" holds "mar", "decent" holds "dec": neither is a month.
    expect(call('how much of our sales comes from marketing?')?.args).not.toHaveProperty('period');
    expect(call('what drove revenue in march 2024?')?.args).toMatchObject({
      period: 'march 2024',
    });
  });

  it('leads with media against the baseline for "marketing vs what we would sell anyway"', () => {
    for (const q of [
      'how much of sales is from advertising versus what we would have sold regardless?',
      'media vs baseline: what share of revenue is each?',
    ]) {
      const last = converse(planner, [q]).last;
      expect(last.tool_calls?.[0]?.name, q).toBe('get_contributions');
      expect(last.additional_kwargs.intent, q).toMatchObject({ lead: 'media' });
    }
  });

  it('keeps a channel out of a split of a stated budget "across all channels except" it', () => {
    expect(call('split $1M across all channels except radio')?.args).toMatchObject({
      budget: 1000000,
      constraints: { max: { radio_spend: 0 } },
    });
    expect(call('allocate 750k among every channel except tiktok')?.args).not.toHaveProperty(
      'channels',
    );
  });

  it('answers how the model works as methodology', () => {
    const last = converse(planner, ['give me the two-line version of how the model works']).last;
    expect(last.additional_kwargs.intent).toMatchObject({ intent: 'methodology' });
  });
});
