import type { Frequency } from '../../tools';
import { UNITS } from './number-words';

/** A channel's layout in a planned call's `flighting`: a name, or bursts of a stated length. */
export type PlannedLayout = 'even' | 'bursts' | { layout: 'bursts'; burst: number };

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
/** "4 weeks on, 4 off", "six weeks on and six weeks off". */
const ON_OFF = new RegExp(
  `\\b${COUNT} ${SPAN} on\\s*,?\\s*(?:and |then )?${COUNT} (?:${SPAN} )?off\\b`,
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
 * The length of a burst a message states, in periods of the data ("6-week bursts" is 6 in weekly
 * data and 42 in daily data), when it states one that comes to a whole number of periods within
 * a tenth. Undefined when it states none, a length of its pauses different from its bursts ("4
 * weeks on, 2 off": bursts run on then off as long), or one the data's periods cannot hold (a
 * 6-week burst in monthly data): the usual cadence then runs, and the answer says which.
 */
export function statedBurst(text: string, frequency: Frequency): number | undefined {
  const t = text.toLowerCase();
  let n: number;
  let unit: string | undefined;
  const on = ON_OFF.exec(t);
  if (on) {
    n = count(on[1]);
    unit = on[2];
    const off = count(on[3]) * (DAYS[on[4] ?? unit ?? ''] ?? Number.NaN);
    if (off !== n * (DAYS[unit ?? ''] ?? Number.NaN)) return undefined;
  } else {
    const m = LENGTH_THEN_NOUN.exec(t);
    if (!m) return undefined;
    n = count(m[1]);
    unit = m[2];
  }
  const periods = (n * (DAYS[unit ?? ''] ?? Number.NaN)) / DAYS_PER_PERIOD[frequency];
  const whole = Math.round(periods);
  return whole >= 1 && Math.abs(periods - whole) <= 0.1 * whole ? whole : undefined;
}

/** The `flighting` value of a layout said, with the burst length stated if there is one. */
export function plannedLayout(layout: 'even' | 'bursts', burst: number | undefined): PlannedLayout {
  return layout === 'bursts' && burst !== undefined ? { layout, burst } : layout;
}
