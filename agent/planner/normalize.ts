import { stripChatMarkup } from './chat-markup';
import { numberWordsToDigits } from './number-words';
import { ratiosAsPercent } from './ratio-words';
import { readToolNotation } from './tool-notation';
import { isoWrittenDates } from './written-dates';

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'cannot'],
  [/\b(do|does|did|is|are|was|were|should|would|could|has|have)n't\b/g, '$1 not'],
  [/\b(what|where|how|who|it|that|there|here)'s\b/g, '$1 is'],
  [/\blet's\b/g, 'let us'],
  [/\b(we|you|they|i)'(d|ll|re|ve|m)\b/g, '$1 $2'],
];

const BARE_NEGATIONS: Record<string, string> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wont: 'will not',
  cant: 'cannot',
  shouldnt: 'should not',
  whats: 'what is',
  hows: 'how is',
  wheres: 'where is',
  wat: 'what',
  wht: 'what',
  waht: 'what',
  whta: 'what',
  hw: 'how',
  teh: 'the',
  pls: 'please',
  plz: 'please',
  u: 'you',
  r: 'are',
  ur: 'your',
  abt: 'about',
  b4: 'before',
  rn: 'right now',
  bc: 'because',
  bcos: 'because',
  thru: 'through',
  wk: 'week',
  wks: 'weeks',
  mo: 'month',
  mos: 'months',
  mths: 'months',
  yr: 'year',
  yrs: 'years',
  opt: 'optimize',
  contrib: 'contribution',
  contribs: 'contributions',
  perf: 'performance',
  rev: 'revenue',
};

/** "1,2 Mio", "€1,5 m": a comma before one or two digits and a scale is a decimal point. */
const DECIMAL_COMMA =
  /\b(\d+),(\d{1,2})(?=\s*(?:k|m|mm|mn|mio|bn|million|millions|billion|thousand)\b)/g;
/** "50.000 €", "1.200.000": dots grouping thousands, as written in much of Europe. */
const DOTTED_THOUSANDS = /\b[1-9]\d{0,2}(?:\.\d{3})+\b(?![.,]\d)/g;
/**
 * "40 000 EUR", "€1 200 000": spaces grouping thousands (as in France or Sweden), read when a
 * currency is said with the amount or more than one group follows, so "2 000" in "top 2 000" stays.
 */
const SPACED_THOUSANDS =
  /(?<=[$€£]\s?)\b[1-9]\d{0,2}(?: \d{3})+\b(?![.,]\d)|\b[1-9]\d{0,2}(?: \d{3})+(?= ?(?:[$€£]|(?:eur|euros?|usd|dollars?|gbp|pounds|chf|sek|nok|dkk|kr)\b))|\b[1-9]\d{0,2}(?: \d{3}){2,}\b(?![.,]\d)/g;
/** "1.3e6", "2.5E5": a number in scientific notation, as analysts and spreadsheets write it. */
const SCIENTIFIC = /(?<![\w.])(\d+(?:\.\d+)?)e\+?(\d{1,2})\b/g;
/** "£1.2-1.4m": a range whose scale (and currency) is said once, after its upper end. */
const SCALED_RANGE = /([$€£]?)\b(\d+(?:\.\d+)?)\s?-\s?[$€£]?(\d+(?:\.\d+)?)(k|m|mm|mn|bn)\b/g;
/** Words around an amount range ("somewhere in the 1.2-1.4m range", "use the midpoint"). */
const RANGE_WORDS = /\b(?:range|midpoint|mid point|middle|somewhere|between)\b/;
/** Words that announce an interval, in which "1.1-2.0" is a range, not a subtraction. */
const INTERVAL_WORDS = /\b(?:ci|interval|confidence|credible)\b/;
/** "1.1-2.0", "$1.2-$2.4": two numbers joined by a hyphen are a range; ISO dates are left whole. */
const NUMBER_RANGE = /(?<![\w.$€£-])([$€£]?\d+(?:\.\d+)?)-([$€£]?\d+(?:\.\d+)?)(?!\d|[.-]\d)/g;

/**
 * Lower-cases a message and rewrites it into a compact, regular form the rest of the planner reads:
 * contractions expanded, typographic quotes and symbols replaced, number words as digits,
 * "per cent" as "%", currency symbols kept in front of their number.
 */
const FRACTIONS: Record<string, string> = {
  '1/2': 'half',
  '1/3': 'a third',
  '1/4': 'a quarter',
  '2/3': 'two thirds',
  '3/4': 'three quarters',
};

/** "double down on", "doubling down with": an idiom for putting more in. */
const DOUBLE_DOWN = /\bdoubl(?:e|es|ed|ing) down (?:on|with)\b/g;

export function normalizeText(raw: string): string {
  const plain = stripChatMarkup(raw.toLowerCase()).replace(SCIENTIFIC, (m, n: string, e: string) =>
    Number(e) <= 15 ? String(Number(`${n}e${e}`)) : m,
  );
  let s = readToolNotation(plain);
  // A link pasted as context says nothing the planner reads, and its digits are not amounts.
  s = s.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' a link ');
  s = s.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"');
  s = s.replace(/[\u2013\u2014]/g, ' - ').replace(/\u00a0/g, ' ');
  // "cut TV by 10% - would search do better?": a dash before a question starts a new clause.
  s = s.replace(
    /\s+-+\s+(?=(?:would|will|does|do|did|is|are|was|can|could|should) (?!it\b|that\b|this\b)\w+)/g,
    ' , ',
  );
  // An ellipsis is a pause ("10%... sorry, 15%"), never a decimal point or a sentence's end.
  // "~35%", "c. 35%": about that much.
  s = s.replace(/~\s*(?=[$£€]?\d)/g, 'about ').replace(/\bc\.\s*(?=[$£€]?\d)/g, 'about ');
  // "2023-01-01..2023-06-30" is a date range (the form the tools write).
  s = s.replace(/(\d{4}-\d{2}-\d{2})\s*\.{2,3}\s*(\d{4}-\d{2}-\d{2})/g, '$1 to $2');
  s = s.replace(/\u2026|\.{2,}/g, ' , ');
  s = s.replace(/[\u00a5\u20b9\u20a9\u20a3\u20ba]/g, '$');
  s = s.replace(/r\u00b2|r\^2|r-squared|r squared|rsquared/g, 'r2');
  s = s.replace(/\s*(?:-+>|=+>|\u2192|\u27f6|\u21d2)\s*/g, ' to ');
  s = s.replace(/\u2265|>=/g, ' at least ').replace(/\u2264|<=/g, ' at most ');
  s = s.replace(/(^|\s)>(\s|\d)/g, '$1 above $2').replace(/(^|\s)<(\s|\d)/g, '$1 below $2');
  // "double down on social": put more into it, not twice the money (unless the message doubles
  // or says twice: "doubled down on TikTok, and I mean literally doubled the spend").
  const idioms = s.match(DOUBLE_DOWN)?.length ?? 0;
  const literal = /\b(?:twice|literally|times two|2 times)\b|\b(?:2 ?x|x ?2)\b/.test(s);
  if (idioms > 0 && !literal && idioms === (s.match(/\bdoubl/g)?.length ?? 0))
    s = s.replace(DOUBLE_DOWN, 'invest more in');
  // "tv locked + radio max 80k": a plus between words joins two things said.
  s = s.replace(/([a-z])\s+\+\s+(?=[a-z])/g, '$1 and ');
  s = s
    .replace(/&/g, ' and ')
    .replace(/\bw\/o\b/g, 'without')
    .replace(/\bw\//g, 'with ');
  // "13w", "8wks": weeks written short after a number.
  s = s.replace(/\b(\d+)\s?(?:w|wk|wks)\b/g, '$1 weeks');
  // "1/2 of display", "dbl radio": a fraction or "double" written short (not a date's 1/2/2024).
  s = s
    .replace(
      /(?<![\d/])([123])\/([234])(?![\d/])/g,
      (m, a: string, b: string) => FRACTIONS[`${a}/${b}`] ?? m,
    )
    .replace(/\bdbl\b/g, 'double');
  // "radio_spend set to 50000": an amount a channel is set to, written without a currency sign
  // (a four-digit year is left alone).
  s = s.replace(
    /\b(set (?:[a-z_]+ ){0,4}?to|set at) (\d{4,}(?:\.\d+)?)\b(?![%x])/g,
    (m, head: string, n: string) => (/^(?:19|20)\d\d$/.test(n) ? m : `${head} $${n}`),
  );
  // "fb/ig", "facebook+instagram": Meta's two apps bought together, the way "meta" names them.
  s = s.replace(
    /\b(?:fb|facebook)\s*[/+]\s*(?:ig|insta|instagram)\b|\b(?:ig|insta|instagram)\s*[/+]\s*(?:fb|facebook)\b/g,
    'meta',
  );
  // "into radio/search", "roi/roas": one or the other (not "spend/week", a rate).
  s = s
    .replace(/\band\/or\b/g, 'or')
    .replace(
      /\b([a-z]{2,})\/(?!(?:wk|week|weeks|mo|month|day|yr|year|quarter|qtr)\b)([a-z]{2,})\b/g,
      '$1 or $2',
    );
  s = s.replace(/\b(re|pre|co|non)-([a-z])/g, '$1$2').replace(/([a-z])-(?=[a-z])/g, '$1 ');
  s = isoWrittenDates(s);
  // "10pct", "5pc": a percentage glued to its number.
  s = s.replace(/(\d)(?:pct|pc|percent)\b/g, '$1 %');
  s = s.replace(/\bper\s*cent\b/g, '%').replace(/\bpercentage points?\b/g, '%');
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  // "over the next fortnight": two weeks.
  s = s.replace(/\b(?:a |one )?fortnight\b/g, '2 weeks');
  // "how exactly is that calculated?" asks what "how is that calculated?" asks.
  s = s.replace(/\bhow (?:exactly|precisely) /g, 'how ');
  s = s.replace(/'s\b/g, ' ');
  s = s.replace(DECIMAL_COMMA, '$1.$2');
  s = s.replace(/(\d),(\d{3})\b/g, '$1$2').replace(/(\d),(\d{3})\b/g, '$1$2');
  s = s.replace(DOTTED_THOUSANDS, (m) => m.replace(/\./g, ''));
  s = s.replace(SPACED_THOUSANDS, (m) => m.replace(/ /g, ''));
  s = s.replace(/\b(\d+(?:\.\d+)?(?:k|m|mm|mn|bn)?)\s*([€£$])(?=\s|$|[?!,.;])/g, '$2$1');
  s = s.replace(
    /(?<!\band (?:a )?)\b(?:a )?quarter(?: of an?)? (million|mil|mio|billion)\b/g,
    '0.25 $1',
  );
  s = s.replace(/\b3 quarters of an? (million|billion)\b/g, '0.75 $1');
  s = s.replace(/(^|\s)x(\d+(?:\.\d+)?)\b/g, '$1$2x');
  // "display × 0.6", "tv * 1.2", "scaled by a factor of 1.08": a multiple of today's spend.
  s = s
    .replace(/\s[×*]\s*(\d+(?:\.\d+)?)\b(?![%x])/g, ' $1x')
    .replace(/\b(?:by )?a factor of (\d+(?:\.\d+)?)\b(?![%x])/g, 'by $1x');
  s = s.replace(/([$€£])\s+(\d)/g, '$1$2');
  // "±50%", "+/-0.3": the sign stands apart from its number, which is read as any other.
  s = s.replace(/(±|\+\/-|\+-)(?=[$€£]?\.?\d)/g, '$1 ');
  if (RANGE_WORDS.test(s)) s = s.replace(SCALED_RANGE, '$1$2$4 to $1$3$4');
  // In a stated interval ("95% CI 1.2-2.4", "CI 1.2 – 2.4"), the hyphen joins its two ends; any
  // other "-" before a number is a sign, so "cut TV by 20-30%" still asks which change is meant.
  const interval = INTERVAL_WORDS.test(s);
  s = s
    .replace(/(^|\s)\+\s?([$€£]?\d)/g, '$1plus $2')
    .replace(
      interval ? /(?<!\d[%x]?\s*)(^|\s)-\s?([$€£]?\d)/g : /(^|\s)-\s?([$€£]?\d)/g,
      '$1minus $2',
    );
  if (interval) s = s.replace(NUMBER_RANGE, '$1 - $2');
  s = s.replace(/(\d)\s*%/g, '$1 %');
  s = s.replace(/(\d[kmb]?)\s*\/\s*(wk|week|mo|month|day|yr|year|quarter)\b/g, '$1 per $2');
  s = s.replace(/([a-z])([?!.,;:()])/g, '$1 $2').replace(/([?!,;:()[\]])/g, ' $1 ');
  s = s
    .replace(/\.(\s|$)/g, ' . ')
    .replace(/\s+/g, ' ')
    .trim();
  s = s
    .split(' ')
    .map((w) => BARE_NEGATIONS[w] ?? w)
    .join(' ');
  return ratiosAsPercent(numberWordsToDigits(s));
}
