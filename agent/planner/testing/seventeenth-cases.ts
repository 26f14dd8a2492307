import type { TaggedCase } from './planner-case';
import { SEVENTEENTH_CASES_A } from './seventeenth-cases-a';
import { SEVENTEENTH_CASES_B } from './seventeenth-cases-b';
import { SEVENTEENTH_CASES_C } from './seventeenth-cases-c';

/**
 * The seventeenth held-out table (people-style phrasings), written blind against the tool
 * schemas: part A what-ifs, part B optimisation, response curves, marginal ROI and carryover,
 * part C contributions, today's mix, drivers, diagnostics and uncertainty, methodology, refits,
 * clarify, help and out-of-scope.
 */
export const SEVENTEENTH_CASES: TaggedCase[] = [
  ...SEVENTEENTH_CASES_A,
  ...SEVENTEENTH_CASES_B,
  ...SEVENTEENTH_CASES_C,
];
