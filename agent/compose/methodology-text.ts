import type { SearchHit } from '../ports';
import type { Composed } from './composed';

/** Plain text of a markdown passage: no headings, list markers, emphasis or code fences. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^#+\s.*$/gm, ' ')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A sentence ends at . ! or ? (after any closing quote or bracket) followed by a space and a
 * capital, a digit or an opening quote, or by the end of the text. A question quoted inside a
 * sentence ('answers "what did it return?".') and "e.g." do not end it.
 */
const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|vs|cf|approx))[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9]|\s*$)/g;

/** The sentences of a passage, whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The first `n` sentences of a passage. */
export function sentences(text: string, n: number): string {
  return splitSentences(text).slice(0, n).join(' ').trim();
}

/** Answers a methodology question from the retrieved passages, citing them as [1], [2]. */
export function composeMethodology(hits: SearchHit[]): Composed {
  const [first, second] = hits;
  if (!first)
    return {
      lead: "I couldn't find that in MixPilot's methodology notes.",
      bullets: [],
      parts: [],
    };
  const lead = `${sentences(plainText(first.text), 2)} [1]`;
  const bullets = second ? [`${sentences(plainText(second.text), 1)} [2]`] : [];
  return { lead, bullets, parts: [] };
}
