import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { each } from './testing/case-builders';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The sixteenth table's misreads of optimisation, response-curve and marginal-return requests,
 * in phrasings of their own: the reference plan is 1.3m a quarter (100k a week), six channels.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const plan = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => plan(...q).tool_calls?.[0];

describe('offline planner: what the sixteenth table read wrong in budget plans', () => {
  it('plans a reallocation kept within bounds on channels as an optimisation with those bounds', () => {
    expect(call('rebalance the spend, keep TV above 300k and radio at most 50k')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { min: { tv_spend: 300_000 }, max: { radio_spend: 50_000 } },
    });
    expect(
      call('Redistribute the budget with search floored at 0.8x and TV capped at 1.2x')?.args,
    ).toEqual({
      objective: 'max_kpi',
      constraints: { minMultiple: { search_spend: 0.8 }, maxMultiple: { tv_spend: 1.2 } },
    });
    expect(
      call("Can you reallocate things? Don't let display drop under 40k, cap facebook at 250k")
        ?.args,
    ).toEqual({
      objective: 'max_kpi',
      constraints: { min: { display_spend: 40_000 }, max: { facebook_spend: 250_000 } },
    });
  });

  it('still simulates a reallocation between named channels', () => {
    expect(call('reallocate 20% from TV to search but keep search below 500k')?.name).toBe(
      'what_if',
    );
  });

  it('reads "don\'t cut X below N" as a floor and "don\'t raise X above N" as a ceiling', () => {
    expect(call("optimise the mix, don't cut radio below 80k")?.args).toEqual({
      objective: 'max_kpi',
      constraints: { min: { radio_spend: 80_000 } },
    });
    expect(call("best split, but don't raise TV above 300k")?.args).toEqual({
      objective: 'max_kpi',
      constraints: { max: { tv_spend: 300_000 } },
    });
    expect(call('optimise and do not reduce search below 15% of the budget')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { minShare: { search_spend: 0.15 } },
    });
    // A bound on the change itself is still read as one.
    expect(call("best mix, don't cut radio by more than 20%")?.args).toEqual({
      objective: 'max_kpi',
      constraints: { minMultiple: { radio_spend: 0.8 } },
    });
  });

  it('reads "floored at" as a floor, beside a cap', () => {
    expect(call('optimise with search floored at 100k and TV capped at 300k')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { min: { search_spend: 100_000 }, max: { tv_spend: 300_000 } },
    });
    expect(call('optimal split, display capped at 2x and tiktok floored at 0.7x')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxMultiple: { display_spend: 2 }, minMultiple: { tiktok_spend: 0.7 } },
    });
  });

  it('reads "no channel more than doubled" (or tripled) as a cap on every channel', () => {
    expect(
      call('Best allocation where search stays at least 80% of today and nothing more than tripled')
        ?.args,
    ).toEqual({
      objective: 'max_kpi',
      constraints: { minMultiple: { search_spend: 0.8 }, maxMultiple: each(3) },
    });
    expect(call('optimise, but no channel should be more than doubled')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxMultiple: each(2) },
    });
    expect(call('optimal mix, TV can at most be doubled')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxMultiple: { tv_spend: 2 } },
    });
  });

  it('reads an amount in scientific notation', () => {
    expect(call('optimize_budget budget=2.5e5 horizon=8')?.args).toMatchObject({
      budget: 250_000,
    });
    expect(call('optimise, budget 1.1E6')?.args).toEqual({
      objective: 'max_kpi',
      budget: 1_100_000,
    });
    // A year after "budget" is not an amount.
    expect(call('optimise the budget 2025 for max sales')?.args.budget).toBeUndefined();
  });

  it('resizes the one bound of the plan before to a bare new number of its kind', () => {
    const capped = 'optimise with facebook capped at 25% of the budget';
    for (const next of ['what about 20%?', 'try 20% instead', 'ok, 20% then']) {
      expect(call(capped, next)?.args).toEqual({
        objective: 'max_kpi',
        constraints: { maxShare: { facebook_spend: 0.2 } },
      });
    }
    expect(call('best mix with TV capped at 1.5x', 'how about 2x?')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxMultiple: { tv_spend: 2 } },
    });
    // An amount after a plan with no budget is the bound's too, never the budget.
    expect(call('optimise with radio at least 50k', 'make it 80k')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { min: { radio_spend: 80_000 } },
    });
    expect(call('optimise 1m with radio at most 100k', 'raise the cap to 150k')?.args).toEqual({
      objective: 'max_kpi',
      budget: 1_000_000,
      constraints: { max: { radio_spend: 150_000 } },
    });
  });

  it('still reads a bare number as the new budget, margin or other kind of bound when that is what it resizes', () => {
    expect(call('optimise 1m with radio at least 50k', 'make it 1.2m')?.args).toEqual({
      objective: 'max_kpi',
      budget: 1_200_000,
      constraints: { min: { radio_spend: 50_000 } },
    });
    expect(call('maximise profit at a 30% margin, search capped at 30%', 'and 40%?')?.args).toEqual(
      {
        objective: 'max_profit',
        margin: 0.4,
        constraints: { maxShare: { search_spend: 0.3 } },
      },
    );
    expect(call('best mix with search capped at 30% of spend', 'make that 2x')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxShare: { search_spend: 0.3 } },
    });
  });
});

describe('offline planner: what the sixteenth table read wrong in curves and marginal returns', () => {
  it("draws the channel's curve for the spend at which it (or its next dollar) stops paying back", () => {
    for (const [q, channel] of [
      ["At what monthly spend does TikTok's next dollar stop paying off?", 'tiktok_spend'],
      ['at which spend level does facebook stop being profitable?', 'facebook_spend'],
      ['At what daily budget does search no longer pay back?', 'search_spend'],
    ] as const) {
      expect(call(q)).toMatchObject({ name: 'get_response_curve', args: { channel } });
    }
    // Said of no channel, the next dollar is still the marginal ROI ranking.
    expect(call('at what point does the next dollar stop paying back?')?.args).toEqual({
      sortBy: 'mroi',
    });
  });

  it('ranks by marginal ROI when asked which channel returns most on extra money', () => {
    for (const q of [
      'With an additional $50k, which channel would bring the biggest return?',
      'which channel gives the best return on the next 20k?',
      'Say finance hands us another 25k: which one channel gets us the most bang for it?',
    ]) {
      const last = plan(q);
      expect(last.additional_kwargs.intent).toMatchObject({ intent: 'mroi' });
      expect(last.tool_calls?.[0]?.args).toEqual({ sortBy: 'mroi' });
    }
  });
});
