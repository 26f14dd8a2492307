import type { Token } from './tokens';

/** The word at a position, or '' when the token is not a word. */
export function wordOf(tok: Token | undefined): string {
  return tok && (tok.t === 'w' || tok.t === 'p') ? tok.w : '';
}

/** True when a word at `i` is in `set`. */
export function isWord(tokens: Token[], i: number, set: ReadonlySet<string>): boolean {
  return set.has(wordOf(tokens[i]));
}

/** Indexes of channel tokens. */
export function channelIndexes(tokens: Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((tok, i) => {
    if (tok.t === 'ch') out.push(i);
  });
  return out;
}

/** Channel references (tool arguments) in order, without duplicates. */
export function channelRefs(tokens: Token[]): string[] {
  const refs: string[] = [];
  for (const tok of tokens) if (tok.t === 'ch' && !refs.includes(tok.ref)) refs.push(tok.ref);
  return refs;
}

/** The ref of a channel token at `i`, or undefined. */
export function refAt(tokens: Token[], i: number): string | undefined {
  const tok = tokens[i];
  return tok?.t === 'ch' ? tok.ref : undefined;
}

/** Words between two indexes (exclusive) joined by spaces, slots shown as markers. */
export function textBetween(tokens: Token[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k += 1) {
    const tok = tokens[k];
    if (!tok) continue;
    if (tok.t === 'w' || tok.t === 'p') out.push(tok.w);
    else out.push(tok.t === 'ch' ? 'CH' : tok.t.toUpperCase());
  }
  return out.join(' ');
}

const CLAUSE_BREAK = new Set([
  ',',
  ';',
  '.',
  '?',
  '!',
  'then',
  'but',
  'while',
  'whereas',
  'also',
  'with',
  'and',
]);

/**
 * Splits tokens into clauses at punctuation and joining words; an "and" between two channels
 * ("tv and radio") or between a channel and its number ("tv by 10% and radio by 5%") does not split.
 */
export function clauses(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((tok, i) => {
    const w = wordOf(tok);
    const next = tokens[i + 1];
    const listJoin = (w === 'and' || w === ',' || w === 'or') && next?.t === 'ch';
    const isNumber = (t: Token | undefined) =>
      t?.t === 'money' || t?.t === 'pct' || t?.t === 'num' || t?.t === 'mult';
    // "between 100k and 200k" is one range; "from display to search and 10% of radio…" is not.
    const range =
      w === 'and' &&
      isNumber(next) &&
      isNumber(tokens[i - 1]) &&
      current.some((c) => wordOf(c) === 'between' || wordOf(c) === 'from');
    // "cut the weakest one, radio, to zero": a channel set off by commas names what came before.
    const apposition = w === ',' && tokens[i - 1]?.t === 'ch' && wordOf(tokens[i - 2]) === ',';
    if (CLAUSE_BREAK.has(w) && !listJoin && !range && !apposition) {
      if (current.length > 0) out.push(current);
      current = [];
      return;
    }
    current.push(tok);
  });
  if (current.length > 0) out.push(current);
  return out;
}
