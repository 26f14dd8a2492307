import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * What the nineteenth blind table found, each fix checked in phrasings other than the table's
 * (the table itself is measured by measure-people.ts). PEOPLE_DATASET spends 100k a week, so the
 * reference quarter is 1.3M.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const first = (...q: string[]) =>
  (converse(planner, q).last.tool_calls ?? []).filter((c) => c.name !== 'search_methodology')[0];

describe('offline planner: the nineteenth table', () => {
  it('sets the total to an amount said after "to", instead of cutting by it', () => {
    for (const [q, percent] of [
      ['what if we brought total media spend down to 1.04M?', -20],
      ['what happens if the whole budget drops to 90k a week', -10],
      ['what if total spend went from 1.3M to 1.56M?', 20],
    ] as const) {
      expect(first(q)?.args, q).toEqual({ changes: [{ type: 'total', percent }] });
    }
  });

  it('keeps the amounts when a message says the budget does not change', () => {
    for (const q of [
      'what if tv ran always-on, with no budget change?',
      'radio in bursts without changing the budget - what happens?',
    ]) {
      expect(first(q)?.args.changes, q).toEqual([]);
    }
  });

  it('reads "double down on" as putting more in, not twice the money', () => {
    expect(first("we're doubling down on tiktok - what does +20% do?")?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: 20 }],
    });
    expect(first('what if we doubled down on display: up 40%')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'display_spend', percent: 40 }],
    });
  });

  it('reads a plus between words as "and": "tv locked + radio max 80k"', () => {
    expect(first('best split with search locked + display max 50k')?.args).toMatchObject({
      constraints: { locked: ['search_spend'], max: { display_spend: 50_000 } },
    });
  });

  it('plans the full year when asked to optimise it, but not a past full year', () => {
    expect(first('optimise the whole year with 5M')?.args).toMatchObject({
      budget: 5_000_000,
      horizon: 52,
    });
    expect(first('what was the roi of tv over the full year 2024?')?.args).not.toHaveProperty(
      'horizon',
    );
  });

  it('reads a bare cadence ("3 on 3 off") in periods of the data, and leaving stop-start as even', () => {
    expect(first('radio 3 on 3 off?')?.args).toEqual({
      changes: [],
      flighting: { radio_spend: { layout: 'bursts', burst: 3 } },
    });
    expect(
      first('what if display moved away from its on-off pattern to an even weekly level?')?.args,
    ).toEqual({ changes: [], flighting: { display_spend: 'even' } });
  });
});
