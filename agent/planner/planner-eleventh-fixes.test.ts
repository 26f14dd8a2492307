import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse, TEST_DATASET } from './testing/run-case';

/**
 * The eleventh table's misreads, kept by name in phrasings of their own (not the table's rows):
 * the reference plan is 100k a week in all, a quarter is 13 weeks.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) => (last(...q).additional_kwargs.intent as PlannerIntent).intent;
const all = (v: number) => Object.fromEntries(TEST_DATASET.channels.map((c) => [c.name, v]));

describe('offline planner: what the eleventh table read wrong', () => {
  it('drops context the user says to ignore, and reads "it" as the channel named before', () => {
    expect(
      call('We also run some influencer deals, ignore those. What if Facebook were halved?')?.args,
    ).toEqual({ changes: [{ type: 'scale', channel: 'facebook_spend', percent: -50 }] });
    expect(call('The CFO hates display. Say we scrap it entirely: what do we lose?')?.args).toEqual(
      { changes: [{ type: 'set', channel: 'display_spend', amount: 0 }] },
    );
  });

  it('reads a change written as a noun after "model", and a flat weekly level', () => {
    expect(call('Model a 15% increase in search spend please.')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 15 }],
    });
    expect(call('Model radio at a steady 5k per week.')?.args).toEqual({
      changes: [{ type: 'set', channel: 'radio_spend', amount: 65_000 }],
    });
  });

  it('keeps two changes said in two clauses, and two channels switched off at the same time', () => {
    expect(call('What if we added 40k to search and took 15k off radio?')?.args).toEqual({
      changes: [
        { type: 'add', channel: 'search_spend', amount: 40_000 },
        { type: 'add', channel: 'radio_spend', amount: -15_000 },
      ],
    });
    expect(call('What if radio and display went dark at the same time?')?.args).toEqual({
      changes: [
        { type: 'set', channel: 'radio_spend', amount: 0 },
        { type: 'set', channel: 'display_spend', amount: 0 },
      ],
    });
    expect(call('scenario: search_spend x1.1, display_spend x0.5')?.args).toEqual({
      changes: [
        { type: 'scale', channel: 'search_spend', percent: 10 },
        { type: 'scale', channel: 'display_spend', percent: -50 },
      ],
    });
  });

  it('takes a correction after hedging words, a past-tense change of the total, a bare horizon', () => {
    expect(call("Add 20% to TikTok - actually, let's go bigger, 35%. Impact?")?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: 35 }],
    });
    expect(
      call('If we raised the whole budget by 5%, same mix, what would sales look like?')?.args,
    ).toEqual({ changes: [{ type: 'total', percent: 5 }] });
    expect(call('what-if, horizon=13: radio_spend -20%')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -20 }],
      horizon: 13,
    });
  });

  it('reads optimisation bounds: a ceiling for any channel, a floor and a cap of today', () => {
    expect(
      call('Optimise with a ceiling of 25% of the budget for any single channel.')?.args,
    ).toEqual({ objective: 'max_kpi', constraints: { maxShare: all(0.25) } });
    expect(
      call('Optimise, but no channel may drop below 80% of its current spend or exceed 120% of it.')
        ?.args,
    ).toEqual({
      objective: 'max_kpi',
      constraints: { minMultiple: all(0.8), maxMultiple: all(1.2) },
    });
    expect(call('If the CFO cuts us by 10%, how do we spread what is left?')?.args).toEqual({
      objective: 'max_kpi',
      budgetChangePct: -10,
    });
    expect(call('26 weeks at 90k/week - optimal split?')?.args).toMatchObject({
      budget: 2_340_000,
      horizon: 26,
    });
  });

  it('reads "leave X alone" as keeping X, not as allocating among X', () => {
    expect(
      call('Reallocate only between search and display, and leave TV and radio alone.')?.args,
    ).toMatchObject({ channels: ['search_spend', 'display_spend'] });
  });

  it('answers what each channel brings, the next euro, a date range, and declines campaign set-up', () => {
    expect(intent('For the QBR: what share of our sales comes from each channel?')).toBe(
      'contributions',
    );
    expect(intent('Given one more pound, which channel should get it?')).toBe('mroi');
    expect(call('decomp 2024-01-01..2024-03-31')?.args).toMatchObject({
      period: '2024-01-01..2024-03-31',
    });
    expect(intent('Launch a TikTok campaign for us with 2k a day.')).toBe('out_of_scope');
  });

  it('asks which channel when a bound is asked for with no channel or size', () => {
    expect(intent('Could you optimise with a limit on one channel?')).toBe('clarify');
  });

  it('carries follow-ups: a second move, a margin said with ~, a horizon, a stated budget', () => {
    expect(
      call('move 30k from search to TikTok', 'and another 10k from radio into TikTok as well')
        ?.args,
    ).toEqual({
      changes: [
        { type: 'move', from: 'search_spend', to: 'tiktok_spend', amount: 30_000 },
        { type: 'move', from: 'radio_spend', to: 'tiktok_spend', amount: 10_000 },
      ],
    });
    expect(call('cut radio by 20%', 'and display by 10% too')?.args).toEqual({
      changes: [
        { type: 'scale', channel: 'radio_spend', percent: -20 },
        { type: 'scale', channel: 'display_spend', percent: -10 },
      ],
    });
    expect(call('optimise for revenue', 'switch to profit, margin ~40%')?.args).toMatchObject({
      objective: 'max_profit',
      margin: 0.4,
    });
    expect(call('What if search doubled?', 'and over only 6 weeks?')?.args).toMatchObject({
      horizon: 6,
    });
    expect(call('Our Q1 pot is 900k', 'how would you split that?')?.args).toMatchObject({
      budget: 900_000,
    });
    expect(
      call('best split of 2m?', "and if we don't need to spend all of it?")?.args,
    ).toMatchObject({ budget: 2_000_000, totalMode: 'at_most' });
    expect(call('optimise revenue', 'now cap every channel at 35% of the budget')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxShare: all(0.35) },
    });
  });

  it('carries follow-ups: "its" curve, trust and fit, what else, the dates of a lift test', () => {
    expect(call('marginal ROI of TikTok?', 'ok, plot its response curve')?.args).toMatchObject({
      channel: 'tiktok_spend',
    });
    expect(intent('show contributions', "fine, but how's the fit?")).toBe('diagnostics');
    expect(intent('what drove sales in 2023?', 'thanks - what else can you do?')).toBe('help');
    expect(
      call(
        'Calibrate with our TV geo test: ROI 2.1, SE 0.4',
        'oh and it ran 1 March to 26 April 2024',
      )?.args,
    ).toMatchObject({
      liftTests: [{ channel: 'tv_spend', roi: 2.1, sd: 0.4, from: '2024-03-01', to: '2024-04-26' }],
    });
  });
});
