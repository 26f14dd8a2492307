import type { OptimizeArgs } from '../agent/tool-schemas';
import { invalid } from '../errors';
import { formatMoney } from '../scenario/format';
import { type Allocation, allocateTotal, DEFAULT_UNITS } from './allocate';
import { boundsAt } from './bounds';
import type { AllocationProblem } from './problem';

/** An optimal allocation and the lines that say how its total was chosen. */
export interface Solved {
  allocation: Allocation;
  summary: string[];
  /** Constraints on the total that bind ("total budget ..."). */
  totalBinding: string[];
}

/** The feasible totals of a problem, from the smallest to the largest allowed. */
export interface TotalRange {
  min: number;
  max: number;
}

/** Best allocation of exactly `total` among the problem's channels. */
export function solveAt(p: AllocationProblem, total: number, units = DEFAULT_UNITS): Allocation {
  const bounds = boundsAt(p.limits, total);
  return allocateTotal(
    p.curves,
    bounds.map((b) => b.lo),
    bounds.map((b) => b.hi),
    total,
    units,
  );
}

/** The budget the arguments ask for, if any (validated above zero). */
export function requestedBudget(p: AllocationProblem, args: OptimizeArgs): number | undefined {
  if (args.budget !== undefined) return args.budget;
  if (args.budgetChangePct === undefined) return undefined;
  const b = p.referenceTotal * (1 + args.budgetChangePct / 100);
  if (!(b > 0)) {
    throw invalid(
      'budgetChangePct',
      `a change of ${args.budgetChangePct}% leaves a budget of ${formatMoney(b)}; the budget must be above zero`,
      'invalid_input',
    );
  }
  return b;
}
