import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_CASES, PEOPLE_DATASET } from './testing/people-cases';
import { checkCase } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });

describe('offline planner on the people-style held-out set', () => {
  it('plans at least 72% of the 121 phrasings right (55% before the general fixes)', () => {
    const passed = PEOPLE_CASES.filter((c) => checkCase(planner, c).problems.length === 0);
    expect(PEOPLE_CASES.length).toBeGreaterThanOrEqual(120);
    expect(passed.length / PEOPLE_CASES.length).toBeGreaterThanOrEqual(0.72);
  });

  it('never plans a call whose arguments break the tool schema', () => {
    for (const c of PEOPLE_CASES) {
      const schema = checkCase(planner, c).problems.filter((p) => p.includes('args invalid'));
      expect(schema).toEqual([]);
    }
  });

  it('multiplies a per-week amount by the horizon and turns a money change of the total into a percentage', () => {
    const plan = (q: string) => checkCase(planner, { q, intent: 'whatif' }).message;
    expect(plan('add 20k per week to search for 8 weeks').tool_calls?.[0]?.args).toEqual({
      changes: [{ type: 'add', channel: 'search_spend', amount: 160000 }],
      horizon: 8,
    });
    expect(plan('what if we raise the total budget by $130k').tool_calls?.[0]?.args).toEqual({
      changes: [{ type: 'total', percent: 10 }],
    });
    expect(plan('optimize with the budget cut by $130k').tool_calls?.[0]?.args).toMatchObject({
      budgetChangePct: -10,
    });
  });
});
