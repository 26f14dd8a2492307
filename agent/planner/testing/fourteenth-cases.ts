import { FOURTEENTH_CASES_A } from './fourteenth-cases-a';
import { FOURTEENTH_CASES_B } from './fourteenth-cases-b';
import { FOURTEENTH_CASES_C } from './fourteenth-cases-c';
import type { TaggedCase } from './planner-case';

/**
 * The fourteenth held-out planner table, written blind: by someone who had not read the
 * planner's source or any other table and did not run the planner on these rows before they
 * were committed. Tags are personas (exec, budget, strategist, analyst, slack) plus `followup`
 * for multi-turn rows judged on their last turn. Parts: A what-ifs; B optimisation, response
 * curves and marginal ROI; C contributions and drivers, model quality, methodology, refits,
 * missing information (clarify) and requests outside the service.
 */
export const FOURTEENTH_CASES: TaggedCase[] = [
  ...FOURTEENTH_CASES_A,
  ...FOURTEENTH_CASES_B,
  ...FOURTEENTH_CASES_C,
];
