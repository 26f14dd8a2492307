import type { TaggedCase } from './planner-case';
import { TENTH_CASES_A } from './tenth-cases-a';
import { TENTH_CASES_B } from './tenth-cases-b';

/** The tenth held-out set, parts A and B; run it against TEST_DATASET (100k a week in all). */
export const TENTH_CASES: TaggedCase[] = [...TENTH_CASES_A, ...TENTH_CASES_B];
