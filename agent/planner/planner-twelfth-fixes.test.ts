import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse, TEST_DATASET } from './testing/run-case';

/**
 * The twelfth table's misreads, kept by name in phrasings of their own (not the table's rows):
 * the reference plan is 100k a week in all, a quarter is 13 weeks.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) => (last(...q).additional_kwargs.intent as PlannerIntent).intent;
const all = (v: number) => Object.fromEntries(TEST_DATASET.channels.map((c) => [c.name, v]));

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
    expect(call('what if we spent 3000 more per week on display')?.args).toEqual({
      changes: [{ type: 'add', channel: 'display_spend', amount: 39_000 }],
    });
  });

  it('reads a what-if with the channel as subject, a "no, call it" correction, an idiom of sizing', () => {
    expect(call('If search gained 60k - no, make it 80k - what would sales do?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'search_spend', amount: 80_000 }],
    });
    expect(call('If radio fell by 30%, how much revenue would go with it?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -30 }],
    });
    expect(
      call('My boss asks what switching off TikTok would cost. Could you put a figure on that?')
        ?.args,
    ).toEqual({ changes: [{ type: 'set', channel: 'tiktok_spend', amount: 0 }] });
  });

  it('reads a total raised in the same mix as a what-if, and the length of a holdout', () => {
    expect(
      call('Lift the budget by 130k, keeping the current split. Revenue impact?')?.args,
    ).toEqual({ changes: [{ type: 'total', percent: 10 }] });
    expect(call('If we grew total spend by 5% pro rata, what happens?')?.args).toEqual({
      changes: [{ type: 'total', percent: 5 }],
    });
    expect(call('What do we lose if TV goes dark for a 6-week test?')?.args).toEqual({
      changes: [{ type: 'set', channel: 'tv_spend', amount: 0 }],
      horizon: 6,
    });
  });

  it('gives every amount of a list the verb said once', () => {
    expect(
      call('What if we cut 10k from radio, 5k from display and 5k from TikTok?')?.args,
    ).toEqual({
      changes: [
        { type: 'add', channel: 'radio_spend', amount: -10_000 },
        { type: 'add', channel: 'display_spend', amount: -5_000 },
        { type: 'add', channel: 'tiktok_spend', amount: -5_000 },
      ],
    });
  });

  it('reads arguments written the way the tools take them', () => {
    expect(call('what if tv_spend := 900000')?.args).toEqual({
      changes: [{ type: 'set', channel: 'tv_spend', amount: 900_000 }],
    });
    expect(call('delta radio_spend = -15k, delta tiktok_spend = +15k')?.args).toEqual({
      changes: [
        { type: 'add', channel: 'radio_spend', amount: -15_000 },
        { type: 'add', channel: 'tiktok_spend', amount: 15_000 },
      ],
    });
    expect(call('Scenario: budget -4% over a 13-week horizon')?.args).toEqual({
      changes: [{ type: 'total', percent: -4 }],
      horizon: 13,
    });
    expect(call('optimize_budget objective=target_roas targetRoas=1.8')?.args).toMatchObject({
      objective: 'target_roas',
      targetRoas: 1.8,
    });
    expect(
      call(
        'optimize_budget budget=2m totalMode=at_most minShare=radio_spend:0.05 maxMultiple tv_spend 1.5',
      )?.args,
    ).toMatchObject({
      budget: 2_000_000,
      totalMode: 'at_most',
      constraints: { minShare: { radio_spend: 0.05 }, maxMultiple: { tv_spend: 1.5 } },
    });
    expect(call('get_response_curve channel=search_spend maxMultiple=3 points=40')?.args).toEqual({
      channel: 'search_spend',
      maxMultiple: 3,
      points: 40,
    });
    expect(call('Facebook response curve to 2x, 30 pts please')?.args).toEqual({
      channel: 'facebook_spend',
      maxMultiple: 2,
      points: 30,
    });
  });

  it('reads a growth target said against today, the most a budget can buy, two-sided change caps', () => {
    expect(
      call('Sales have to end up 8% higher than now - what is the cheapest plan that does it?')
        ?.args,
    ).toMatchObject({ objective: 'target_kpi', targetKpiPct: 8 });
    expect(call('What is the most we could get out of 1.5m next quarter?')?.args).toMatchObject({
      budget: 1_500_000,
    });
    expect(
      call('Optimise so that no channel is reduced by more than 10% or increased by more than 30%.')
        ?.args,
    ).toEqual({
      objective: 'max_kpi',
      constraints: { minMultiple: all(0.9), maxMultiple: all(1.3) },
    });
  });

  it('reads questions about the baseline said without a verb, or with media set aside', () => {
    expect(call('Leaving marketing to one side, what else drives revenue?')?.args).toMatchObject({
      focus: 'baseline',
    });
    expect(call('How big an effect do holidays have on orders?')?.args).toMatchObject({
      focus: 'baseline',
    });
    expect(call('What drove sales in 2024?', 'and what about the weather?')?.args).toMatchObject({
      focus: 'baseline',
      period: '2024',
    });
  });

  it('reads what a channel adds, where one more sum should go, and whether to show the numbers', () => {
    expect(call('How much is TikTok actually adding?')?.args).toMatchObject({
      channels: ['tiktok_spend'],
    });
    expect(call('How much does TikTok add if we double it?')?.name).toBe('what_if');
    expect(intent('Say we got an extra 25k: which one channel should that go to?')).toBe('mroi');
    expect(intent('Could we show these results to the CFO without getting caught out?')).toBe(
      'diagnostics',
    );
  });

  it('reads questions on how a part of the model is set as methodology, and "what can you really do"', () => {
    expect(intent('Are the adstock decay rates fixed or learned from the data?')).toBe(
      'methodology',
    );
    expect(intent('Is the saturation shape the same for every channel?')).toBe('methodology');
    expect(intent('hello', 'so what can you really do?')).toBe('help');
  });

  it('declines writing to people, comparing creatives and putting a plan live', () => {
    expect(intent('Please draft an email to finance explaining why we cut display by 15%')).toBe(
      'out_of_scope',
    );
    expect(intent('Which of our Facebook videos performed best last month?')).toBe('out_of_scope');
    expect(intent('Best split of 900k?', 'perfect - now push it live in our ad accounts')).toBe(
      'out_of_scope',
    );
    expect(call('cut radio by 20%', 'and apply that to display too')?.name).toBe('what_if');
  });

  it('carries follow-ups: a channel added "as well", a half-year plan, a seed changed again', () => {
    expect(call('What if we paused TikTok?', 'and Facebook too?')?.args).toEqual({
      changes: [
        { type: 'set', channel: 'tiktok_spend', amount: 0 },
        { type: 'set', channel: 'facebook_spend', amount: 0 },
      ],
    });
    expect(
      call('How should we split 2.6m?', 'hmm, make that a half year plan')?.args,
    ).toMatchObject({ budget: 2_600_000, horizon: 26 });
    expect(call('refit the model with seed 3', 'actually make that 5')?.args).toEqual({
      refit: true,
      seed: 5,
    });
  });

  it('asks which channel "the other one" is when several could be, and reads the answer', () => {
    const q = ['What if we doubled display?', 'ok, and what about the other one?'];
    expect(intent(...q)).toBe('clarify');
    expect(call(...q, 'Search')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 100 }],
    });
  });

  it('asks again when the answer to a question back still gives no size', () => {
    expect(intent("I'd like to model a budget change", 'go bigger')).toBe('clarify');
  });

  it('reads a total cut whose amount is said in another sentence, and a stopping point as a ROAS floor', () => {
    expect(
      call(
        'Procurement asked for 130k back. Suppose we pull it from the overall budget pro rata - what does revenue do?',
      )?.args,
    ).toEqual({ changes: [{ type: 'total', percent: -10 }] });
    expect(
      call(
        'Keep spending more until each extra pound returns under £1.50. How big a budget is that?',
      )?.args,
    ).toMatchObject({ objective: 'target_roas', targetRoas: 1.5 });
  });
});
