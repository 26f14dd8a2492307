import { NINTH_CASES_A } from './ninth-cases-a';
import { NINTH_CASES_B } from './ninth-cases-b';
import type { TaggedCase } from './planner-case';

/** The ninth held-out set, parts A and B; run it against TEST_DATASET (100k a week in all). */
export const NINTH_CASES: TaggedCase[] = [...NINTH_CASES_A, ...NINTH_CASES_B];
