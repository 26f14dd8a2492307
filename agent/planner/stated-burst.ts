import type { Frequency } from '../../tools';
import { UNITS } from './number-words';

/** A channel's layout in a planned call's `flighting`: a name, or bursts of a stated cadence. */
export type PlannedLayout = 'even' | 'bursts' | { layout: 'bursts'; burst: number; off?: number };

/** A cadence a message states, in periods of the data: `off` only when the pauses differ. */
export interface StatedCadence {
  burst: number;
  off?: number;
}

/** Counts a cadence is said in: "a", the number words from one to nineteen, and digits. */
const COUNTS: Record<string, number> = {
  a: 1,
  ...Object.fromEntries(Object.entries(UNITS).filter(([, v]) => v >= 1 && v < 20)),
};
const COUNT = `(\\d+|${Object.keys(COUNTS).join('|')})`;
const SPAN = '(day|week|fortnight|month)s?';
/** "6-week bursts", "three week flights", "4-week-long pulses". */
const LENGTH_THEN_NOUN = new RegExp(
  `\\b${COUNT}[- ]${SPAN}(?:[- ]long)? (?:bursts?|pulses?|flights?|waves?|blocks?)\\b`,
);
/** "4 weeks on, 4 off", "six weeks on and six weeks off", "4 on 4 off" (periods of the data). */
const ON_OFF = new RegExp(
  `\\b${COUNT} (?:${SPAN} )?on\\s*,?\\s*(?:and |then )?${COUNT} (?:${SPAN} )?off\\b`,
);

const DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 365.25 / 12 };
const DAYS_PER_PERIOD: Record<Frequency, number> = {
  daily: 1,
  weekly: 7,
  monthly: 365.25 / 12,
};

const count = (word: string | undefined) =>
  word === undefined
    ? Number.NaN
    : /^\d+$/.test(word)
      ? Number(word)
      : (COUNTS[word] ?? Number.NaN);

/**
 * A stated span in periods of the data, when it comes to a whole number of them within a tenth;
 * with no unit said, in the data's own periods.
 */
function periodsOf(n: number, unit: string | undefined, frequency: Frequency): number | undefined {
  const days = unit === undefined ? DAYS_PER_PERIOD[frequency] : (DAYS[unit] ?? Number.NaN);
  const periods = (n * days) / DAYS_PER_PERIOD[frequency];
  const whole = Math.round(periods);
  return whole >= 1 && Math.abs(periods - whole) <= 0.1 * whole ? whole : undefined;
}

/**
 * The cadence of bursts a message states, in periods of the data ("6-week bursts" is 6 in weekly
 * data and 42 in daily data; "3 weeks on, 1 off" is 3 on and 1 off), when its spans come to whole
 * numbers of periods within a tenth. Undefined when it states none, or one the data's periods
 * cannot hold (a 6-week burst in monthly data): the usual cadence then runs, and the answer says
 * which.
 */
export function statedCadence(text: string, frequency: Frequency): StatedCadence | undefined {
  const t = text.toLowerCase();
  const on = ON_OFF.exec(t);
  if (on) {
    const burst = periodsOf(count(on[1]), on[2], frequency);
    const off = periodsOf(count(on[3]), on[4] ?? on[2], frequency);
    if (burst === undefined || off === undefined) return undefined;
    return off === burst ? { burst } : { burst, off };
  }
  const m = LENGTH_THEN_NOUN.exec(t);
  if (!m) return undefined;
  const burst = periodsOf(count(m[1]), m[2], frequency);
  return burst === undefined ? undefined : { burst };
}

/** The `flighting` value of a layout said, with the cadence stated if there is one. */
export function plannedLayout(
  layout: 'even' | 'bursts',
  cadence: StatedCadence | undefined,
): PlannedLayout {
  return layout === 'bursts' && cadence !== undefined ? { layout, ...cadence } : layout;
}
