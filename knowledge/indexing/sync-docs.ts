import { invalid } from '../../tools';
import type { ChunkRecord, Embedder, KnowledgeDoc, VectorStore, WorkspaceScope } from '../types';
import { chunkDoc } from './chunker';
import { docHash } from './content-hash';
import { embedText } from './embed-text';

/** What one indexing run changed in one scope. */
export interface IndexReport {
  scope: WorkspaceScope;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
  /** Chunks embedded and written; 0 when nothing changed. */
  chunksWritten: number;
}

/** Options of `syncDocs`. */
export interface SyncOptions {
  embedder: Embedder;
  store: VectorStore;
  scope: WorkspaceScope;
  docs: KnowledgeDoc[];
  /** Delete stored documents of the scope that are not in `docs` (true for the methodology set). */
  removeMissing: boolean;
  /** Passages per embedding call, default 64. */
  batchSize?: number;
}

/**
 * Brings one scope of the store in line with `docs`, by content hash: unchanged documents are
 * not touched, a changed document has its chunks replaced (and only its own), missing ones are
 * removed when asked. Running it twice in a row writes nothing the second time.
 */
export async function syncDocs(options: SyncOptions): Promise<IndexReport> {
  const { embedder, store, scope, docs } = options;
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw invalid('id', `document id '${d.id}' appears twice`, 'invalid_input');
    seen.add(d.id);
  }
  const stored = new Map((await store.listDocs(scope)).map((d) => [d.docId, d.docHash]));
  const report: IndexReport = {
    scope,
    added: [],
    updated: [],
    removed: [],
    unchanged: [],
    chunksWritten: 0,
  };
  const pending: Omit<ChunkRecord, 'vector'>[] = [];
  for (const doc of docs) {
    const hash = docHash(doc, embedder.id);
    const previous = stored.get(doc.id);
    if (previous === hash) {
      report.unchanged.push(doc.id);
      continue;
    }
    (previous === undefined ? report.added : report.updated).push(doc.id);
    for (const chunk of chunkDoc(doc))
      pending.push({ ...chunk, workspaceId: scope, docHash: hash });
  }
  const emptyDocs = [...report.added, ...report.updated].filter(
    (id) => !pending.some((p) => p.docId === id),
  );
  if (emptyDocs.length > 0) await store.deleteDocs(scope, emptyDocs);

  const batchSize = options.batchSize ?? 64;
  for (let i = 0; i < pending.length; ) {
    const docIds = new Set<string>();
    const batch: Omit<ChunkRecord, 'vector'>[] = [];
    while (
      i < pending.length &&
      (batch.length < batchSize || docIds.has(pending[i]?.docId as string))
    ) {
      const p = pending[i++] as Omit<ChunkRecord, 'vector'>;
      docIds.add(p.docId);
      batch.push(p);
    }
    const vectors = await embedder.embed(batch.map(embedText));
    await store.replaceDocs(batch.map((p, j) => ({ ...p, vector: vectors[j] as number[] })));
    report.chunksWritten += batch.length;
  }
  if (options.removeMissing) {
    report.removed = [...stored.keys()].filter((id) => !seen.has(id)).sort();
    if (report.removed.length > 0) await store.deleteDocs(scope, report.removed);
  }
  return report;
}
