import type { OptimizeArgs } from '../agent/tool-schemas';
import { invalid, MixPilotError } from '../errors';
import { formatMoney } from '../scenario/format';
import { assertFeasible, feasible, feasibleTotals } from './bounds';
import type { AllocationProblem } from './problem';
import { requestedBudget, type Solved, solveAt } from './solve-at';
import { maxProfit, targetKpi, targetRoas } from './variable-total';

/** Without a budget, totals are searched up to this multiple of the reference total. */
const CAP_MULTIPLE = 10;

/**
 * Solves the objective of the arguments: max_kpi splits a fixed total (or at most it); max_profit,
 * target_roas and target_kpi search the total itself, up to the budget when one is given or
 * 10× the current total otherwise.
 */
export function solveObjective(p: AllocationProblem, args: OptimizeArgs): Solved {
  const budget = requestedBudget(p, args);
  if (args.objective === 'max_kpi' || args.objective === undefined) return maxKpi(p, args, budget);
  const cap = budget ?? searchCap(p);
  const range = feasibleTotals(p.limits, cap);
  if (!range) {
    assertFeasible(p.limits, cap, 'at_most');
    throw new MixPilotError('unprocessable', 'The constraints leave no feasible budget.');
  }
  const capText =
    budget !== undefined
      ? `the budget of ${formatMoney(budget)}`
      : `${CAP_MULTIPLE}× the current spend (${formatMoney(cap)})`;
  if (args.objective === 'max_profit') return maxProfit(p, args, range, capText);
  if (args.objective === 'target_roas') return targetRoas(p, args, range, capText);
  return targetKpi(p, args, range, capText);
}

function searchCap(p: AllocationProblem): number {
  if (!(p.referenceTotal > 0)) {
    throw invalid(
      'budget',
      'the channels to allocate have no recent spend; give a budget',
      'invalid_input',
    );
  }
  return CAP_MULTIPLE * p.referenceTotal;
}

function maxKpi(p: AllocationProblem, args: OptimizeArgs, budget: number | undefined): Solved {
  const total = budget ?? p.referenceTotal;
  if (!(total > 0))
    throw invalid('budget', `must be above zero (got ${formatMoney(total)})`, 'invalid_input');
  const basis = budget === undefined ? 'the current total' : 'the budget';
  if (args.totalMode !== 'at_most' || feasible(p.limits, total)) {
    assertFeasible(p.limits, total, 'equal');
    return {
      allocation: solveAt(p, total),
      summary: [`Most KPI for ${basis} of ${formatMoney(total)}, spent in full.`],
      totalBinding: [`total budget: ${formatMoney(total)} allocated in full`],
    };
  }
  const range = feasibleTotals(p.limits, total);
  if (!range) {
    assertFeasible(p.limits, total, 'at_most');
    throw new MixPilotError('unprocessable', 'The constraints leave no feasible budget.');
  }
  return {
    allocation: solveAt(p, range.max),
    summary: [
      `Most KPI for at most ${formatMoney(total)}: the channel limits allow spending ${formatMoney(range.max)}, so the rest stays unspent.`,
    ],
    totalBinding: [],
  };
}
