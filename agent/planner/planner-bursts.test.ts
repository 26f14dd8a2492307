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
const TWO_WEEKS = { layout: 'bursts', burst: 2 };

describe('offline planner: bursts instead of always-on', () => {
  it('runs a channel in bursts when asked in so many words', () => {
    for (const q of [
      'what if we ran search in bursts instead of always-on?',
      'what if we pulsed search?',
      'what if search stopped running every week and went on-off instead',
      'what if we stop running search always on',
    ]) {
      const call = first(q);
      expect(call?.name, q).toBe('what_if');
      expect(call?.args, q).toEqual({ changes: [], flighting: { search_spend: 'bursts' } });
    }
    // A stated cadence is carried as the burst length, even the usual one.
    for (const q of [
      'what happens if search goes 2 weeks on, 2 weeks off?',
      'could we run search in two-week bursts',
    ]) {
      expect(first(q)?.args, q).toEqual({ changes: [], flighting: { search_spend: TWO_WEEKS } });
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

  it('reads bursts that are ended as always-on, however the bursts are said', () => {
    for (const q of [
      'what if we stop running tv in bursts and run it always on?',
      'what if tv ran always-on rather than in 2-week bursts?',
      'what if tv ran always-on instead of two weeks on, two off?',
      'what if tv ran always-on instead of on and off?',
      "what if we don't run tv in bursts?",
    ]) {
      expect(first(q)?.args, q).toEqual({ changes: [], flighting: { tv_spend: 'even' } });
    }
  });

  it('gives each channel the layout of its own part of the message', () => {
    expect(first('what if tv went always-on and search ran in bursts?')?.args).toEqual({
      changes: [],
      flighting: { tv_spend: 'even', search_spend: 'bursts' },
    });
    expect(
      first('how would you split 1M if search is pulsed and tv runs always on?')?.args.flighting,
    ).toEqual({ search_spend: 'bursts', tv_spend: 'even' });
  });

  it('does not read a pulse check, blocks of a move or a question about how a channel runs as bursts', () => {
    expect(first('quick pulse check: what if we cut tv by 10%?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tv_spend', percent: -10 }],
    });
    expect(first('shift 20% of tv into search in blocks')?.args).not.toHaveProperty('flighting');
    expect(first('does tv run in bursts?')?.name).not.toBe('what_if');
  });

  it('reads a cadence as the length of a burst, never as the horizon', () => {
    for (const q of [
      'what if search ran in 2-week waves?',
      'could we run search in two-week bursts',
    ]) {
      expect(first(q)?.args, q).toEqual({ changes: [], flighting: { search_spend: TWO_WEEKS } });
    }
    expect(first('what if search ran in two-week bursts over the next 8 weeks?')?.args).toEqual({
      changes: [],
      flighting: { search_spend: TWO_WEEKS },
      horizon: 8,
    });
  });

  it('turns an always-on what-if into bursts when asked to pulse it instead', () => {
    expect(
      first('what if we run tv always on?', 'what about pulsing it instead?')?.args.flighting,
    ).toEqual({ tv_spend: 'bursts' });
  });

  it('reads the layout asked for past a choice named as a topic, and a fortnight as a cadence', () => {
    expect(
      first(
        'We keep debating continuity vs flighting for radio. What would pulsing radio, a fortnight on and a fortnight off, do to sales?',
      )?.args,
    ).toEqual({ changes: [], flighting: { radio_spend: TWO_WEEKS } });
  });

  it('optimizes when the layouts come with a best plan, each channel in its own layout', () => {
    expect(first('optimal plan with display always-on and radio pulsed in bursts?')).toMatchObject({
      name: 'optimize_budget',
      args: { flighting: { display_spend: 'even', radio_spend: 'bursts' } },
    });
    expect(first('best split if facebook always on + tiktok bursty')?.args.flighting).toEqual({
      facebook_spend: 'even',
      tiktok_spend: 'bursts',
    });
    expect(
      first('Best split if radio runs always-on?', 'and if it ran in bursts instead?')?.args
        .flighting,
    ).toEqual({ radio_spend: 'bursts' });
  });

  it('sets a channel put at an amount instead of moving it', () => {
    expect(first('put display at $250k and show me the forecast')?.args).toEqual({
      changes: [{ type: 'set', channel: 'display_spend', amount: 250000 }],
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

describe('offline planner: bursts of a stated length', () => {
  it('carries the length said, in periods of the data', () => {
    for (const [q, burst] of [
      ['what if we ran search in 6-week bursts?', 6],
      ['what if tv ran four weeks on, four weeks off?', 4],
      ['what if tv ran 4 weeks on and 4 off?', 4],
      ['what if we pulse search in three week flights over the next 26 weeks?', 3],
      ['what if we flighted tv in 14-day bursts?', 2],
    ] as const) {
      const flighting = first(q)?.args.flighting as Record<string, unknown>;
      expect(Object.values(flighting), q).toEqual([{ layout: 'bursts', burst }]);
    }
  });

  it('keeps pauses that differ from the bursts: "4 weeks on, 2 off"', () => {
    expect(first('what if tv ran 4 weeks on, 2 off?')?.args.flighting).toEqual({
      tv_spend: { layout: 'bursts', burst: 4, off: 2 },
    });
    expect(
      first('best split of 1.3M with search three weeks on and one week off?')?.args.flighting,
    ).toEqual({ search_spend: { layout: 'bursts', burst: 3, off: 1 } });
  });

  it('gives each channel the length of its own part, in a split and in a follow-up', () => {
    expect(
      first('how should we split 1M if tv runs in 3-week flights and search always on?')?.args
        .flighting,
    ).toEqual({ tv_spend: { layout: 'bursts', burst: 3 }, search_spend: 'even' });
    expect(
      first('what if tv ran in bursts?', 'what about 4-week bursts instead?')?.args.flighting,
    ).toEqual({ tv_spend: { layout: 'bursts', burst: 4 } });
  });
});
