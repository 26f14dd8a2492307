import { FIFTEENTH_CASES_A } from './fifteenth-cases-a';
import { FIFTEENTH_CASES_B } from './fifteenth-cases-b';
import { FIFTEENTH_CASES_C } from './fifteenth-cases-c';
import type { TaggedCase } from './planner-case';

/**
 * The fifteenth held-out table, written blind (without reading the planner's rules or the other
 * tables, and without running the planner on it); run against PEOPLE_DATASET.
 */
export const FIFTEENTH_CASES: TaggedCase[] = [
  ...FIFTEENTH_CASES_A,
  ...FIFTEENTH_CASES_B,
  ...FIFTEENTH_CASES_C,
];
