import { invalid, MixPilotError } from '../../tools';
import type { KnowledgeDoc } from '../types';
import { isDocId, parseDoc } from './parse-doc';

/** A document a workspace uploads: markdown (front matter optional) or plain text. */
export interface WorkspaceDocInput {
  content: string;
  /** Stable id; default from front matter, else from the file name or the title. */
  id?: string;
  title?: string;
  /** Original file name, used for the id and title when nothing better is given. */
  filename?: string;
}

/** Largest workspace document accepted, in characters. */
export const MAX_WORKSPACE_DOC_CHARS = 200_000;

/** Turns text into an id: `Brand Guidelines.md` -> `brand-guidelines`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\.(md|markdown|txt)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Validates and parses an uploaded document; throws naming the field and the reason. */
export function toWorkspaceDoc(input: WorkspaceDocInput): KnowledgeDoc {
  const content = input.content ?? '';
  if (!content.trim()) throw invalid('content', 'the document is empty', 'invalid_input');
  if (content.length > MAX_WORKSPACE_DOC_CHARS) {
    throw new MixPilotError(
      'payload_too_large',
      `content: the document has ${content.length} characters, the limit is ${MAX_WORKSPACE_DOC_CHARS}`,
      { issues: [{ field: 'content', reason: 'too long' }] },
    );
  }
  if (input.id !== undefined && !isDocId(input.id)) {
    throw invalid(
      'id',
      "use lower-case letters, digits, '-', '_' or '.' (at most 80)",
      'invalid_input',
    );
  }
  const fallback =
    input.id ??
    (input.filename ? slugify(input.filename) : undefined) ??
    (input.title ? slugify(input.title) : undefined);
  const parsed = parseDoc(content, fallback || undefined);
  const id = input.id ?? parsed.id;
  const title =
    input.title ?? (parsed.title === parsed.id && input.filename ? input.filename : parsed.title);
  return { id, title, body: parsed.body };
}
