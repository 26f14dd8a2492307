import { MONTH_WORD, monthOfName } from '../data/calendar';
import type { PeriodDating } from '../data/period-dating';
import { invalid } from '../errors';

/** A date range within the data window, with the words used to describe it. */
export interface PeriodRange {
  start: string;
  end: string;
  label: string;
}

const UNIT_DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  month: 30.4375,
  quarter: 91.3125,
  year: 365.25,
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (s: string, n: number) =>
  iso(new Date(Date.parse(`${s}T00:00:00Z`) + n * 86_400_000));

/** "recent", "current", "now": the window the recent spend rate (and marginal ROI) is read over. */
const RECENT = /^(?:the )?(?:recent(?:ly)?|current(?:ly)?|now|today|right now|recent spend rate)$/;

/**
 * Resolves a period as people say it ("last quarter", "Q3 2024", "2024", "last 12 weeks",
 * "since March", "March 2024", "H1 2024", "YTD", "2024-01-01..2024-03-31", or "recent": the last
 * `options.recent` periods) against the data's
 * dates. A day or week of the data belongs to the calendar range holding its middle day (a week
 * starting Monday 30 December is January's, as ISO weeks go by their Thursday; a week dated by
 * its end, Saturday 4 January, runs from 29 December and is January's too), a month to its
 * month whether dated by its first or last day, so "last
 * quarter" on weekly data whose last week starts 23 December is that year's Q4, the latest
 * quarter whose every period is in the data. The range returned runs from the first to the last
 * period start it holds. Throws naming `period` when the text is not a period or the range holds
 * no data.
 */
export function resolvePeriod(
  text: string | undefined,
  dates: string[],
  periodDays: number,
  options: {
    /** The recent spend window, in periods, that "recent" names. */
    recent?: number;
    /** Whether weekly dates name each week's first day (the default) or its last. */
    dating?: PeriodDating;
  } = {},
): PeriodRange {
  const recentPeriods = options.recent ?? 0;
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  if (!text || /^(all|overall|all time|whole|entire|total)\b/i.test(text.trim())) {
    return { start: first, end: last, label: `${first} to ${last}` };
  }
  if (recentPeriods > 0 && RECENT.test(text.toLowerCase().trim())) {
    const k = Math.min(recentPeriods, dates.length);
    const unit = periodDays >= 28 ? 'month' : periodDays >= 7 ? 'week' : 'day';
    return {
      start: dates[dates.length - k] as string,
      end: last,
      label: k === 1 ? `the last ${unit}` : `the last ${k} ${unit}s`,
    };
  }
  // Monthly dates (the 1st or the last of a month) already name their month; days and weeks go
  // by their middle day.
  const monthly = periodDays >= 28;
  const days = Math.round(periodDays);
  // A week dated by its last day starts six days before its date.
  const startsAt = options.dating === 'end' ? 1 - days : 0;
  const middle = monthly ? 0 : startsAt + Math.floor((days - 1) / 2);
  const lastMiddle = addDays(last, middle);
  // Every range ending by then is whole: the end of the last month, or the day before the middle
  // of the period after the data.
  const lastDate = new Date(`${last}T00:00:00Z`);
  const coveredUntil = monthly
    ? iso(utc(lastDate.getUTCFullYear(), lastDate.getUTCMonth() + 1, 0))
    : addDays(last, days + middle - 1);
  const t = text.toLowerCase().trim();
  const range = parse(t, lastMiddle, coveredUntil, Number(lastMiddle.slice(0, 4)));
  if (!range)
    throw invalid(
      'period',
      `'${text}' is not a period I understand (try "Q3 2024", "last quarter", "2024" or "last 12 weeks")`,
      'invalid_input',
    );
  const held = dates.filter((d) => {
    const m = addDays(d, middle);
    return m >= range.start && m <= range.end;
  });
  if (held.length === 0) {
    throw invalid('period', `${range.label} is outside the data (${first} to ${last})`);
  }
  return { start: held[0] as string, end: held[held.length - 1] as string, label: range.label };
}

function parse(
  t: string,
  /** The middle day of the last period of data: ranges "to date" end there. */
  last: string,
  coveredUntil: string,
  lastYear: number,
): PeriodRange | undefined {
  const explicit = t.match(
    /(\d{4}-\d{2}-\d{2})\s*(?:\.\.|to|–|-{1,2}|until|through)\s*(\d{4}-\d{2}-\d{2})/,
  );
  if (explicit)
    return {
      start: explicit[1] as string,
      end: explicit[2] as string,
      label: `${explicit[1]} to ${explicit[2]}`,
    };
  const quarter = t.match(/\bq([1-4])\b(?:\s*(?:of\s*)?'?(\d{2,4}))?/);
  if (quarter) {
    const q = Number(quarter[1]);
    const y = yearOf(quarter[2]) ?? latestYearWith(q * 3 - 3, coveredUntil, lastYear);
    return { start: iso(utc(y, q * 3 - 3, 1)), end: iso(utc(y, q * 3, 0)), label: `Q${q} ${y}` };
  }
  const half = t.match(/\bh([12])\b(?:\s*'?(\d{2,4}))?/);
  if (half) {
    const h = Number(half[1]);
    const y = yearOf(half[2]) ?? lastYear;
    return { start: iso(utc(y, h * 6 - 6, 1)), end: iso(utc(y, h * 6, 0)), label: `H${h} ${y}` };
  }
  const lastN = t.match(
    /\b(?:last|past|previous|trailing)\s+(\d+)\s+(day|week|month|quarter|year)s?\b/,
  );
  if (lastN) {
    const days = Math.round(Number(lastN[1]) * (UNIT_DAYS[lastN[2] as string] as number));
    return {
      start: addDays(coveredUntil, -days + 1),
      end: last,
      label: `the last ${lastN[1]} ${lastN[2]}s`,
    };
  }
  // "the quarter before last", "the year before last": one step before the last whole one.
  if (/\bquarter before (?:the )?last\b/.test(t)) {
    const q = lastFullQuarter(coveredUntil);
    return lastFullQuarter(addDays(q.start, -1));
  }
  if (/\byear before (?:the )?last\b/.test(t)) {
    const y = (coveredUntil >= `${lastYear}-12-31` ? lastYear : lastYear - 1) - 1;
    return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
  }
  if (/\b(last|previous|past) quarter\b/.test(t)) return lastFullQuarter(coveredUntil);
  if (/\b(this|current) quarter\b|\bqtd\b/.test(t)) {
    const d = new Date(`${last}T00:00:00Z`);
    const q = Math.floor(d.getUTCMonth() / 3);
    return { start: iso(utc(d.getUTCFullYear(), q * 3, 1)), end: last, label: 'this quarter' };
  }
  if (/\b(last|previous|past) year\b/.test(t)) {
    const y = coveredUntil >= `${lastYear}-12-31` ? lastYear : lastYear - 1;
    return { start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
  }
  if (/\b(this year|ytd|year to date)\b/.test(t))
    return { start: `${lastYear}-01-01`, end: last, label: `${lastYear} to date` };
  if (/\b(last|previous|past) month\b/.test(t)) {
    const d = new Date(`${coveredUntil}T00:00:00Z`);
    const end = utc(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    const m = iso(end) <= coveredUntil ? d.getUTCMonth() : d.getUTCMonth() - 1;
    const s = utc(d.getUTCFullYear(), m, 1);
    return {
      start: iso(s),
      end: iso(utc(s.getUTCFullYear(), s.getUTCMonth() + 1, 0)),
      label: monthLabel(s),
    };
  }
  const month = t.match(new RegExp(`\\b(${MONTH_WORD})(?:\\s+'?(\\d{2,4}))?`));
  const since = /\bsince\b|\bfrom\b/.test(t);
  if (month) {
    const m = (monthOfName(month[1] as string) as number) - 1;
    const y = yearOf(month[2]) ?? latestYearWith(m, coveredUntil, lastYear);
    const s = utc(y, m, 1);
    return since
      ? { start: iso(s), end: last, label: `since ${monthLabel(s)}` }
      : { start: iso(s), end: iso(utc(y, m + 1, 0)), label: monthLabel(s) };
  }
  const sinceDate = t.match(/\bsince\s+(\d{4}-\d{2}-\d{2})/);
  if (sinceDate)
    return { start: sinceDate[1] as string, end: last, label: `since ${sinceDate[1]}` };
  const year = t.match(/\b(19|20)(\d{2})\b/);
  if (year) {
    const y = `${year[1]}${year[2]}`;
    return since
      ? { start: `${y}-01-01`, end: last, label: `since ${y}` }
      : { start: `${y}-01-01`, end: `${y}-12-31`, label: y };
  }
  return undefined;
}

function lastFullQuarter(coveredUntil: string): PeriodRange {
  const d = new Date(`${coveredUntil}T00:00:00Z`);
  let y = d.getUTCFullYear();
  let q = Math.floor(d.getUTCMonth() / 3);
  if (iso(utc(y, q * 3 + 3, 0)) > coveredUntil) q -= 1;
  if (q < 0) {
    q = 3;
    y -= 1;
  }
  return { start: iso(utc(y, q * 3, 1)), end: iso(utc(y, q * 3 + 3, 0)), label: `Q${q + 1} ${y}` };
}

function latestYearWith(month: number, coveredUntil: string, lastYear: number): number {
  return iso(utc(lastYear, month, 1)) <= coveredUntil ? lastYear : lastYear - 1;
}

function yearOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function monthLabel(d: Date): string {
  return d.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
