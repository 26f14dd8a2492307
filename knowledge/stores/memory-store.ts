import type { ChunkRecord, StoredDoc, VectorStore, WorkspaceScope } from '../types';
import { checkVector, cosine, groupByDoc } from './check-vector';

/** An in-process store for tests and one-off scripts: exact cosine search over an array. */
export function createMemoryStore(options: { dimensions: number }): VectorStore {
  const { dimensions } = options;
  let rows: ChunkRecord[] = [];
  const inScope = (r: ChunkRecord, scope: WorkspaceScope) => r.workspaceId === scope;

  return {
    kind: 'memory',
    async init() {},
    async listDocs(scope) {
      const docs = new Map<string, StoredDoc>();
      for (const r of rows) {
        if (!inScope(r, scope)) continue;
        const d = docs.get(r.docId) ?? {
          docId: r.docId,
          docHash: r.docHash,
          title: r.title,
          chunks: 0,
        };
        d.chunks++;
        docs.set(r.docId, d);
      }
      return [...docs.values()].sort((a, b) => (a.docId < b.docId ? -1 : 1));
    },
    async replaceDocs(records) {
      for (const r of records)
        checkVector(r.vector, dimensions, `${r.docId}[${r.position}].vector`);
      for (const g of groupByDoc(records)) {
        rows = rows.filter((r) => !(inScope(r, g.workspaceId) && r.docId === g.docId));
      }
      rows.push(...records.map((r) => ({ ...r, vector: [...r.vector] })));
    },
    async deleteDocs(scope, docIds) {
      const drop = new Set(docIds);
      rows = rows.filter((r) => !(inScope(r, scope) && drop.has(r.docId)));
    },
    async query(vector, { workspaceId = null, k }) {
      checkVector(vector, dimensions, 'query vector');
      return rows
        .filter(
          (r) => r.workspaceId === null || (workspaceId !== null && r.workspaceId === workspaceId),
        )
        .map(({ vector: v, docHash: _h, ...rest }) => ({ ...rest, score: cosine(vector, v) }))
        .sort(
          (a, b) => b.score - a.score || a.docId.localeCompare(b.docId) || a.position - b.position,
        )
        .slice(0, k);
    },
  };
}
