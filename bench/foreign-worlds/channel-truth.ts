import { mean, sd } from './series';
import type { ForeignChannelTruth } from './world-types';

/** Truth of one channel from its window spend, its contribution and the window's KPI total. */
export function channelTruth(
  name: string,
  spend: readonly number[],
  contribution: number,
  kpiTotal: number,
  elasticity: number,
  response: Pick<ForeignChannelTruth, 'carryover' | 'steadyMarginal' | 'response'>,
): ForeignChannelTruth {
  return {
    name,
    contribution,
    share: contribution / kpiTotal,
    cv: sd(spend) / mean(spend),
    zeroWeeks: spend.filter((v) => v === 0).length / spend.length,
    elasticity,
    ...response,
  };
}
