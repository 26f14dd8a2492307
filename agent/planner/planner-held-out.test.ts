import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import { FRESH_CASES } from './testing/fresh-cases';
import { HELD_OUT_CASES } from './testing/held-out-cases';
import { checkCase, TEST_DATASET } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const name = (q: string | string[]) => (Array.isArray(q) ? q.join(' → ') : q);

describe('offline planner on phrasings held out while it was built', () => {
  it.each(HELD_OUT_CASES.map((c) => [name(c.q), c] as const))('plans "%s"', (_n, c) => {
    expect(checkCase(planner, c).problems).toEqual([]);
  });
  it.each(FRESH_CASES.map((c) => [name(c.q), c] as const))('plans "%s"', (_n, c) => {
    expect(checkCase(planner, c).problems).toEqual([]);
  });
});
