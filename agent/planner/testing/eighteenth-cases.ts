import { EIGHTEENTH_CASES_A } from './eighteenth-cases-a';
import { EIGHTEENTH_CASES_B } from './eighteenth-cases-b';
import { EIGHTEENTH_CASES_C } from './eighteenth-cases-c';
import type { TaggedCase } from './planner-case';

/**
 * The eighteenth held-out table (people-style phrasings), written blind against the tool
 * schemas: part A what-ifs (with always-on and bursts flighting), part B optimisation, response
 * curves, marginal ROI and carryover, part C contributions, today's mix, drivers, diagnostics and
 * uncertainty, methodology, refits and lift-test calibration, clarify, help and out-of-scope.
 */
export const EIGHTEENTH_CASES: TaggedCase[] = [
  ...EIGHTEENTH_CASES_A,
  ...EIGHTEENTH_CASES_B,
  ...EIGHTEENTH_CASES_C,
];
