import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { each } from './testing/case-builders';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The fifteenth table's misreads of optimisation and marginal-return requests, in phrasings of
 * their own: the reference plan is 1.3m a quarter (100k a week), six channels.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const plan = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => plan(...q).tool_calls?.[0];

describe('offline planner: what the fifteenth table read wrong in budget plans', () => {
  it('reads a band either side of today ("±30%", "+/- 30%", "plus or minus 30%") as both bounds', () => {
    for (const q of [
      'best mix if each channel can move +/- 30% from current spend?',
      'optimise with every channel within plus or minus 30% of today',
      'optimise, but keep every channel ±30% of where it is now',
    ]) {
      expect(call(q)).toMatchObject({
        name: 'optimize_budget',
        args: { constraints: { minMultiple: each(0.7), maxMultiple: each(1.3) } },
      });
    }
  });

  it('still reads "± x" after a lift test\'s ROI as its standard error', () => {
    expect(call('lift test on TV: ROI 1.8 ±0.3, calibrate to it')?.args).toMatchObject({
      liftTests: [{ channel: 'tv_spend', roi: 1.8, sd: 0.3 }],
    });
  });

  it('reads what the last dollar returns, said in money, as the ROAS floor and never as the budget', () => {
    for (const [q, roas] of [
      ['How far can we push the budget before the next pound stops bringing back at least £2?', 2],
      ['Grow spend until the last euro is no longer returning more than €1.20', 1.2],
      ['How much can we invest while each extra dollar is still making at least $1.30?', 1.3],
    ] as const) {
      const got = call(q);
      expect(got).toMatchObject({ name: 'optimize_budget', args: { objective: 'target_roas' } });
      expect(got?.args.targetRoas).toBeCloseTo(roas);
      expect(got?.args.budget).toBeUndefined();
    }
  });

  it('keeps a stated budget and bounds beside a return per dollar, which bounds no channel', () => {
    expect(
      call('Split $1.5M so the last dollar into each channel earns at least $1.20')?.args,
    ).toEqual({ objective: 'target_roas', targetRoas: 1.2, budget: 1_500_000 });
    expect(
      call('keep TV fixed while the last dollar brings back at least $1.50, how much can we spend?')
        ?.args,
    ).toEqual({ objective: 'target_roas', targetRoas: 1.5, constraints: { locked: ['tv_spend'] } });
    expect(
      call('Optimise $2m, we want at least $1.60 back per dollar at the margin')?.args,
    ).toEqual({ objective: 'target_roas', targetRoas: 1.6, budget: 2_000_000 });
  });

  it('reads "at the margin" as the next dollar\'s return, not a profit margin', () => {
    for (const q of [
      'which channels are still profitable on the margin',
      'Which channels still earn their keep at the margin?',
      'Where are we still making money at the margin?',
    ]) {
      const last = plan(q);
      expect(last.additional_kwargs.intent).toMatchObject({ intent: 'mroi' });
      expect(last.tool_calls?.[0]?.args).toEqual({ sortBy: 'mroi' });
    }
    expect(call('Is search still profitable at the margin?')?.args).toEqual({
      sortBy: 'mroi',
      channels: ['search_spend'],
    });
  });

  it('does not plan for profit on a margin of error', () => {
    expect(call('what is the margin of error on these numbers?')?.name).toBe(
      'get_model_diagnostics',
    );
  });

  it('plans for profit when a margin is stated with the goal', () => {
    for (const [q, m] of [
      ['How do we get the most profit from marketing, given a 30% gross margin?', 0.3],
      ['What is the best way to make money on media? 40% margins', 0.4],
    ] as const) {
      expect(call(q)).toMatchObject({
        name: 'optimize_budget',
        args: { objective: 'max_profit', margin: m },
      });
    }
  });

  it('reads a return the next dollar must keep, said as a plain number, as the ROAS floor', () => {
    expect(
      call('the last pound has to bring back at least 1.6 - how much should we allocate?')?.args,
    ).toEqual({ objective: 'target_roas', targetRoas: 1.6 });
  });

  it('plans "how do we get the most …" as a goal, still searching the method for "how do you get these numbers?"', () => {
    expect(call('How do we get the most profit out of our media?')?.args).toEqual({
      objective: 'max_profit',
    });
    expect(call('how do we squeeze more sales out of the budget?')?.name).toBe('optimize_budget');
    expect(plan('how do you get these numbers?').additional_kwargs.intent).toMatchObject({
      intent: 'methodology',
    });
  });

  it('plans a reallocation that holds a channel ("do not touch", "leave … alone") with it locked', () => {
    expect(call('Reallocate spend, just do not touch TV or radio')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { locked: ['tv_spend', 'radio_spend'] },
    });
    expect(call('Redistribute the budget but leave TikTok alone')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { locked: ['tiktok_spend'] },
    });
  });

  it('plans a budget to allocate "up to" an amount as a ceiling', () => {
    expect(call('spread up to £400k over the next 8 weeks')?.args).toEqual({
      objective: 'max_kpi',
      budget: 400_000,
      totalMode: 'at_most',
      horizon: 8,
    });
    expect(call('Distribute at most 750k, no need to use it all')?.args).toEqual({
      objective: 'max_kpi',
      budget: 750_000,
      totalMode: 'at_most',
    });
  });

  it('plans a request of another kind after an answer as that request, not the answer again', () => {
    for (const before of [
      'Which channels have the best marginal ROI?',
      'What if we cut TV by 20%?',
    ]) {
      expect(call(before, 'ok, and how would you rebalance the budget then?')).toMatchObject({
        name: 'optimize_budget',
        args: { objective: 'max_kpi' },
      });
    }
    expect(call('show contributions by channel', 'and now rebalance')?.name).toBe(
      'optimize_budget',
    );
    expect(
      call('What if we cut TV by 20%?', 'ok, and which channels pay back at the margin?')?.args,
    ).toEqual({ sortBy: 'mroi' });
  });

  it('still follows on when the message only narrows the answer before', () => {
    expect(call("What's the marginal ROI by channel?", 'and what about TV?')?.args).toEqual({
      sortBy: 'mroi',
      channels: ['tv_spend'],
    });
    expect(
      call('What drove sales in Q3 2024?', 'ok and which channel was best?')?.args,
    ).toMatchObject({ period: 'q3 2024' });
  });
});
