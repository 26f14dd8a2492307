import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * What the seventeenth blind table found, each fix checked in phrasings other than the table's
 * (the table itself is measured by measure-people.ts, not asserted).
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const calls = (...q: string[]) =>
  (last(...q).tool_calls ?? []).filter((c) => c.name !== 'search_methodology');
const first = (...q: string[]) => calls(...q)[0];
const intent = (...q: string[]) => (last(...q).additional_kwargs.intent as PlannerIntent).intent;

describe('offline planner: the seventeenth table', () => {
  it('reads a verb on the whole budget as a total change, even beside "upside"', () => {
    expect(first('Any upside if we raise the overall budget by 15%?')?.args).toEqual({
      changes: [{ type: 'total', percent: 15 }],
    });
    expect(first('what happens if we trim our media spend by 200k')?.name).toBe('what_if');
  });

  it('reads fractions and "dbl" written short, but not a date', () => {
    expect(first('shift 1/3 of radio into tiktok')?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'tiktok_spend', percent: 33.33 }],
    });
    expect(first('dbl search?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 100 }],
    });
    expect(first('what did tv drive in the week of 1/2/2024?')?.name).not.toBe('what_if');
  });

  it('does not take the lift a plan gives for a lift test', () => {
    expect(first('add 20k to radio next month, what would the lift be?')?.name).toBe('what_if');
    expect(first('please add our geo lift test on search: roi 2.1 ± 0.4')?.name).toBe('fit_model');
  });

  it('switches channels off when they are zeroed out or run at zero', () => {
    expect(first('what if we zeroed out radio')?.args).toEqual({
      changes: [{ type: 'set', channel: 'radio_spend', amount: 0 }],
    });
    expect(first('run 0 tiktok for 4 weeks?')?.args).toEqual({
      changes: [{ type: 'set', channel: 'tiktok_spend', amount: 0 }],
      horizon: 4,
    });
  });

  it('reads an amount a channel is set to without a currency sign, but not a year', () => {
    expect(first('what if display is set to 40000?')?.args).toEqual({
      changes: [{ type: 'set', channel: 'display_spend', amount: 40_000 }],
    });
  });

  it('answers the current mix asked in other words', () => {
    for (const q of [
      'where is the budget going right now?',
      'what percentage of our spend is each channel getting?',
      'are we putting money in the right places?',
    ])
      expect(first(q)?.args, q).toMatchObject({ focus: 'mix' });
  });

  it('breaks the baseline down when asked what sales would be without ads or at Christmas', () => {
    for (const q of [
      'what would we still sell without any marketing?',
      'how much of that is christmas?',
      'how much of revenue is attributable to price?',
    ])
      expect(first(q)?.args, q).toMatchObject({ focus: 'baseline' });
  });

  it("gives a channel's ROI with its ranges when asked how sure the estimate is", () => {
    expect(first("how confident are we in search's roi?")?.args).toMatchObject({
      channels: ['search_spend'],
    });
  });

  it('reads the shakiest estimates and MCMC diagnostics as questions about the fit', () => {
    expect(intent('which numbers are least reliable?')).toBe('diagnostics');
    expect(intent('what about convergence, any divergences?')).toBe('diagnostics');
  });

  it('reads saturation and carryover said in plain words as curve questions', () => {
    expect(first('is radio tapped out?')?.name).toBe('get_response_curve');
    expect(first('how much more can we pour into search before it stops working?')?.args).toEqual({
      channel: 'search_spend',
    });
    const burst = last('how long does a radio flight keep working once it ends?');
    expect(burst.tool_calls?.[0]?.args).toEqual({ channel: 'radio_spend' });
    expect((burst.additional_kwargs.intent as PlannerIntent).lead).toBe('carryover');
  });

  it('locks channels said to be contracted or unable to move', () => {
    expect(first('best split, but search is committed and cannot move')?.args).toMatchObject({
      constraints: { locked: ['search_spend'] },
    });
  });

  it('plans a budget said as a ceiling in a request for a plan', () => {
    expect(first('build me a plan for up to $900k')?.args).toMatchObject({
      budget: 900_000,
      totalMode: 'at_most',
    });
  });

  it('moves what a halved channel frees to the channels it is spread over', () => {
    expect(first('halve radio and split the savings between tiktok and search')?.args).toEqual({
      changes: [
        { type: 'move', from: 'radio_spend', to: ['tiktok_spend', 'search_spend'], percent: 50 },
      ],
    });
  });

  it('sets the total from a budget said instead of another amount', () => {
    expect(first('what if we had $1.04M instead of $1.3M this quarter?')?.args).toEqual({
      changes: [{ type: 'total', percent: -20 }],
    });
  });

  it('asks for the channel of a bare change, and declines paperwork', () => {
    expect(intent('shift 20% over')).toBe('clarify');
    expect(intent('can you issue the purchase order for the tv buy?')).toBe('out_of_scope');
  });

  it('answers how collinear channels are told apart as methodology', () => {
    expect(
      calls('how does the model separate search and display when they move together?'),
    ).toEqual([]);
    expect(intent('how does the model separate search and display when they move together?')).toBe(
      'methodology',
    );
  });

  it('answers why a high average ROI can be a poor home for the next dollar from the notes', () => {
    const q = 'why is a channel with a strong average roi sometimes a bad bet for more money?';
    expect(intent(q)).toBe('methodology');
    expect(last(q).tool_calls?.[0]?.args.query).toMatch(/^marginal ROI/);
  });

  it('splits a move to several channels in the ratio said, the larger part to the one favoured', () => {
    expect(first('shift 40k from radio to search and tiktok, 1:3 in search favour')?.args).toEqual({
      changes: [
        {
          type: 'move',
          from: 'radio_spend',
          to: ['search_spend', 'tiktok_spend'],
          amount: 40_000,
          weights: [3, 1],
        },
      ],
    });
    // A ratio that does not match the receivers is left out: the move splits evenly.
    expect(first('move 10% of tv to search and radio, 3:2:1')?.args).toEqual({
      changes: [
        { type: 'move', from: 'tv_spend', to: ['search_spend', 'radio_spend'], percent: 10 },
      ],
    });
  });

  it('lays out the channel said always-on and changes it by the amount said beside it', () => {
    expect(first('what if radio ran continuously and we cut it by 20%?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -20 }],
      flighting: { radio_spend: 'even' },
    });
    expect(first('what if tiktok were flighted evenly and search went up 5%?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 5 }],
      flighting: { tiktok_spend: 'even' },
    });
  });
});
