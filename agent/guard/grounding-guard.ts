import { extractNumbers, type NumberMention } from './extract-numbers';
import { NumberSources } from './number-sources';

export interface GroundingReport {
  ok: boolean;
  ungrounded: NumberMention[];
  checked: number;
}

/** Checks every quantity in `text` against the sources (tool results, the question, cited text). */
export function checkGrounding(text: string, sources: unknown[] | NumberSources): GroundingReport {
  const pool = sources instanceof NumberSources ? sources : new NumberSources(sources);
  const mentions = extractNumbers(text);
  const ungrounded = mentions.filter((m) => !pool.has(m.value, m.tolerance));
  return { ok: ungrounded.length === 0, ungrounded, checked: mentions.length };
}

/**
 * Removes every sentence (or list item) that states an ungrounded number, so no unsupported
 * figure is shown as a fact. Returns the cleaned text and how many sentences were dropped.
 */
export function removeUngrounded(
  text: string,
  report: GroundingReport,
): { text: string; removed: number } {
  if (report.ok) return { text, removed: 0 };
  const bad = report.ungrounded.map((m) => [m.index, m.index + m.text.length] as const);
  const hits = (start: number, end: number) => bad.some(([s, e]) => s < end && e > start);
  let removed = 0;
  let offset = 0;
  const lines = text.split('\n').map((line) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (!hits(lineStart, lineStart + line.length)) return line;
    const sentences = line.match(/[^.!?]+(?:[.!?](?=\s|$)|$)|[.!?]/g) ?? [line];
    let pos = lineStart;
    const kept = sentences.filter((s) => {
      const start = line.indexOf(s, pos - lineStart) + lineStart;
      pos = start + s.length;
      const keep = !hits(start, start + s.length);
      if (!keep) removed++;
      return keep;
    });
    const joined = kept.join('').trim();
    return /^\s*[-*•]\s*$/.test(joined) || joined === ''
      ? null
      : joined.startsWith('-') || !/^\s*[-*•]/.test(line)
        ? joined
        : `- ${joined}`;
  });
  return {
    text: lines
      .filter((l): l is string => l !== null)
      .join('\n')
      .trim(),
    removed,
  };
}
