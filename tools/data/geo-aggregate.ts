/** A geo panel (one row per geo and date) folded into one national series per date. */

/** How each column is combined across geos on a date. */
export type Combine = 'sum' | 'mean' | 'max';

/**
 * Groups rows by day and combines every series: spend and the KPI are summed, controls averaged,
 * events take the maximum. Returns the distinct days in first-seen order, the first row of each
 * day (for messages) and the combined series.
 */
export function aggregateByDay(
  days: number[],
  series: { values: number[]; combine: Combine }[],
): { days: number[]; rows: number[]; series: number[][]; geos: number } {
  const slot = new Map<number, number>();
  const outDays: number[] = [];
  const rows: number[] = [];
  const counts: number[] = [];
  for (let r = 0; r < days.length; r += 1) {
    const d = days[r] ?? 0;
    if (!slot.has(d)) {
      slot.set(d, outDays.length);
      outDays.push(d);
      rows.push(r + 1);
      counts.push(0);
    }
    const k = slot.get(d) ?? 0;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const out = series.map(({ values, combine }) => {
    const acc = new Array<number>(outDays.length).fill(
      combine === 'max' ? Number.NEGATIVE_INFINITY : 0,
    );
    for (let r = 0; r < days.length; r += 1) {
      const k = slot.get(days[r] ?? 0) ?? 0;
      const v = values[r] ?? 0;
      acc[k] = combine === 'max' ? Math.max(acc[k] ?? 0, v) : (acc[k] ?? 0) + v;
    }
    if (combine === 'mean')
      for (let k = 0; k < acc.length; k += 1) acc[k] = (acc[k] ?? 0) / (counts[k] ?? 1);
    return acc;
  });
  return { days: outDays, rows, series: out, geos: Math.max(...counts) };
}
