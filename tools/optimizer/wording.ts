import type { FittedModel } from '../model/model-types';

/**
 * A return in words: "$1.80 per extra $1" for revenue, "2.1 conversions per extra $1,000" for
 * counts; `average` drops the "extra" for an average rather than a marginal return.
 */
export function marginalText(
  m: number,
  kpiType: FittedModel['kpiType'],
  kpi = 'conversions',
  average = false,
): string {
  const per = average ? 'per' : 'per extra';
  if (kpiType === 'revenue') return `$${m.toFixed(2)} ${per} $1`;
  const per1000 = m * 1000;
  return `${per1000 >= 10 ? per1000.toFixed(0) : per1000.toPrecision(2)} ${kpi} ${per} $1,000`;
}
