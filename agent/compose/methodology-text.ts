import type { SearchHit } from '../ports';
import type { Composed } from './composed';

/** Plain text of a markdown passage: no headings, emphasis or code fences. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^#+\s.*$/gm, ' ')
    .replace(/[*_`>]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `n` sentences of a passage. */
export function sentences(text: string, n: number): string {
  const found = text.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [text];
  return found.slice(0, n).join(' ').trim();
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
