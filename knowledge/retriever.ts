import type { Embedder, Retriever, SearchHit, StoredHit, VectorStore } from './types';

/** Options of the retriever. */
export interface RetrieverOptions {
  embedder: Embedder;
  store: VectorStore;
  /** At most this many chunks of one document in one result list, default 2. */
  perDoc?: number;
  /**
   * How much a document's further matching chunks add to its best one: a document scores
   * s1 + d*s2 + d^2*s3 + ... over its chunks among the candidates. Default 0.3; 0 ranks by best chunk.
   */
  supportDecay?: number;
  /** Chunks fetched from the store before grouping by document, default 40. */
  candidates?: number;
}

const DEFAULT_K = 4;
const MAX_K = 20;

/**
 * Semantic search over the methodology docs and the asking workspace's own documents. Chunks
 * are grouped by document and documents ranked by their best chunk plus decayed support from
 * their other matching chunks; the list then takes each document's best chunk in that order
 * (then second-best chunks, up to `perDoc`), so a short list covers several sources.
 */
export function createRetriever(options: RetrieverOptions): Retriever {
  const { embedder, store } = options;
  const perDoc = options.perDoc ?? 2;
  const decay = options.supportDecay ?? 0.3;
  const candidates = options.candidates ?? 40;
  return {
    async search(query, { workspaceId = null, k = DEFAULT_K } = {}) {
      const text = query.trim();
      if (!text) return [];
      const limit = Math.max(1, Math.min(MAX_K, Math.floor(k)));
      const vector = embedder.embedQuery
        ? await embedder.embedQuery(text)
        : ((await embedder.embed([text]))[0] as number[]);
      const hits = await store.query(vector, {
        workspaceId,
        k: Math.max(candidates, limit * perDoc),
      });
      const docs = rankDocs(hits, decay);
      const out: SearchHit[] = [];
      for (let pass = 0; pass < perDoc && out.length < limit; pass++) {
        for (const doc of docs) {
          const h = doc.chunks[pass];
          if (h) out.push(toSearchHit(h));
          if (out.length === limit) break;
        }
      }
      return out;
    },
  };
}

function rankDocs(hits: StoredHit[], decay: number): { score: number; chunks: StoredHit[] }[] {
  const groups = new Map<string, StoredHit[]>();
  for (const h of hits) {
    const key = `${h.workspaceId ?? ''}\u0000${h.docId}`;
    const list = groups.get(key) ?? [];
    list.push(h);
    groups.set(key, list);
  }
  const docs = [...groups.values()].map((chunks) => {
    chunks.sort((a, b) => b.score - a.score || a.position - b.position);
    let score = 0;
    let w = 1;
    for (const c of chunks) {
      score += w * Math.max(0, c.score);
      w *= decay;
    }
    return { score, chunks };
  });
  return docs.sort(
    (a, b) =>
      b.score - a.score ||
      (a.chunks[0] as StoredHit).docId.localeCompare((b.chunks[0] as StoredHit).docId),
  );
}

function toSearchHit(h: StoredHit): SearchHit {
  return {
    id: h.docId,
    title: h.title,
    section: h.section,
    text: h.text,
    score: h.score,
    source: h.workspaceId === null ? 'methodology' : 'workspace',
  };
}
