import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { BOARD_CASES } from './testing/board-cases';
import { PEOPLE_DATASET } from './testing/people-cases';
import { checkCase } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });

describe('offline planner on the board/finance/Slack held-out set', () => {
  it('plans at least 90% of the 80 phrasings right (66% before the general fixes)', () => {
    const passed = BOARD_CASES.filter((c) => checkCase(planner, c).problems.length === 0);
    expect(BOARD_CASES.length).toBe(80);
    expect(passed.length / BOARD_CASES.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a return threshold over channels as a ranking, a growth goal as a target, advice on one channel as its curve', () => {
    const known = BOARD_CASES.filter((c) => c.tag === 'known');
    for (const c of known) expect(checkCase(planner, c).problems).toEqual([]);
  });
});
