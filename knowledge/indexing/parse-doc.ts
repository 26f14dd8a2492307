import { invalid } from '../../tools';
import type { KnowledgeDoc } from '../types';

const ID_RE = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** True when `id` is usable as a document id (and in store keys): `a-z0-9._-`, at most 80 chars. */
export function isDocId(id: string): boolean {
  return ID_RE.test(id);
}

/**
 * Parses a markdown document with optional `---` front matter holding `id:` and `title:` lines.
 * Without front matter, the id comes from `fallbackId` and the title from the first `# ` heading.
 */
export function parseDoc(source: string, fallbackId?: string): KnowledgeDoc {
  const text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const meta: Record<string, string> = {};
  let body = text;
  const fm = text.match(/^---\n([\s\S]*?)\n---\n?/);
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const m = line.match(/^([A-Za-z_]+):\s*(.*)$/);
      if (m) meta[(m[1] as string).toLowerCase()] = unquote((m[2] as string).trim());
    }
    body = text.slice(fm[0].length);
  }
  const id = meta.id ?? fallbackId;
  if (!id || !isDocId(id)) {
    throw invalid(
      'id',
      `document id '${id ?? ''}' must be lower-case letters, digits, '-', '_' or '.'`,
    );
  }
  const heading = body.match(/^#\s+(.+)$/m)?.[1]?.trim();
  const title = meta.title ?? heading ?? id;
  return { id, title, body: body.trim() };
}

function unquote(value: string): string {
  const m = value.match(/^(['"])(.*)\1$/);
  return m ? (m[2] as string) : value;
}
