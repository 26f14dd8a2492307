/**
 * Number formatting for answers. Every figure is a rounding of a tool value (3 significant
 * digits), so the grounding guard can match it back to its source.
 */
export type KpiType = 'revenue' | 'conversions';

function sig3(n: number): string {
  const a = Math.abs(n);
  if (a >= 100) return Math.round(a).toLocaleString('en-US');
  if (a >= 10) return a.toFixed(1).replace(/\.0$/, '');
  return a.toFixed(2).replace(/\.?0+$/, '') || '0';
}

/** `$1.23M`, `$456k`, `$789` — money with three significant digits. */
export function money(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (a >= 1e9) return `${sign}$${trim((a / 1e9).toPrecision(3))}B`;
  if (a >= 1e6) return `${sign}$${trim((a / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${sign}$${trim((a / 1e3).toPrecision(3))}k`;
  return `${sign}$${sig3(a)}`;
}

/** A KPI amount: money for revenue, a count for conversions. */
export function kpiAmount(n: number, kpiType: KpiType): string {
  if (kpiType === 'revenue') return money(n);
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (a >= 1e6) return `${sign}${trim((a / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${sign}${trim((a / 1e3).toPrecision(3))}k`;
  return `${sign}${sig3(a)}`;
}

/** A signed KPI change: `+$12.3k`, `-450`; no change is `$0`, not `+$0`. */
export function signedKpi(n: number, kpiType: KpiType): string {
  return `${n > 0 ? '+' : ''}${kpiAmount(n, kpiType)}`;
}

/** A fraction as a percentage with one decimal (two below 1%): 0.1234 → `12.3%`. */
export function percent(fraction: number): string {
  const p = fraction * 100;
  const a = Math.abs(p);
  return `${p < 0 ? '-' : ''}${a < 1 ? a.toFixed(2) : a.toFixed(1)}%`;
}

/** A signed percentage: `+1.2%`. */
export function signedPercent(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${percent(fraction)}`;
}

/** A ratio such as ROI: `2.35`. */
export function ratio(n: number): string {
  return sig3(n) === '0' && n !== 0 ? n.toPrecision(2) : `${n < 0 ? '-' : ''}${sig3(n)}`;
}

/** Whole number with separators, for counts of periods. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** `13 weeks` from a horizon, whichever way the tool spelled the unit. */
export function span(periods: number, unit: string): string {
  const base = unit.replace(/s$/, '');
  return `${periods} ${periods === 1 ? base : `${base}s`}`;
}

/** "TV", "TV and Search", "TV, Search and Radio". */
export function andList(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
