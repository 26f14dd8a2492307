import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse, TEST_DATASET } from './testing/run-case';

/**
 * The thirteenth table's misreads of optimisation and curve arguments (part C), in phrasings of
 * their own: the reference plan is 1.3m over a 13-week quarter.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const call = (...q: string[]) => converse(planner, q).last.tool_calls?.[0];
const all = (v: number) => Object.fromEntries(TEST_DATASET.channels.map((c) => [c.name, v]));

describe('offline planner: what the thirteenth table read wrong (part C)', () => {
  it('keeps a cap said after a floor on the same channel ("at least X and at most Y")', () => {
    expect(call('Plan 1.3m; TV needs at least 200k, and at most 400k')?.args).toMatchObject({
      budget: 1_300_000,
      constraints: { min: { tv_spend: 200_000 }, max: { tv_spend: 400_000 } },
    });
    expect(call('optimise 1.3m, search at most 30% and at least 10%')?.args).toMatchObject({
      constraints: { maxShare: { search_spend: 0.3 }, minShare: { search_spend: 0.1 } },
    });
    // A bound on the whole budget after a channel's floor stays the budget's.
    expect(call('optimise with radio at least 100k and spend at most 1.2m')?.args).toEqual({
      objective: 'max_kpi',
      budget: 1_200_000,
      totalMode: 'at_most',
      constraints: { min: { radio_spend: 100_000 } },
    });
  });

  it('reads a margin said as cents of every sales dollar', () => {
    expect(call('we keep 35 cents of each sales dollar - maximise profit')?.args).toEqual({
      objective: 'max_profit',
      margin: 0.35,
    });
  });

  it('reads tool-style arguments an analyst types', () => {
    expect(call('optimize_budget budget=900000 objective=max_kpi')?.args).toEqual({
      objective: 'max_kpi',
      budget: 900_000,
    });
    expect(call('optimise: budgetChangePct +12, horizon 13')?.args).toEqual({
      objective: 'max_kpi',
      budgetChangePct: 12,
      horizon: 13,
    });
    expect(call('run max_profit, margin=0.3, minMultiple 0.5 for every channel')?.args).toEqual({
      objective: 'max_profit',
      margin: 0.3,
      constraints: { minMultiple: all(0.5) },
    });
    expect(call('what_if: set display_spend=0, horizon 8')?.args).toEqual({
      changes: [{ type: 'set', channel: 'display_spend', amount: 0 }],
      horizon: 8,
    });
    expect(call('response curve radio_spend 0-3x')?.args).toEqual({
      channel: 'radio_spend',
      maxMultiple: 3,
    });
  });

  it('reads "an extra 5%" of budget after a plan as more budget, and of sales as a target', () => {
    expect(
      call('How do we split the budget next quarter?', 'say we get an extra 8%')?.args,
    ).toEqual({ objective: 'max_kpi', horizon: 13, budgetChangePct: 8 });
    expect(call('Best split of 2m?', 'and with an extra 10%?')?.args).toEqual({
      objective: 'max_kpi',
      budget: 2_200_000,
    });
    expect(call('what do we need to spend for an extra 6% in revenue?')?.args).toEqual({
      objective: 'target_kpi',
      targetKpiPct: 6,
    });
  });

  it('plans where the last dollar pays back a level, for the whole mix', () => {
    expect(
      call('Where should total spend stop so the last dollar only just pays back $1.30?')?.args,
    ).toEqual({ objective: 'target_roas', targetRoas: 1.3 });
    // With a channel named it is that channel's curve.
    expect(call('the point on the TV curve where each extra dollar brings back $1.30')?.name).toBe(
      'get_response_curve',
    );
  });

  it('re-plans the budget when asked to, and rebalances only across the channels listed', () => {
    expect(call('Replan next quarter with 5 percent less budget')?.args).toEqual({
      objective: 'max_kpi',
      budgetChangePct: -5,
      horizon: 13,
    });
    expect(call('re-plan with radio locked')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { locked: ['radio_spend'] },
    });
    expect(call('Reallocate only among TV, radio and display')?.args).toEqual({
      objective: 'max_kpi',
      channels: ['tv_spend', 'radio_spend', 'display_spend'],
    });
    expect(call('rebalance towards TikTok a bit')?.name).not.toBe('optimize_budget');
  });

  it('asks for a KPI target named but not given, and reads the answer as the target', () => {
    const ask = converse(planner, ['What is the leanest budget that meets our sales goal?']).last;
    expect(ask.tool_calls ?? []).toEqual([]);
    expect(
      call('What is the leanest budget that meets our sales goal?', '9.5m')?.args,
    ).toMatchObject({ objective: 'target_kpi', targetKpi: 9_500_000 });
    expect(call('how do we reach our revenue goal of 15m?')?.args).toMatchObject({
      objective: 'target_kpi',
      targetKpi: 15_000_000,
    });
    expect(call('did we meet our revenue target last quarter?')?.name).toBeUndefined();
  });

  it('reads a lift test\'s standard error said with "was", in answer or in the report', () => {
    expect(call('The TikTok geo test came back at ROI 2.2', 'the SE was 0.5')?.args).toEqual({
      refit: true,
      liftTests: [{ channel: 'tiktok_spend', roi: 2.2, sd: 0.5 }],
    });
    expect(
      call('calibrate to our radio holdout: ROI 0.9, standard error was about 0.2')?.args,
    ).toEqual({ refit: true, liftTests: [{ channel: 'radio_spend', roi: 0.9, sd: 0.2 }] });
  });
});
