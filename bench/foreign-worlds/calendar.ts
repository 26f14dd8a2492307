/** Week dates of the foreign worlds (UTC milliseconds and ISO dates). */
export const DAY = 86_400_000;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Index of the week (starting at `weekStarts[t]`) that contains `day`, or -1. */
export function weekOf(weekStarts: readonly number[], day: number): number {
  return weekStarts.findIndex((start) => day >= start && day < start + 7 * DAY);
}

/** The `nth` given weekday (0 = Sunday) of a month (0 = January), UTC. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  const first = Date.UTC(year, month, 1);
  const wd = new Date(first).getUTCDay();
  return first + (((weekday - wd + 7) % 7) + 7 * (nth - 1)) * DAY;
}
