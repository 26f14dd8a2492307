import { EIGHTH_CASES_A } from './eighth-cases-a';
import { EIGHTH_CASES_B } from './eighth-cases-b';
import type { TaggedCase } from './planner-case';

/** The eighth held-out set, parts A and B; run it against TEST_DATASET (100k a week in all). */
export const EIGHTH_CASES: TaggedCase[] = [...EIGHTH_CASES_A, ...EIGHTH_CASES_B];
