import { createHash } from 'node:crypto';
import type { KnowledgeDoc } from '../types';

/** Hex SHA-256 of a string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The hash stored with a document's chunks: content (id, title, body) plus the embedder id, so
 * both an edited document and a switch of embedder show up as a changed hash. 16 hex chars.
 */
export function docHash(doc: KnowledgeDoc, embedderId: string): string {
  return sha256(`${embedderId}\n${doc.id}\n${doc.title}\n${doc.body}`).slice(0, 16);
}
