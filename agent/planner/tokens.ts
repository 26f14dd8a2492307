/** Typed tokens: the normalised message cut into words, numbers, amounts, percentages. */

/** One token of a normalised message. `ch` tokens are added later by channel detection. */
export type Token =
  | { t: 'w'; w: string }
  | { t: 'p'; w: string }
  | { t: 'num'; v: number; raw: string }
  | { t: 'money'; v: number }
  | { t: 'pct'; v: number; fraction?: boolean }
  | { t: 'mult'; v: number }
  | { t: 'ch'; said: string; ref: string; names: string[]; missing?: string };

const SCALE_WORDS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  grand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const CURRENCY_WORDS = new Set([
  'dollar',
  'dollars',
  'usd',
  'eur',
  'euro',
  'euros',
  'bucks',
  'gbp',
  'pounds',
  'chf',
  'cad',
  'aud',
  'quid',
]);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct', 'pts', 'pp']);
const FRACTIONS: Record<string, number> = {
  half: 50,
  halves: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
};
const PERIOD_BEFORE = new Set([
  'over',
  'for',
  'in',
  'per',
  'each',
  'during',
  'within',
  'next',
  'last',
  'this',
  'the',
  'every',
  'previous',
  'past',
  'that',
  'first',
  'second',
]);
const NUMBER_RE = /^([$€£])?(\d+(?:\.\d+)?|\.\d+)(k|m|mm|mn|mil|bn|b|x)?$/;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function fractionAt(words: string[], i: number): { v: number; used: number } | null {
  const w = words[i] ?? '';
  const next = words[i + 1] ?? '';
  const prev = words[i - 1] ?? '';
  const count = w === 'a' || w === 'one' ? 1 : /^\d$/.test(w) ? Number(w) : 0;
  const frac = FRACTIONS[next];
  if (count > 0 && frac !== undefined && next !== 'half' && next !== 'halves') {
    if (next.startsWith('quarter') && count === 1 && PERIOD_BEFORE.has(prev)) return null;
    if (next === 'quarter' && count === 1 && /^(?:than|per|each|every|a|one)$/.test(prev))
      return null;
    if (next === 'quarter' && /^(of|or)$/.test(words[i + 2] ?? '') === false && prev === 'next')
      return null;
    return { v: round2(count * frac), used: 2 };
  }
  if (w === 'half' && !/^(first|second|last|this|back|h1|h2)$/.test(prev)) {
    if (/^(in|by|to)$/.test(prev) || /^(of|the|our|their|its|his)$/.test(next)) {
      return { v: 50, used: 1 };
    }
  }
  return null;
}

/** Cuts a normalised message into typed tokens (amounts with their scale and currency merged). */
export function tokenize(normalised: string): Token[] {
  const words = normalised.split(' ').filter(Boolean);
  const out: Token[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? '';
    const frac = fractionAt(words, i);
    if (frac) {
      out.push({ t: 'pct', v: frac.v, fraction: true });
      i += frac.used;
      continue;
    }
    const m = NUMBER_RE.exec(w);
    if (!m) {
      if (/^[?!.,;:()[\]"-]$/.test(w)) out.push({ t: 'p', w });
      else out.push({ t: 'w', w });
      i += 1;
      continue;
    }
    let v = Number(m[2]);
    let money = Boolean(m[1]) || CURRENCY_WORDS.has(words[i - 1] ?? '');
    if (money && CURRENCY_WORDS.has(words[i - 1] ?? '')) {
      const last = out[out.length - 1];
      if (last?.t === 'w') out.pop();
    }
    const suffix = m[3];
    let j = i + 1;
    if (suffix === 'x') {
      out.push({ t: 'mult', v });
      i = j;
      continue;
    }
    if (suffix) {
      v *= SCALE_WORDS[suffix] ?? 1;
      money = true;
    } else if (SCALE_WORDS[words[j] ?? ''] !== undefined) {
      v *= SCALE_WORDS[words[j] ?? ''] ?? 1;
      money = true;
      j += 1;
    }
    if (CURRENCY_WORDS.has(words[j] ?? '')) {
      money = true;
      j += 1;
    }
    if (PERCENT_WORDS.has(words[j] ?? '')) {
      out.push({ t: 'pct', v });
      j += 1;
    } else if ((words[j] === 'times' || words[j] === 'x') && !money) {
      out.push({ t: 'mult', v });
      j += 1;
    } else if (money) out.push({ t: 'money', v: round2(v) });
    else out.push({ t: 'num', v, raw: m[2] ?? w });
    i = j;
  }
  return out;
}
