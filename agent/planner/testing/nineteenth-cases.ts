import { NINETEENTH_CASES_A } from './nineteenth-cases-a';
import { NINETEENTH_CASES_B } from './nineteenth-cases-b';
import { NINETEENTH_CASES_C } from './nineteenth-cases-c';
import type { TaggedCase } from './planner-case';

/**
 * The nineteenth held-out table (people-style phrasings), written blind against the tool
 * schemas: part A what-ifs (moves, cuts, money and total changes, horizons, always-on and bursts
 * flighting, profit), part B optimisation, response curves, marginal ROI and carryover, part C
 * contributions, today's mix, drivers, diagnostics and uncertainty, methodology, refits and
 * lift-test calibration, clarify, help and out-of-scope.
 */
export const NINETEENTH_CASES: TaggedCase[] = [
  ...NINETEENTH_CASES_A,
  ...NINETEENTH_CASES_B,
  ...NINETEENTH_CASES_C,
];
