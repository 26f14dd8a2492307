import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The thirteenth table's misreads of how a what-if is worded (part D: verbs, multiples, rates),
 * in phrasings of their own: the reference plan is 100k a week in all, a quarter 13 weeks.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const call = (...q: string[]) => converse(planner, q).last.tool_calls?.[0];

describe('offline planner: what the thirteenth table read wrong (part D)', () => {
  it('reads "an additional 1,500 a day" given to a channel as spend, and a fortnight as 2 weeks', () => {
    expect(call('What if radio got an extra 2,000 per day for a fortnight?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'radio_spend', amount: 28_000 }],
      horizon: 2,
    });
    // What a channel drives is a result, not spend.
    expect(call('what if search drives an extra 800 a week?')?.name).not.toBe('what_if');
  });

  it('reads the channel that gets money from another as its receiver', () => {
    expect(call('What if TikTok gets another 40k from radio?')?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'tiktok_spend', amount: 40_000 }],
    });
    expect(call("Suppose search got 10% of TV's budget")?.args).toEqual({
      changes: [{ type: 'move', from: 'tv_spend', to: 'search_spend', percent: 10 }],
    });
  });

  it('reads funnelling money into a channel as a move', () => {
    expect(call("How about funnelling all of radio's money into search? Sensible?")?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'search_spend', percent: 100 }],
    });
    expect(call("Imagine funneling radio's whole budget into display")?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'display_spend', percent: 100 }],
    });
  });

  it('reads "× 0.7", "* 1.2" and "by a factor of 1.05" as multiples of spend', () => {
    expect(call('Scenario: radio_spend × 0.7')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -30 }],
    });
    expect(call('what if search * 1.2?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 20 }],
    });
    expect(call('Revenue if the overall budget is multiplied by a factor of 1.05?')?.args).toEqual({
      changes: [{ type: 'total', percent: 5 }],
    });
    expect(call('show the TV curve up to a factor of 3')?.args).toEqual({
      channel: 'tv_spend',
      maxMultiple: 3,
    });
  });

  it('reads a change named after its size ("a 5% overall budget cut") and its retries', () => {
    expect(call('What would a 7% total budget increase buy us?')?.args).toEqual({
      changes: [{ type: 'total', percent: 7 }],
    });
    expect(call('what would a 10% radio cut do?', 'try 15% instead')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -15 }],
    });
  });

  it('reads "another 25% on it" as more of the channel, not as a past figure', () => {
    expect(call('How is display doing?', 'and what would another 30% on it bring?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'display_spend', percent: 30 }],
    });
    expect(call('what would an extra 40k on radio do?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'radio_spend', amount: 40_000 }],
    });
    expect(call('we spent an extra 20% on TV last year, what did it drive?')?.name).toBe(
      'get_contributions',
    );
  });

  it('reads the marginal ROI "at its current level" as that channel\'s figure, not a definition', () => {
    const mroi = call("Show me TikTok's curve", 'and the marginal ROAS at its current level?');
    expect(mroi?.args).toEqual({ sortBy: 'mroi', channels: ['tiktok_spend'] });
    expect(call("what's the marginal ROI at current spend?")?.args).toEqual({ sortBy: 'mroi' });
  });

  it('shows one channel over the recent spend window for its current spend, and reads its budget as its', () => {
    expect(call("what's the current spend on radio?")?.args).toEqual({
      sortBy: 'contribution',
      channels: ['radio_spend'],
      period: 'recent',
    });
    expect(call('How is search doing?', "what's its spend right now?")?.args).toEqual({
      sortBy: 'contribution',
      channels: ['search_spend'],
      period: 'recent',
    });
    // "its budget" after a turn about one channel is that channel's.
    expect(call('How is TikTok doing?', 'cut its budget by 10%')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: -10 }],
    });
  });
});
