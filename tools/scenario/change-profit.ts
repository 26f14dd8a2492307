import { invalid } from '../errors';
import type { FittedModel, Interval } from '../model/model-types';

type KpiType = FittedModel['kpiType'];

/** What a change of plan does to profit at a margin on revenue. */
export interface ChangeProfit {
  margin: number;
  /** margin × revenue change − spend change. */
  value: number;
  /** The revenue change's intervals carried through the same line (spend is a given). */
  interval: Interval[];
}

/**
 * Profit of a change at `margin`: margin × ΔKPI − Δspend, its range the revenue change's range
 * through the same line. Only a revenue KPI has a margin; refused naming `margin` otherwise.
 */
export function changeProfit(
  margin: number,
  kpiType: KpiType,
  deltaKpi: number,
  deltaSpend: number,
  intervals: Interval[],
): ChangeProfit {
  if (kpiType !== 'revenue')
    throw invalid('margin', `a profit margin applies to revenue; this model's KPI is ${kpiType}`);
  return {
    margin,
    value: margin * deltaKpi - deltaSpend,
    interval: intervals.map((i) => ({
      level: i.level,
      low: margin * i.low - deltaSpend,
      high: margin * i.high - deltaSpend,
    })),
  };
}
