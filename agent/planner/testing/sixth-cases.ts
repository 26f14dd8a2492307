import type { TaggedCase } from './people-cases-a';
import { SIXTH_CASES_A } from './sixth-cases-a';
import { SIXTH_CASES_B } from './sixth-cases-b';

/** The sixth held-out set, parts A and B; run it against PEOPLE_DATASET (100k a week in all). */
export const SIXTH_CASES: TaggedCase[] = [...SIXTH_CASES_A, ...SIXTH_CASES_B];
