import type { Index, Pinecone, RecordMetadata } from '@pinecone-database/pinecone';
import { MixPilotError } from '../../tools';
import type { ChunkRecord, StoredDoc, StoredHit, VectorStore, WorkspaceScope } from '../types';
import { checkVector, groupByDoc } from './check-vector';

/** Options of the Pinecone store. */
export interface PineconeStoreOptions {
  client: Pinecone;
  /** Name of a dense index with metric cosine and `dimensions` dimensions. */
  indexName: string;
  dimensions: number;
  /** Namespace of the shared methodology docs, default `methodology`. */
  methodologyNamespace?: string;
  /** Vectors per upsert request, default 50 (well under the 2 MB request limit at 3072 dims). */
  upsertBatch?: number;
}

interface ChunkMetadata extends RecordMetadata {
  docId: string;
  docHash: string;
  title: string;
  section: string;
  text: string;
  position: number;
}

/** Record ids are `docId#docHash#position`, so listing ids is enough to know what is indexed. */
const recordId = (r: ChunkRecord) => `${r.docId}#${r.docHash}#${r.position}`;

/**
 * Chunks in a Pinecone serverless index, one namespace per workspace (`workspace-<id>`) and the
 * methodology docs in their own namespace, so a workspace's documents cannot leak into another's
 * search. A query searches the methodology namespace and the asking workspace's, and merges.
 */
export function createPineconeStore(options: PineconeStoreOptions): VectorStore {
  const { client, indexName, dimensions } = options;
  const methodology = options.methodologyNamespace ?? 'methodology';
  const batch = options.upsertBatch ?? 50;
  const index = client.index<ChunkMetadata>({ name: indexName });
  const ns = (scope: WorkspaceScope): Index<ChunkMetadata> =>
    index.namespace(scope === null ? methodology : `workspace-${scope}`);

  const listIds = async (scope: WorkspaceScope, prefix?: string): Promise<string[]> => {
    const ids: string[] = [];
    let paginationToken: string | undefined;
    do {
      const page = await ns(scope).listPaginated({ prefix, limit: 100, paginationToken });
      for (const v of page.vectors ?? []) if (v.id) ids.push(v.id);
      paginationToken = page.pagination?.next;
    } while (paginationToken);
    return ids;
  };
  const deleteIds = async (scope: WorkspaceScope, ids: string[]) => {
    for (let i = 0; i < ids.length; i += 1000)
      await ns(scope).deleteMany({ ids: ids.slice(i, i + 1000) });
  };

  return {
    kind: 'pinecone',
    async init() {
      const description = await client.describeIndex(indexName);
      if (description.dimension !== undefined && description.dimension !== dimensions) {
        throw new MixPilotError(
          'unprocessable',
          `Pinecone index '${indexName}' has ${description.dimension} dimensions but the embedder produces ${dimensions}; use an index created for this embedder`,
        );
      }
    },

    async listDocs(scope) {
      const docs = new Map<string, StoredDoc>();
      for (const id of await listIds(scope)) {
        const [docId, docHash] = id.split('#');
        if (!docId || !docHash) continue;
        const d = docs.get(docId) ?? { docId, docHash, chunks: 0 };
        d.chunks++;
        docs.set(docId, d);
      }
      return [...docs.values()].sort((a, b) => (a.docId < b.docId ? -1 : 1));
    },

    async replaceDocs(records) {
      for (const r of records)
        checkVector(r.vector, dimensions, `${r.docId}[${r.position}].vector`);
      for (const g of groupByDoc(records)) {
        const fresh = g.records.map((r) => ({
          id: recordId(r),
          values: r.vector,
          metadata: {
            docId: r.docId,
            docHash: r.docHash,
            title: r.title,
            section: r.section,
            text: r.text,
            position: r.position,
          },
        }));
        for (let i = 0; i < fresh.length; i += batch) {
          await ns(g.workspaceId).upsert({ records: fresh.slice(i, i + batch) });
        }
        const keep = new Set(fresh.map((f) => f.id));
        const stale = (await listIds(g.workspaceId, `${g.docId}#`)).filter((id) => !keep.has(id));
        await deleteIds(g.workspaceId, stale);
      }
    },

    async deleteDocs(scope, docIds) {
      for (const docId of docIds) await deleteIds(scope, await listIds(scope, `${docId}#`));
    },

    async query(vector, { workspaceId = null, k }) {
      checkVector(vector, dimensions, 'query vector');
      const scopes: WorkspaceScope[] = workspaceId === null ? [null] : [null, workspaceId];
      const results = await Promise.all(
        scopes.map(async (scope) => {
          const res = await ns(scope).query({
            vector,
            topK: k,
            includeMetadata: true,
            includeValues: false,
          });
          return (res.matches ?? []).flatMap((m): StoredHit[] => {
            const md = m.metadata;
            if (!md) return [];
            return [
              {
                docId: md.docId,
                workspaceId: scope,
                title: md.title,
                section: md.section,
                text: md.text,
                position: Number(md.position),
                score: m.score ?? 0,
              },
            ];
          });
        }),
      );
      return results
        .flat()
        .sort(
          (a, b) => b.score - a.score || a.docId.localeCompare(b.docId) || a.position - b.position,
        )
        .slice(0, k);
    },
  };
}
