/**
 * Frequency of a date series and the check that it is regular. Monthly data must fall on the same
 * day of each month (or on each month's last day).
 */
import type { FieldIssue } from '../errors';
import { civilFromDays, daysInMonth, isoDate } from './calendar';
import type { Frequency } from './dataset-types';
import type { RowLocator } from './row-label';

/** Periods in a year, by frequency. */
export const PERIODS_PER_YEAR: Record<Frequency, number> = {
  daily: 365.25,
  weekly: 52.18,
  monthly: 12,
};

/** Singular and plural unit names, for messages. */
export const PERIOD_UNIT: Record<Frequency, [string, string]> = {
  daily: ['day', 'days'],
  weekly: ['week', 'weeks'],
  monthly: ['month', 'months'],
};

function monthIndex(days: number): { index: number; day: number; last: boolean } {
  const { year, month, day } = civilFromDays(days);
  return { index: year * 12 + month - 1, day, last: day === daysInMonth(year, month) };
}

function isNextPeriod(a: number, b: number, frequency: Frequency): boolean {
  if (frequency === 'daily') return b - a === 1;
  if (frequency === 'weekly') return b - a === 7;
  const x = monthIndex(a);
  const y = monthIndex(b);
  return (
    y.index - x.index === 1 && (x.day === y.day || (x.last && y.last) || (x.day > y.day && y.last))
  );
}

function guess(sorted: number[]): Frequency | null {
  const counts = new Map<number, number>();
  for (let i = 1; i < sorted.length; i += 1) {
    const gap = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    const key = gap >= 28 && gap <= 31 ? 30 : gap;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  if (best === 1) return 'daily';
  if (best === 7) return 'weekly';
  if (best === 30) return 'monthly';
  return null;
}

/**
 * Detects the frequency of ascending, distinct day numbers (or checks the given one) and lists
 * every irregular gap with the data rows on both sides (`rows` maps positions to file rows).
 */
export function detectFrequency(
  column: string,
  sorted: number[],
  rows: number[],
  locate: RowLocator,
  given?: Frequency,
): { frequency: Frequency; issues: FieldIssue[] } {
  const frequency = given ?? guess(sorted);
  if (frequency === null) {
    const gap = (sorted[1] ?? 0) - (sorted[0] ?? 0);
    return {
      frequency: 'weekly',
      issues: [
        {
          field: column,
          reason: `Column ${column}: dates are ${gap} days apart; MixPilot reads daily, weekly or monthly data`,
        },
      ],
    };
  }
  const issues: FieldIssue[] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1] ?? 0;
    const b = sorted[i] ?? 0;
    if (isNextPeriod(a, b, frequency)) continue;
    const [one, many] = PERIOD_UNIT[frequency];
    const before = rows[i - 1] ?? 0;
    const after = rows[i] ?? 0;
    issues.push({
      field: column,
      ...locate.at(after),
      reason: `Column ${column}: irregular gap of ${b - a} days between ${isoDate(a)} in ${locate.label(before)} and ${isoDate(b)} in ${locate.label(after)}; ${frequency} data needs one ${one} between dates (missing or extra ${many}?)`,
    });
  }
  return { frequency, issues };
}
