/** Written dates ("1 January 2024", "March 3, 2024", "12 Feb to 24 Mar 2024") as ISO dates. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const LINK = '(?:to|until|till|through|thru|and|-)';

function iso(day: string, month: string, year: string): string {
  const m = MONTHS.indexOf(month) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const valid = (day: string) => Number(day) >= 1 && Number(day) <= 31;

/**
 * Rewrites written dates in lower-cased text to ISO, so every reader sees one form and a day of
 * the month is never read as an amount: "1 january 2024" and "january 1, 2024" become
 * "2024-01-01"; in a range the first date may borrow the second's year ("12 feb to 24 mar 2024").
 */
export function isoWrittenDates(text: string): string {
  const dayFirst = new RegExp(`\\b${DAY} ${MONTH},? ${YEAR}\\b`, 'g');
  const monthFirst = new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'g');
  let s = text
    .replace(dayFirst, (all, d: string, m: string, y: string) => (valid(d) ? iso(d, m, y) : all))
    .replace(monthFirst, (all, m: string, d: string, y: string) => (valid(d) ? iso(d, m, y) : all));
  const dayFirstOpen = new RegExp(`\\b${DAY} ${MONTH} ${LINK} ${YEAR}-`, 'g');
  const monthFirstOpen = new RegExp(`\\b${MONTH} ${DAY},? ${LINK} ${YEAR}-`, 'g');
  s = s
    .replace(dayFirstOpen, (all, d: string, m: string, y: string) =>
      valid(d) ? `${iso(d, m, y)} to ${y}-` : all,
    )
    .replace(monthFirstOpen, (all, m: string, d: string, y: string) =>
      valid(d) ? `${iso(d, m, y)} to ${y}-` : all,
    );
  return s;
}
