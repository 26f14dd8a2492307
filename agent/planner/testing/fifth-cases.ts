import { FIFTH_CASES_A } from './fifth-cases-a';
import { FIFTH_CASES_B } from './fifth-cases-b';
import type { TaggedCase } from './people-cases-a';

/** The fifth held-out set, parts A and B; run it against PEOPLE_DATASET (100k a week in all). */
export const FIFTH_CASES: TaggedCase[] = [...FIFTH_CASES_A, ...FIFTH_CASES_B];
