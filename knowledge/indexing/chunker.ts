import type { Chunk, KnowledgeDoc } from '../types';

/** Separator of heading paths, e.g. `Adstock › Geometric decay`. */
export const SECTION_SEPARATOR = ' › ';

/** Longest chunk in characters before a section is split at paragraph boundaries. */
const DEFAULT_MAX_CHARS = 1400;

/**
 * Cuts a document at its `#`..`####` headings. Each chunk keeps the heading path from the
 * document title down; a level-1 heading equal to the title is not repeated. Sections longer than
 * `maxChars` are split between paragraphs; empty sections are dropped.
 */
export function chunkDoc(doc: KnowledgeDoc, maxChars = DEFAULT_MAX_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  const path: string[] = [];
  let buffer: string[] = [];
  let inFence = false;

  const flush = () => {
    const text = buffer.join('\n').trim();
    buffer = [];
    if (!text) return;
    const section = [doc.title, ...path].join(SECTION_SEPARATOR);
    for (const piece of splitLong(text, maxChars)) {
      chunks.push({
        docId: doc.id,
        title: doc.title,
        section,
        text: piece,
        position: chunks.length,
      });
    }
  };

  for (const line of doc.body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : line.match(/^(#{1,4})\s+(.+?)\s*#*\s*$/);
    if (!m) {
      buffer.push(line);
      continue;
    }
    flush();
    const level = (m[1] as string).length;
    const heading = m[2] as string;
    if (level === 1 && heading === doc.title) {
      path.length = 0;
      continue;
    }
    path.length = Math.max(0, level - 2);
    path.push(heading);
  }
  flush();
  return chunks;
}

function splitLong(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const para of text.split(/\n\s*\n/)) {
    if (current && current.length + para.length + 2 > maxChars) {
      pieces.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${para}` : para;
  }
  if (current) pieces.push(current);
  return pieces;
}
