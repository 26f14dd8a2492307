import type { Frequency } from './dataset-types';

/** Whether each date of weekly data names the first day of its week or the last. */
export type PeriodDating = 'start' | 'end';

/** "week_ending", "WeekEnd", "wk_end_date", "period_end": a column that dates weeks by their end. */
const END_NAME =
  /(?:^|[^a-z])(?:week|wk|period)?[\s_-]*end(?:ing|ed)?(?:[^a-z]|$)|weekending|weekend(?:date)?$/i;
/** "week_start", "week_of", "week_beginning": dated by the start. */
const START_NAME = /start|begin|week[\s_-]*of\b/i;

/**
 * How weekly data are dated: by the week's end when the date column says so ("week_ending") or,
 * when it says neither, when every date is a Saturday (retail weeks ending Saturday); otherwise by
 * the week's start (Monday or Sunday weeks, as Robyn, Meridian and PyMC-Marketing write them).
 * Daily and monthly data: 'start' (a day is its own period; a month is named by either end).
 */
export function periodDating(
  dateColumn: string,
  dates: string[],
  frequency: Frequency,
): PeriodDating {
  if (frequency !== 'weekly' || dates.length === 0) return 'start';
  const name = dateColumn.replace(/([a-z])([A-Z])/g, '$1_$2');
  if (START_NAME.test(name)) return 'start';
  if (END_NAME.test(name)) return 'end';
  return dates.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6) ? 'end' : 'start';
}
