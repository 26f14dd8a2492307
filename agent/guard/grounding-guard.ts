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

/** Sentence spans of a line: a sentence ends at . ! or ? followed by a space or the line end. */
function sentenceSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (
      (ch === '.' || ch === '!' || ch === '?') &&
      (i + 1 === line.length || /\s/.test(line[i + 1] as string))
    ) {
      spans.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
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
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!hits(lineStart, lineStart + line.length)) {
      kept.push(line);
      continue;
    }
    const bullet = line.match(/^\s*[-*•]\s*/)?.[0] ?? '';
    const body = line.slice(bullet.length);
    const bodyStart = lineStart + bullet.length;
    const sentences = sentenceSpans(body).filter(([s, e]) => {
      const keep = !hits(bodyStart + s, bodyStart + e);
      if (!keep) removed++;
      return keep;
    });
    const rest = sentences
      .map(([s, e]) => body.slice(s, e).trim())
      .join(' ')
      .trim();
    if (rest) kept.push(`${bullet}${rest}`);
  }
  return { text: kept.join('\n').trim(), removed };
}
