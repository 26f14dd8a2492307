import type { Chunk } from '../types';

/** The text embedded for a chunk: its heading path, then its body, so headings count as words. */
export function embedText(chunk: Chunk): string {
  return `${chunk.section}\n${chunk.text}`;
}
