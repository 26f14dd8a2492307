import { COMMON_WORDS } from './common-words';
import type { Token } from './tokens';

/** Words worth correcting a typo towards: the verbs and nouns intents are recognised by. */
const TARGETS = [
  ...COMMON_WORDS,
  ...'doubled tripled halved contribution contributions optimize optimise optimal allocate allocation reallocate increase decrease reduce methodology diagnostics saturation saturated diminishing accuracy adstock marginal response revenue budget channel channels scenario distribute transfer redistribute double triple maximize maximise profit quarter percent million thousand billion halve eliminate performance performing effective efficiency incremental carryover retrain refit recommend compute calculate explain reliable trustworthy planning'.split(
    ' ',
  ),
].filter((w) => w.length >= 5);

function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Short verbs and nouns worth fixing when two letters were swapped ("moev", "doubel"). */
const VERBS =
  'move shift double triple halve boost raise reduce budget split curve model drive cut add trim drop'.split(
    ' ',
  );

function swapsTo(word: string, name: string): boolean {
  return [...Array(Math.max(0, word.length - 1)).keys()].some(
    (i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) === name,
  );
}

/** A near miss of `name`: same first letter, one edit (swaps count one) up to six letters, two beyond. */
export function closeEnough(word: string, name: string): boolean {
  if (!word || word[0] !== name[0]) return false;
  const budget = word.length <= 6 ? 1 : 2;
  return swapsTo(word, name) || distance(word, name, budget) <= budget;
}

/** Short intent words often typed with a letter missing ("proft", "margn", "budgt"). */
const SHORT = 'profit margin budget revenue optimise optimize curve locked frozen'.split(' ');

const cache = new Map<string, string>();

/** The intent word a typo most likely meant, or the word itself. */
export function correctWord(w: string): string {
  if (w.length < 4 || COMMON_WORDS.has(w) || /[^a-z]/.test(w)) return w;
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  // "cutt", "addd": the last letter typed twice.
  const once = w.slice(0, -1);
  if (w.at(-1) === w.at(-2) && VERBS.includes(once)) {
    cache.set(w, once);
    return once;
  }
  const swap = VERBS.find((v) => v.length === w.length && v !== w && closeEnough(w, v));
  if (swap && swapsTo(w, swap)) {
    cache.set(w, swap);
    return swap;
  }
  const short = SHORT.find((t) => t.length === w.length + 1 && closeEnough(w, t));
  if (short) {
    cache.set(w, short);
    return short;
  }
  if (w.length < 6) return w;
  const budget = w.length >= 9 ? 2 : 1;
  let best = w;
  let bestD = budget + 1;
  const missing = (c: string) => c.length === w.length + 1;
  for (const t of TARGETS) {
    const d = t.length === w.length && swapsTo(w, t) ? 1 : distance(w, t, budget);
    // On a tie, a letter left out ("marginl" for marginal) is likelier than one typed extra.
    if (d < bestD || (d === bestD && best !== w && missing(t) && !missing(best))) {
      bestD = d;
      best = t;
    }
  }
  cache.set(w, best);
  return best;
}

/**
 * Fixes typos in intent words ("reallocat", "optimse", "contibution"); leaves other tokens. A
 * number followed by a misspelt "percent" ("40 percnt") becomes the percentage it meant.
 */
export function correctSpelling(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const tok of tokens) {
    const fixed: Token = tok.t === 'w' ? { t: 'w', w: correctWord(tok.w) } : tok;
    const prev = out.at(-1);
    if (tok.t === 'w' && fixed.t === 'w' && fixed.w === 'percent' && prev?.t === 'num') {
      out[out.length - 1] = { t: 'pct', v: prev.v };
      continue;
    }
    out.push(fixed);
  }
  return out;
}
