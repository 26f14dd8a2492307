import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The twelfth table's misreads, kept by name in phrasings of their own (not the table's rows):
 * the reference plan is 100k a week in all, a quarter is 13 weeks.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) => (last(...q).additional_kwargs.intent as PlannerIntent).intent;

describe('offline planner: what the twelfth table read wrong', () => {
  it('reads past chat markup, short forms and a letter typed twice', () => {
    expect(call('what if we _double_ tiktok :rocket:')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: 100 }],
    });
    expect(call('what happens if we **cut** search by 15%?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: -15 }],
    });
    expect(call('what if we addd 10% to radio')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: 10 }],
    });
    expect(intent('rev by channel for 2024 pls')).toBe('drivers');
    expect(call('rev by channel for 2024 pls')?.args).toMatchObject({ period: '2024' });
  });

  it('reads "one in N" as a share, and a share taken out of the budget as a cut of the total', () => {
    expect(
      call('Suppose we removed one pound in every five from the media budget - what happens?')
        ?.args,
    ).toEqual({ changes: [{ type: 'total', percent: -20 }] });
    expect(
      call('If we shaved 8% off the ad budget, what would it cost us in sales?')?.args,
    ).toEqual({ changes: [{ type: 'total', percent: -8 }] });
  });

  it('reads a bare number spent at a daily rate as an amount, and "what comes back" as a return', () => {
    expect(
      call('Put an extra 1,500 a day into search for 2 weeks - what comes back?')?.args,
    ).toEqual({ changes: [{ type: 'add', channel: 'search_spend', amount: 21_000 }], horizon: 2 });
  });
});
