import type { TaggedCase } from './planner-case';
import { SIXTEENTH_CASES_A } from './sixteenth-cases-a';
import { SIXTEENTH_CASES_B } from './sixteenth-cases-b';
import { SIXTEENTH_CASES_C } from './sixteenth-cases-c';

/**
 * The sixteenth held-out table (people-style phrasings), written blind against the tool schemas:
 * part A what-ifs, part B optimisation, response curves and marginal ROI, part C contributions,
 * today's mix, drivers, diagnostics, methodology, refits, clarify and out-of-scope.
 */
export const SIXTEENTH_CASES: TaggedCase[] = [
  ...SIXTEENTH_CASES_A,
  ...SIXTEENTH_CASES_B,
  ...SIXTEENTH_CASES_C,
];
