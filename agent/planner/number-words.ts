/** Spelled-out numbers ("twenty five", "one hundred and fifty thousand") turned into digits. */

/** Number words below twenty, and the tens. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Words after which a lone "one" is a number rather than a pronoun. */
const ONE_CONTEXT =
  /^(%|percent|hundred|thousand|million|billion|k|m|dollars?|weeks?|months?|quarters?|years?|days?|x)$/;

function isNumberWord(w: string): boolean {
  return w in UNITS || w in SCALES;
}

const HALF_SCALES = 'million|thousand|billion|k|m|mm|mn|bn|grand|times';

/** The fraction said after "and": "a half", "a quarter", "three quarters". */
const FRACTIONS: Record<string, number> = {
  'a half': 0.5,
  'a quarter': 0.25,
  'three quarters': 0.75,
  '3 quarters': 0.75,
};
const FRACTION = Object.keys(FRACTIONS).join('|');

/**
 * "one and a half million" → "1.5 million", "a million and a half" → "1.5 million",
 * "two and a half thousand" → "2.5 thousand", "3 and a half m" → "3.5 m",
 * "one and a quarter million" → "1.25 million".
 */
function andAFraction(text: string): string {
  const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : w === 'a' ? 1 : (UNITS[w] ?? NaN));
  const sum = (all: string, n: string, f: string, s: string) =>
    Number.isFinite(count(n)) && count(n) > 0 ? `${count(n) + (FRACTIONS[f] ?? 0)} ${s}` : all;
  return text
    .replace(new RegExp(`\\b(\\w+) and (${FRACTION}) (${HALF_SCALES})\\b`, 'g'), sum)
    .replace(
      new RegExp(`\\b(\\w+) (${HALF_SCALES}) and (${FRACTION})\\b`, 'g'),
      (all, n: string, s: string, f: string) => sum(all, n, f, s),
    );
}

const DIGIT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];
const DIGIT = `(?:${DIGIT_WORDS.join('|')}|oh)`;

/** "one point two million" → "1.2 million", "three point five percent" → "3.5 percent". */
function decimalPoint(text: string): string {
  return text.replace(
    new RegExp(`\\b(\\w+) point (${DIGIT}(?: ${DIGIT})*)\\b`, 'g'),
    (all, whole: string, decimals: string) => {
      const n = /^\d+$/.test(whole) ? Number(whole) : (UNITS[whole] ?? Number.NaN);
      if (!Number.isFinite(n)) return all;
      const digits = decimals
        .split(' ')
        .map((d) => (d === 'oh' ? 0 : DIGIT_WORDS.indexOf(d)))
        .join('');
      return `${n}.${digits}`;
    },
  );
}

/**
 * Replaces runs of number words with digits: "twenty five percent" → "25 percent",
 * "a million" → "1 million", "half a million" → "0.5 million", "two hundred thousand" → "200000".
 * A lone "one" stays a word unless a unit follows ("which one" is not a number).
 */
export function numberWordsToDigits(text: string): string {
  const words = andAFraction(decimalPoint(text)).split(' ');
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const after = words[i + 2] ?? '';
    // "half a million", "half a mil": 0.5 of the scale.
    const scale = after in SCALES || /^(?:mil|mio|grand)$/.test(after);
    if (w === 'half' && next === 'a' && scale && after !== 'hundred') {
      out.push('0.5', after);
      i += 3;
      continue;
    }
    // "a standard error of half a point": 0.5 on the scale of the number it qualifies.
    if (w === 'half' && next === 'a' && after === 'point') {
      out.push('0.5');
      i += 3;
      continue;
    }
    if (w === 'a' && next in SCALES) {
      out.push('1');
      i += 1;
      continue;
    }
    if (!isNumberWord(w) || w === 'dozen' || (w in SCALES && w !== 'hundred')) {
      out.push(w);
      i += 1;
      continue;
    }
    if (w === 'one' && !isNumberWord(next) && !ONE_CONTEXT.test(next)) {
      out.push(w);
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    let trailingScale = '';
    while (j < words.length) {
      const x = words[j] ?? '';
      if (x in UNITS) current += UNITS[x] ?? 0;
      else if (x === 'hundred') current = (current || 1) * 100;
      else if (x in SCALES) {
        const scale = SCALES[x] ?? 1;
        const nextWord = words[j + 1] ?? '';
        if (!isNumberWord(nextWord) && nextWord !== 'and') {
          trailingScale = x;
          j += 1;
          break;
        }
        total += (current || 1) * scale;
        current = 0;
      } else if (!(x === 'and' && isNumberWord(words[j + 1] ?? '') && j > i)) break;
      j += 1;
    }
    if (trailingScale && total > 0) {
      // "two million three hundred thousand" is "2.3 million": the last scale belongs to the
      // last group only, and the largest scale word stays so the amount still reads as money.
      const value = total + current * (SCALES[trailingScale] ?? 1);
      const [word, size] =
        Object.entries(SCALES)
          .filter(([, v]) => v <= total)
          .at(-1) ?? [];
      out.push(String(value / (size ?? 1)), word ?? '');
    } else {
      out.push(String(total + current));
      if (trailingScale) out.push(trailingScale);
    }
    i = j;
  }
  return out.join(' ');
}
