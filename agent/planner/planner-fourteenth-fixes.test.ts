import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * Wrong answers a product review found (and the fourteenth table's misreads), in phrasings of
 * their own: the reference plan is 1.3m a quarter (100k a week), six channels.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const call = (...q: string[]) => converse(planner, q).last.tool_calls?.[0];
const EVERY = [
  'tv_spend',
  'search_spend',
  'facebook_spend',
  'tiktok_spend',
  'display_spend',
  'radio_spend',
];
const each = (v: number) => Object.fromEntries(EVERY.map((c) => [c, v]));

describe('offline planner: what the review and the fourteenth table read wrong', () => {
  it('plans "where should we cut N%?" as a smaller budget where no channel rises', () => {
    for (const q of ['Where would you trim 5%?', 'where should the cut of 8% come from?']) {
      const pct = q.includes('5%') ? -5 : -8;
      expect(call(q)).toMatchObject({
        name: 'optimize_budget',
        args: { budgetChangePct: pct, constraints: { maxMultiple: each(1) } },
      });
    }
  });

  it('plans where the next or an extra amount should go as that much more, no channel below today', () => {
    for (const q of ['where should another 50k go?', 'Which channels deserve the next $200k?']) {
      expect(call(q)).toMatchObject({
        name: 'optimize_budget',
        args: {
          budgetChangePct: q.includes('50k') ? 3.8462 : 15.3846,
          constraints: { minMultiple: each(1) },
        },
      });
    }
  });

  it('ranks marginal returns for "the next incremental dollar"', () => {
    expect(call('Where does the next incremental euro do the most?')?.args).toEqual({
      sortBy: 'mroi',
    });
    expect(call('where would the next incremental pound achieve most?')?.args).toEqual({
      sortBy: 'mroi',
    });
  });
});
