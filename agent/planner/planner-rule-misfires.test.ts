import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerIntent } from './planner-types';
import { converse, TEST_DATASET } from './testing/run-case';

/**
 * Ordinary questions the twelfth-table rules misread when a review tried them (each worked, or
 * was asked back, before those rules): rules for new phrasings must not take over old ones.
 */
const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const last = (...q: string[]) => converse(planner, q).last;
const calls = (...q: string[]) =>
  (last(...q).tool_calls ?? []).filter((c) => c.name !== 'search_methodology');
const intent = (...q: string[]) => (last(...q).additional_kwargs.intent as PlannerIntent).intent;
const double = { changes: [{ type: 'scale', channel: 'search_spend', percent: 100 }] };

describe('offline planner: rules that must not misfire', () => {
  it('reads a number at a rate as spend only when spending governs it', () => {
    expect(calls('Search drives 800 a week in orders - what if we double it?')[0]?.args).toEqual(
      double,
    );
    expect(calls('Our CPA is 120 a week on search, what if we double search?')[0]?.args).toEqual(
      double,
    );
    expect(calls('what if TikTok got 3000 more per week')[0]?.args).toEqual({
      changes: [{ type: 'add', channel: 'tiktok_spend', amount: 39_000 }],
    });
    expect(calls('What if we spent 2000 a day on TikTok?')[0]?.args).toEqual({
      changes: [{ type: 'set', channel: 'tiktok_spend', amount: 182_000 }],
    });
  });

  it('reads "lift" said as a noun as a question about a channel, not a change', () => {
    expect(calls('How much lift does Facebook drive?')[0]?.name).toBe('get_contributions');
    for (const q of ['What is the lift from TV?', 'How much lift are we getting from TikTok?'])
      expect(intent(q)).not.toBe('whatif');
    expect(calls('lift TV by 20%')[0]?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tv_spend', percent: 20 }],
    });
  });

  it('declines writing an email or comparing creatives, not questions that name a missing channel', () => {
    for (const q of [
      'Give me the ROI of TV, search and email',
      'Can you suggest how much to move from TV into email?',
      'Which video channel gives the best ROI?',
      'Which video platform performs best, TikTok or Facebook?',
    ])
      expect(intent(q)).not.toBe('out_of_scope');
    for (const q of [
      'draft an email to my boss about the results',
      'Give me 12 slogans for the spring campaign',
      'which of our TV spots performed best?',
    ])
      expect(intent(q)).toBe('out_of_scope');
  });

  it('keeps a follow-up about a time of year on the channels, and one about a driver on the baseline', () => {
    const first = 'What did each channel contribute last year?';
    expect(calls(first, 'what about during promo weeks?')[0]?.args).not.toHaveProperty('focus');
    expect(calls(first, 'and what about price and promotions?')[0]?.args).toMatchObject({
      focus: 'baseline',
    });
  });

  it("compares two channels' saturation with their curves, not a methodology answer", () => {
    expect(calls('Is TV saturation the same as radio?').map((c) => c.name)).toEqual([
      'get_response_curve',
      'get_response_curve',
    ]);
    expect(intent('Is the Hill exponent fixed or estimated?')).toBe('methodology');
  });

  it('does not read a fall in sales as a cut of the budget', () => {
    expect(calls('If sales fall 10%, what happens to our budget?')).toEqual([]);
  });

  it('reads "at least 2x ROAS" as a level of return, not a floor on spend', () => {
    expect(calls('Optimize the budget so TV gets at least 2x ROAS')[0]?.args).toEqual({
      objective: 'target_roas',
      targetRoas: 2,
    });
    expect(calls('optimize with TV at least 0.5x')[0]?.args).toMatchObject({
      constraints: { minMultiple: { tv_spend: 0.5 } },
    });
  });
});
