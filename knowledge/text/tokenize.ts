import { porterStem } from './porter-stemmer';
import { STOPWORDS } from './stopwords';

const SPECIAL: Record<string, string> = {
  'what-if': 'whatif',
  'r²': 'r2',
  'r-squared': 'r2',
  'a/b': 'ab',
  'e-mail': 'email',
};

/** One word of a text: its stem and whether it is a stopword. */
export interface Token {
  stem: string;
  stop: boolean;
}

/**
 * Lower-cases, splits on anything that is not a letter or digit, drops bare numbers and stems
 * every word, marking stopwords (kept so that phrases such as "how long" can still be matched).
 */
export function tokenizeAll(text: string): Token[] {
  let t = text.toLowerCase().normalize('NFKC');
  for (const [from, to] of Object.entries(SPECIAL)) t = t.split(from).join(` ${to} `);
  const out: Token[] = [];
  for (const raw of t.split(/[^a-z0-9]+/)) {
    if (!raw || /^\d+$/.test(raw)) continue;
    const stop = STOPWORDS.has(raw);
    const stem = porterStem(raw);
    if (stop || stem.length > 1 || raw === 'x') out.push({ stem, stop });
  }
  return out;
}

/** The content words of a text, stemmed, without stopwords. */
export function tokenize(text: string): string[] {
  return tokenizeAll(text)
    .filter((t) => !t.stop)
    .map((t) => t.stem);
}
