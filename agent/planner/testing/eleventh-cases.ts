import { ELEVENTH_CASES_A } from './eleventh-cases-a';
import { ELEVENTH_CASES_B } from './eleventh-cases-b';
import type { TaggedCase } from './planner-case';

/** The eleventh held-out set, parts A and B; run it against TEST_DATASET (100k a week in all). */
export const ELEVENTH_CASES: TaggedCase[] = [...ELEVENTH_CASES_A, ...ELEVENTH_CASES_B];
