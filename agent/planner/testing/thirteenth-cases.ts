import type { TaggedCase } from './planner-case';
import { THIRTEENTH_CASES_A } from './thirteenth-cases-a';
import { THIRTEENTH_CASES_B } from './thirteenth-cases-b';
import { THIRTEENTH_CASES_C } from './thirteenth-cases-c';

/**
 * The thirteenth held-out set, parts A (what-ifs), B (optimisation, curves, marginal ROI) and C
 * (contributions, quality, methodology, refits, missing slots, scope); written blind, run it
 * against TEST_DATASET (100k a week in all).
 */
export const THIRTEENTH_CASES: TaggedCase[] = [
  ...THIRTEENTH_CASES_A,
  ...THIRTEENTH_CASES_B,
  ...THIRTEENTH_CASES_C,
];
