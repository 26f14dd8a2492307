import type { TaggedCase } from './people-cases-a';
import { SEVENTH_CASES_A } from './seventh-cases-a';
import { SEVENTH_CASES_B } from './seventh-cases-b';

/** The seventh held-out set, parts A and B; run it against PEOPLE_DATASET (100k a week in all). */
export const SEVENTH_CASES: TaggedCase[] = [...SEVENTH_CASES_A, ...SEVENTH_CASES_B];
