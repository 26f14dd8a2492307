import { CONCEPTS } from './domain-lexicon';
import { tokenizeAll } from './tokenize';

/** Relative weights of the three feature kinds of a text. */
export interface FeatureWeights {
  unigram: number;
  bigram: number;
  concept: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { unigram: 1, bigram: 0.3, concept: 1 };

/** Stemmed phrase (space-joined) -> concept names, and the longest phrase length in tokens. */
interface PhraseTable {
  phrases: Map<string, string[]>;
  maxLength: number;
}

/** Phrases with a stopword match the full word sequence; the others match content words only. */
interface CompiledLexicon {
  withStopwords: PhraseTable;
  contentOnly: PhraseTable;
}

/**
 * Tokenizes each lexicon phrase the way text is tokenized, stopwords included, so that phrases
 * such as "how long" or "no advertising" match word for word. A phrase made only of stopwords
 * is skipped.
 */
export function compileLexicon(
  concepts: Record<string, readonly string[]> = CONCEPTS,
): CompiledLexicon {
  const withStopwords: PhraseTable = { phrases: new Map(), maxLength: 1 };
  const contentOnly: PhraseTable = { phrases: new Map(), maxLength: 1 };
  for (const [concept, list] of Object.entries(concepts)) {
    for (const phrase of list) {
      const all = tokenizeAll(phrase);
      if (all.every((t) => t.stop)) continue;
      const table = all.some((t) => t.stop) ? withStopwords : contentOnly;
      const key = all.map((t) => t.stem).join(' ');
      const names = table.phrases.get(key) ?? [];
      if (!names.includes(concept)) names.push(concept);
      table.phrases.set(key, names);
      table.maxLength = Math.max(table.maxLength, all.length);
    }
  }
  return { withStopwords, contentOnly };
}

function matchPhrases(stems: string[], table: PhraseTable, add: (concept: string) => void): void {
  for (let i = 0; i < stems.length; i++) {
    for (let len = Math.min(table.maxLength, stems.length - i); len >= 1; len--) {
      const names = table.phrases.get(stems.slice(i, i + len).join(' '));
      if (names) for (const name of names) add(name);
    }
  }
}

const LEXICON = compileLexicon();

/**
 * Weighted features of a text: stemmed words, adjacent word pairs (`a_b`) and the concepts its
 * words and phrases name (`~roi`), each with a sublinear term frequency 1 + ln(count).
 */
export function textFeatures(
  text: string,
  weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): Map<string, number> {
  const all = tokenizeAll(text);
  const stems = all.map((t) => t.stem);
  const tokens = all.filter((t) => !t.stop).map((t) => t.stem);
  const counts = new Map<string, { weight: number; n: number }>();
  const add = (feature: string, weight: number) => {
    if (weight <= 0) return;
    const c = counts.get(feature);
    if (c) c.n++;
    else counts.set(feature, { weight, n: 1 });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    add(t, weights.unigram);
    if (i + 1 < tokens.length) add(`${t}_${tokens[i + 1]}`, weights.bigram);
  }
  const addConcept = (name: string) => add(`~${name}`, weights.concept);
  matchPhrases(stems, LEXICON.withStopwords, addConcept);
  matchPhrases(tokens, LEXICON.contentOnly, addConcept);
  const out = new Map<string, number>();
  for (const [feature, { weight, n }] of counts) out.set(feature, weight * (1 + Math.log(n)));
  return out;
}
