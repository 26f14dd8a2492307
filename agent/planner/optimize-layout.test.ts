import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import { converse, TEST_DATASET } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const calls = (q: string) =>
  (converse(planner, [q]).last.tool_calls ?? []).filter((c) => c.name !== 'search_methodology');

describe('offline planner: a split asked for with a channel always-on', () => {
  it.each([
    [
      'if radio ran non-stop, what would the optimal mix of 800k look like?',
      { budget: 800_000 },
      ['radio_spend'],
    ],
    [
      'how would you divide 2 million across the channels, assuming we stop flighting TV?',
      { budget: 2_000_000 },
      ['tv_spend'],
    ],
    [
      "what's the best mix for 1.5m if we run radio continuously, with search capped at 300k?",
      { budget: 1_500_000, constraints: { max: { search_spend: 300_000 } } },
      ['radio_spend'],
    ],
    [
      'give me the optimal allocation for an extra 10% if display is always on',
      { budgetChangePct: 10 },
      ['display_spend'],
    ],
    [
      'optimise the budget assuming TV and radio are both always on',
      {},
      ['tv_spend', 'radio_spend'],
    ],
    ['optimize next quarter with TV on a steady weekly level', { horizon: 13 }, ['tv_spend']],
  ])('plans "%s" as an optimisation with those channels spread evenly', (q, args, even) => {
    const [call, ...more] = calls(q);
    expect(more).toEqual([]);
    expect(call?.name).toBe('optimize_budget');
    expect(call?.args).toMatchObject({ objective: 'max_kpi', ...args });
    expect(call?.args.flighting).toEqual(Object.fromEntries(even.map((c) => [c, 'even'])));
    // The layout's channels say how the plan runs, not what to allocate among or to lock.
    expect(call?.args).not.toHaveProperty('channels');
    if (!('constraints' in args)) expect(call?.args).not.toHaveProperty('constraints');
  });

  it('keeps the channels to allocate among when the message names others too', () => {
    const [call] = calls('split $1M between TV and search, with TV always-on');
    expect(call?.args).toMatchObject({
      budget: 1_000_000,
      channels: ['tv_spend', 'search_spend'],
      flighting: { tv_spend: 'even' },
    });
  });

  it('leaves the layout to what_if when no split is asked, and an even split between channels alone', () => {
    expect(calls('what if TV went always-on instead of in flights?')[0]).toMatchObject({
      name: 'what_if',
      args: { changes: [], flighting: { tv_spend: 'even' } },
    });
    const [split] = calls('divide $1M evenly between TV and search');
    expect(split?.name).toBe('optimize_budget');
    expect(split?.args).not.toHaveProperty('flighting');
  });

  it('keeps the layout when a follow-up changes the budget', () => {
    const { last } = converse(planner, [
      'what is the ideal split of 1.2m if we keep search running continuously?',
      'and with 1.5m?',
    ]);
    expect(last.tool_calls?.[0]).toMatchObject({
      name: 'optimize_budget',
      args: { budget: 1_500_000, flighting: { search_spend: 'even' } },
    });
  });
});
