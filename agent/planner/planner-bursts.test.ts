import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/** Regular bursts asked for in words: the what-if's and the optimizer's `flighting: 'bursts'`. */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const calls = (...q: string[]) =>
  (converse(planner, q).last.tool_calls ?? []).filter((c) => c.name !== 'search_methodology');
const first = (...q: string[]) => calls(...q)[0];

describe('offline planner: bursts instead of always-on', () => {
  it('runs a channel in bursts when asked in so many words', () => {
    for (const q of [
      'what if we ran search in bursts instead of always-on?',
      'what if we pulsed search?',
      'what happens if search goes 2 weeks on, 2 weeks off?',
      'what if search stopped running every week and went on-off instead',
      'could we run search in two-week bursts',
      'what if we stop running search always on',
    ]) {
      const call = first(q);
      expect(call?.name, q).toBe('what_if');
      expect(call?.args, q).toEqual({ changes: [], flighting: { search_spend: 'bursts' } });
    }
  });

  it('still reads always-on instead of bursts as even', () => {
    expect(first('what if we ran tv always-on instead of in bursts?')?.args).toEqual({
      changes: [],
      flighting: { tv_spend: 'even' },
    });
    expect(first('would spreading radio evenly, not flighting it, do better?')?.args).toEqual({
      changes: [],
      flighting: { radio_spend: 'even' },
    });
  });

  it('keeps a change said beside the bursts', () => {
    expect(first('put 20% more into search and run it in bursts')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: 20 }],
      flighting: { search_spend: 'bursts' },
    });
  });

  it('optimizes with a channel in bursts, and carries the layout into a follow-up', () => {
    const split = first('how should we split 1M if search runs in bursts?');
    expect(split?.name).toBe('optimize_budget');
    expect(split?.args.flighting).toEqual({ search_spend: 'bursts' });
    const then = first('what if we pulsed search?', 'and radio too?');
    expect(then?.args.flighting).toEqual({ search_spend: 'bursts', radio_spend: 'bursts' });
  });
});
