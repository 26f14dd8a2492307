import { PEOPLE_CASES_A, type TaggedCase, WEEKLY_TOTAL_SPEND } from './people-cases-a';
import { PEOPLE_CASES_B } from './people-cases-b';
import { PEOPLE_CASES_BUDGET } from './people-cases-budget';
import { TEST_DATASET } from './run-case';

export type { TaggedCase };

/** The third held-out set (people-style phrasings), parts A and B. */
export const PEOPLE_CASES: TaggedCase[] = [
  ...PEOPLE_CASES_A,
  ...PEOPLE_CASES_BUDGET,
  ...PEOPLE_CASES_B,
];

/** TEST_DATASET plus a flat spend history (156 weeks at WEEKLY_TOTAL_SPEND in all). */
export const PEOPLE_DATASET = {
  ...TEST_DATASET,
  totalSpendHistory: Array.from({ length: 156 }, () => WEEKLY_TOTAL_SPEND),
};
