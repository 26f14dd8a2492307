import { formatNumber, formatPct, type Interval } from '../../tools';

/** `revenue: 1,000 → 1,100 (+100, +10.0%); interval 80% 50 to 150, 95% 20 to 180`. */
export function kpiChangeLine(
  kpi: string,
  from: number,
  to: number,
  delta: { kpi: number; kpiPct: number; interval: Interval[] },
): string {
  const iv = delta.interval.map(
    (i) => `${Math.round(i.level * 100)}% ${formatNumber(i.low)} to ${formatNumber(i.high)}`,
  );
  return `${kpi}: ${formatNumber(from)} → ${formatNumber(to)} (${delta.kpi >= 0 ? '+' : ''}${formatNumber(delta.kpi)}, ${formatPct(delta.kpiPct)})${iv.length ? `; interval ${iv.join(', ')}` : ''}`;
}
