import { type Frequency, MONTH_WORD as MONTH } from '../../tools';
import { CADENCE } from './burst-layout-words';

const YEAR = "(?:19|20)\\d\\d|'\\d\\d";
const PERIOD_PATTERNS: RegExp[] = [
  /\b(?:between\s+)?\d{4}-\d{2}-\d{2}\s*(?:\.\.|to|-|until|through|and)\s*\d{4}-\d{2}-\d{2}\b/,
  new RegExp(`\\bq[1-4](?:\\s*(?:of\\s*)?(?:${YEAR}))?`),
  new RegExp(`\\bh[12](?:\\s*(?:${YEAR}))?`),
  new RegExp(`\\b(?:first|second) half(?: of)?(?: (?:${YEAR}))?`),
  /\b(?:last|past|previous|trailing) \d+ (?:day|week|month|quarter|year)s?\b/,
  /\b(?:last|past|previous|this|current) (?:quarter|year|month)\b/,
  /\b(?:ytd|year to date|qtd|quarter to date)\b/,
  new RegExp(
    `\\b(?:since|from) (?:${MONTH}|${YEAR})(?:\\s+(?:${YEAR}))?(?:\\s+(?:to|until|through)\\s+(?:${MONTH})(?:\\s+(?:${YEAR}))?)?`,
  ),
  new RegExp(`\\b(?:in|during|for|of|over) (?:${MONTH})(?:\\s+(?:${YEAR}))?\\b`),
  new RegExp(`\\b(?:${MONTH}) (?:${YEAR})\\b`),
  new RegExp(`\\b(?:in|during|for|of|over|across)(?: the year)? (?:${YEAR})\\b`),
  // "2000 a day" is an amount at a rate, not a year.
  new RegExp(`\\b(?:${YEAR})\\b(?! (?:a|an|per|each|every) (?:day|week|month)\\b)`),
];
const PERIOD_LEAD = /^(?:in|during|for|of|over|across|the year) /;

/** The reporting period the user named ("q3 2024", "last quarter", "since march"), as said. */
export function extractPeriod(text: string): string | undefined {
  for (const re of PERIOD_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    if (/\b(?:next|coming|following)\s*$/.test(before)) continue;
    const dates = /^(?:between\s+)?(\d{4}-\d{2}-\d{2})\D+(\d{4}-\d{2}-\d{2})$/.exec(m[0].trim());
    if (dates) return `${dates[1]}..${dates[2]}`;
    let said = m[0].trim();
    while (PERIOD_LEAD.test(said)) said = said.replace(PERIOD_LEAD, '');
    if (/^first half/.test(said)) said = said.replace(/^first half(?: of)?/, 'h1');
    if (/^second half/.test(said)) said = said.replace(/^second half(?: of)?/, 'h2');
    return said.trim();
  }
  return undefined;
}

const PERIODS_PER: Record<Frequency, Record<string, number>> = {
  weekly: { day: 1 / 7, week: 1, month: 52 / 12, quarter: 13, year: 52 },
  daily: { day: 1, week: 7, month: 30.4375, quarter: 91, year: 365 },
  monthly: { day: 1 / 30.4375, week: 12 / 52, month: 1, quarter: 3, year: 12 },
};

const HORIZON_RE =
  /\b(?:over|for|in|during|across|within|throughout)? ?(?:just |only |a mere )?(?:the )?(?:next|coming|following|upcoming)? ?(?:just |only )?(\d+(?:\.\d+)?|a|an|one|half a)?[ -]?(?:full |whole |entire )?(day|week|month|quarter|year)s?\b/g;
/** "8 weeks left in the quarter", "6 weeks remaining": the time still to plan for. */
const LEFT_RE = /\b(\d+(?:\.\d+)?) (day|week|month)s? (?:left|remaining|to go)\b/;
/** "our launch window is 6 weeks", "the campaign runs for 10 weeks": the plan's own length. */
const LASTS_RE =
  /\b(?:window|campaign|flight|burst|push|horizon|launch|season|promo|promotion|sale|activation) (?:is|lasts|will last|runs|will run|runs for|is only|is just|of) (\d+(?:\.\d+)?) (day|week|month)s?\b/;
/** "for a 52-week view", "a 26-week plan", "an 8-week holdout": a length said as the plan's own span. */
const SPAN_RE =
  /\b(\d+(?:\.\d+)?)[ -](day|week|month)s? (?:view|plan|horizon|window|forecast|outlook|projection|flight|campaign|timeframe|time frame|period|run|holdout|hold out|test|pilot|trial|experiment|blackout|pause|sprint|burst)\b/;
/** "a full year of", "two whole quarters of": a length said as what the plan covers. */
const WHOLE_SPAN_RE =
  /\b(a|an|one|two|three|four|six|\d+(?:\.\d+)?) (?:full|whole|entire) (day|week|month|quarter|year)s? of\b/;
const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
};
/** "optimise the full year", "over the whole quarter": one of that unit ahead (no year named). */
const FULL_SPAN_RE =
  /\b(?:for|over|across|throughout|optimi[sz]e|plan) (?:the |a )?(?:full|whole|entire) (month|quarter|year)\b(?! (?:of )?(?:19|20)\d\d)/;
const wordCount = (w: string | undefined) => COUNT_WORDS[w ?? ''] ?? Number(w);
/** "horizon 13 weeks", "horizon: 8 weeks": the horizon named as a setting. */
const SETTING_RE = /\bhorizon(?: of| is| =| :| to)? (\d+(?:\.\d+)?) (day|week|month)s?\b/;
/** "horizon=26", "horizon 13": a horizon in the data's own periods (no unit said). */
const SETTING_PERIODS_RE =
  /\bhorizon ?(?:=|:|of|is|to)? ?(\d+)\b(?!\.\d| ?(?:day|week|month|year|%))/;
/** "Planning H1: 26 weeks, $2.2M in total": a length said on its own between punctuation. */
const ALONE_RE =
  /(?:^|[:;,(] )(\d+(?:\.\d+)?) (day|week|month)s? (?=[,;:)-]|at \$?\d|of \$?\d|with \$?\d)/;
/**
 * "for the second half of the year", "over H2", "next half", "a half-year plan": half a year
 * ahead (no year named).
 */
const HALF_YEAR_RE =
  /\b(?:for|over|in|across|during|through|throughout) (?:the )?(?:(?:first|second|back|next|other) half|h[12])(?! (?:of )?(?:19|20)\d\d)\b|\bnext half(?: year)?\b|\b(?:a|one|the next) half year\b|\bhalf year (?:plan|view|horizon|forecast|outlook|budget)\b/;

/** "in two-week bursts", "2 weeks on, 2 off": the length of a burst, not of the plan. */
const CADENCE_RE = new RegExp(`\\b(?:${CADENCE})\\b`, 'g');

/**
 * The forecast horizon the user named ("over 6 months", "next 8 weeks", "for a year"), in periods
 * of the data. Past periods ("last 12 weeks") and "per week" are not horizons.
 */
export function extractHorizon(said: string, frequency: Frequency): number | undefined {
  const text = said.replace(CADENCE_RE, ' ');
  const left =
    LEFT_RE.exec(text) ?? LASTS_RE.exec(text) ?? SPAN_RE.exec(text) ?? SETTING_RE.exec(text);
  if (left)
    return Math.max(
      1,
      Math.round(Number(left[1]) * (PERIODS_PER[frequency][left[2] ?? 'week'] ?? 1)),
    );
  // "a full year of TV at half", "a whole quarter of always-on radio": the plan's own length.
  const whole = WHOLE_SPAN_RE.exec(text);
  if (whole)
    return Math.max(
      1,
      Math.round(wordCount(whole[1]) * (PERIODS_PER[frequency][whole[2] ?? 'week'] ?? 1)),
    );
  const full = FULL_SPAN_RE.exec(text);
  if (full) return Math.max(1, Math.round(PERIODS_PER[frequency][full[1] ?? 'year'] ?? 1));
  const periods = SETTING_PERIODS_RE.exec(text);
  if (periods) return Math.max(1, Number(periods[1]));
  if (HALF_YEAR_RE.test(text)) return Math.round((PERIODS_PER[frequency].year ?? 52) / 2);
  const alone = ALONE_RE.exec(text);
  if (alone && !/\b(?:last|past|previous|trailing)\s*$/.test(text.slice(0, alone.index)))
    return Math.max(
      1,
      Math.round(Number(alone[1]) * (PERIODS_PER[frequency][alone[2] ?? 'week'] ?? 1)),
    );
  for (const m of text.matchAll(HORIZON_RE)) {
    const phrase = m[0].trim();
    const before = text.slice(0, m.index);
    const forward = /\b(?:next|coming|following|upcoming)\b/.test(phrase);
    const lead = /^(?:over|for|in|during|across|within|throughout)\b/.test(phrase);
    if (!forward && !lead) continue;
    if (/\b(?:last|past|previous|per|each|every|a|this)\s*$/.test(before)) continue;
    // "from next week", "starting next month": when the change starts, not how long it is planned for.
    if (!lead && /\b(?:from|starting|beginning|as of|effective|until|till|by)\s*$/.test(before))
      continue;
    if (/\b(?:last|past|previous|this)\b/.test(phrase)) continue;
    const count = m[1];
    if (!count && !forward && !/\b(?:a|an)\s/.test(phrase)) continue;
    const n =
      !count || count === 'a' || count === 'an' || count === 'one'
        ? 1
        : count === 'half a'
          ? 0.5
          : Number(count);
    const unit = m[2] ?? 'week';
    // "over a year and a half", "for 2 months and a half": half a unit more.
    const half = /^ and a half\b/.test(text.slice((m.index ?? 0) + m[0].length)) ? 0.5 : 0;
    const periods = Math.max(1, Math.round((n + half) * (PERIODS_PER[frequency][unit] ?? 1)));
    return periods;
  }
  return undefined;
}
