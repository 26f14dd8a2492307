/**
 * Date cells to day numbers. Accepted: `YYYY-MM-DD` (also `/` or `.`, `YYYYMMDD`, `YYYY-MM`),
 * `MM/DD/YYYY`, `DD/MM/YYYY`, `DD.MM.YYYY`, and dates with the month written out in English
 * (`3 Jan 2022`, `03-Jan-2022`, `3 January 2022`, `Jan 3, 2022`, `January 3 2022`, `Jan 2022`),
 * each optionally followed by a time. Slash dates are read one way for the whole column; when
 * both readings fit, the one giving regular periods wins, and when both do the column is
 * rejected as ambiguous. A written month is never ambiguous.
 */
import type { FieldIssue } from '../errors';
import { daysFromCivil, isValidDate, monthOfName } from './calendar';
import { type RowLocator, sentence } from './row-label';

/** The date formats MixPilot reads, as messages name them. */
export const READABLE_DATE_FORMATS =
  'YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY, or with the month written out as in 3 Jan 2022, 3 January 2022, Jan 3, 2022 or Jan 2022';

/** How day-first or month-first dates are read; `auto` decides from the column. */
export type DateFormat = 'auto' | 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'DD.MM.YYYY';

interface DateParts {
  /**
   * Three numbers in the order written, or year-month-day for year-first forms and for dates
   * with a written month (which are never ambiguous, so they are stored as year-first).
   */
  a: number;
  b: number;
  c: number;
  yearFirst: boolean;
  sep: string;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TIME =
  '(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]m)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
/** `3 Jan 2022`, `03-Jan-2022`, `3rd January 2022`. */
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}${DAY}[\\s./-]+([a-z]+)\\.?,?[\\s./-]+(\\d{4})${TIME}$`,
  'i',
);
/** `Jan 3, 2022`, `January 3 2022`, `Jan-03-2022`. */
const MONTH_DAY_YEAR = new RegExp(
  `^${WEEKDAY}([a-z]+)\\.?[\\s./-]+${DAY},?[\\s./-]+(\\d{4})${TIME}$`,
  'i',
);
/** `Jan 2022`, `January 2022` (the first of the month). */
const MONTH_YEAR = /^([a-z]+)\.?[\s./-]+(\d{4})$/i;

/** A date with its month written out, as year-first parts, or null. */
function writtenDate(s: string): DateParts | null {
  const parts = (year: string, month: string, day: string): DateParts | null => {
    const m = monthOfName(month);
    return m === null ? null : { a: Number(year), b: m, c: Number(day), yearFirst: true, sep: ' ' };
  };
  const dmy = s.match(DAY_MONTH_YEAR);
  if (dmy) return parts(dmy[3] ?? '', dmy[2] ?? '', dmy[1] ?? '');
  const mdy = s.match(MONTH_DAY_YEAR);
  if (mdy) return parts(mdy[3] ?? '', mdy[1] ?? '', mdy[2] ?? '');
  const my = s.match(MONTH_YEAR);
  if (my) return parts(my[2] ?? '', my[1] ?? '', '1');
  return null;
}

/** Splits a date cell into its numeric parts, or null when it does not look like a date. */
export function splitDate(raw: string): DateParts | null {
  const s = raw.trim();
  if (/[a-z]/i.test(s.charAt(0)) || /^\d{1,2}(?:st|nd|rd|th)?[\s./-]*[a-z]/i.test(s))
    return writtenDate(s);
  const groups: string[] = [];
  let sep = '';
  let i = 0;
  while (i < s.length && groups.length < 3) {
    const start = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i += 1;
    if (i === start) return null;
    groups.push(s.slice(start, i));
    if (i >= s.length) break;
    const ch = s[i] ?? '';
    if (ch === 'T' || ch === ' ') break;
    if (ch !== '-' && ch !== '/' && ch !== '.') return null;
    if (sep === '') sep = ch;
    else if (sep !== ch) return null;
    i += 1;
  }
  if (i < s.length && groups.length < 3 && s[i] !== 'T' && s[i] !== ' ') return null;
  const [g0 = '', g1 = '', g2 = ''] = groups;
  if (groups.length === 1 && g0.length === 8) {
    return {
      a: Number(g0.slice(0, 4)),
      b: Number(g0.slice(4, 6)),
      c: Number(g0.slice(6, 8)),
      yearFirst: true,
      sep: '',
    };
  }
  if (groups.length === 2 && g0.length === 4 && g1.length <= 2) {
    return { a: Number(g0), b: Number(g1), c: 1, yearFirst: true, sep };
  }
  if (groups.length !== 3 || g1.length > 2) return null;
  if (g0.length === 4 && g2.length <= 2)
    return { a: Number(g0), b: Number(g1), c: Number(g2), yearFirst: true, sep };
  if (g2.length === 4 && g0.length <= 2)
    return { a: Number(g0), b: Number(g1), c: Number(g2), yearFirst: false, sep };
  return null;
}

/** Day number of parts read in a given order, or null when that reading is not a real date. */
function readAs(p: DateParts, order: 'ymd' | 'mdy' | 'dmy'): number | null {
  const [y, m, d] =
    order === 'ymd' ? [p.a, p.b, p.c] : order === 'mdy' ? [p.c, p.a, p.b] : [p.c, p.b, p.a];
  return isValidDate(y, m, d) ? daysFromCivil(y, m, d) : null;
}

/** True when at least one value of a column reads as a date (used to find the date column). */
export function looksLikeDates(values: string[]): boolean {
  let seen = 0;
  for (const v of values.slice(0, 20)) {
    if (v.trim() === '') continue;
    if (splitDate(v) === null) return false;
    seen += 1;
  }
  return seen > 0;
}

function isRegular(days: (number | null)[]): boolean {
  const sorted = days.filter((d): d is number => d !== null).sort((x, y) => x - y);
  const gaps = new Set<number>();
  for (let i = 1; i < sorted.length; i += 1) gaps.add((sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  if (gaps.size <= 1) return true;
  return [...gaps].every((g) => g >= 28 && g <= 31);
}

/**
 * Reads a whole date column. Returns the day number per row, or the issues (unparseable cells
 * with their row; ambiguous day/month order).
 */
export function parseDateColumn(
  column: string,
  values: string[],
  rows: RowLocator,
  format: DateFormat = 'auto',
): { days: number[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const parts = values.map((v) => splitDate(v));
  const dayFirstOnly = parts.some((p) => p !== null && !p.yearFirst && p.sep === '.');
  let order: 'mdy' | 'dmy' =
    format === 'DD/MM/YYYY' || format === 'DD.MM.YYYY' || dayFirstOnly ? 'dmy' : 'mdy';
  if (format === 'auto' && !dayFirstOnly && parts.some((p) => p !== null && !p.yearFirst)) {
    const mdy = parts.map((p) => (p === null || p.yearFirst ? null : readAs(p, 'mdy')));
    const dmy = parts.map((p) => (p === null || p.yearFirst ? null : readAs(p, 'dmy')));
    const mdyFails = mdy.filter((d, i) => d === null && parts[i] && !parts[i]?.yearFirst).length;
    const dmyFails = dmy.filter((d, i) => d === null && parts[i] && !parts[i]?.yearFirst).length;
    if (mdyFails === 0 && dmyFails === 0) {
      const mdyRegular = isRegular(mdy);
      const dmyRegular = isRegular(dmy);
      if (mdyRegular === dmyRegular) {
        const example = values.find((_, i) => parts[i] && !parts[i]?.yearFirst) ?? '';
        issues.push({
          field: column,
          reason: `Column ${column}: dates like '${example.trim()}' can be read month-first or day-first; give the date format (MM/DD/YYYY or DD/MM/YYYY)`,
        });
        return { days: [], issues };
      }
      order = mdyRegular ? 'mdy' : 'dmy';
    } else {
      order = dmyFails < mdyFails ? 'dmy' : 'mdy';
    }
  }
  const days: number[] = new Array(values.length).fill(0);
  for (let r = 0; r < values.length; r += 1) {
    const p = parts[r];
    const day = p ? readAs(p, p.yearFirst ? 'ymd' : order) : null;
    if (day === null) {
      const raw = (values[r] ?? '').trim();
      const reason =
        raw === '' ? 'empty date' : `'${raw}' is not a date MixPilot can read (use YYYY-MM-DD)`;
      issues.push({
        field: column,
        ...rows.at(r + 1),
        reason: `${sentence(rows.label(r + 1))}, column ${column}: ${reason}`,
      });
    } else {
      days[r] = day;
    }
  }
  return { days, issues };
}
