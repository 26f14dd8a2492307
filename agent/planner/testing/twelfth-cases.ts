import type { TaggedCase } from './planner-case';
import { TWELFTH_CASES_A } from './twelfth-cases-a';
import { TWELFTH_CASES_B } from './twelfth-cases-b';
import { TWELFTH_CASES_C } from './twelfth-cases-c';

/** The twelfth held-out set, parts A (with C, split off it) and B; run it against TEST_DATASET (100k a week in all). */
export const TWELFTH_CASES: TaggedCase[] = [
  ...TWELFTH_CASES_A,
  ...TWELFTH_CASES_C,
  ...TWELFTH_CASES_B,
];
