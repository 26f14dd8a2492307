import { beforeAll, describe, expect, it } from 'vitest';
import type { ChunkRecord, VectorStore, WorkspaceScope } from '../types';

/** Dimension used by the contract: small, so fixtures are readable. */
export const CONTRACT_DIMENSIONS = 4;

function record(
  workspaceId: WorkspaceScope,
  docId: string,
  position: number,
  vector: number[],
  docHash = 'h1',
): ChunkRecord {
  return {
    workspaceId,
    docId,
    docHash,
    position,
    vector,
    title: `Title of ${docId}`,
    section: `Title of ${docId} › Part ${position}`,
    text: `Text ${position} of ${docId}: beta is 0.42.`,
  };
}

/**
 * The behaviour every VectorStore must have, run against each implementation (memory, pgvector
 * on PGlite, pgvector on PostgreSQL, Pinecone through msw). `create` returns an empty store of
 * CONTRACT_DIMENSIONS dimensions.
 */
export function describeVectorStoreContract(
  name: string,
  create: () => Promise<VectorStore>,
): void {
  describe(`${name} (vector store contract)`, () => {
    let store: VectorStore;
    beforeAll(async () => {
      store = await create();
      await store.init();
      await store.init();
      await store.replaceDocs([
        record(null, 'adstock', 0, [1, 0, 0, 0]),
        record(null, 'adstock', 1, [0.9, 0.1, 0, 0]),
        record(null, 'saturation', 0, [0, 1, 0, 0]),
        record('ws-a', 'brand-guide', 0, [0.95, 0, 0.05, 0]),
        record('ws-b', 'brand-guide', 0, [1, 0, 0, 0.01]),
      ]);
    });

    it('lists the documents of a scope with their hash and chunk count', async () => {
      expect(await store.listDocs(null)).toEqual([
        expect.objectContaining({ docId: 'adstock', docHash: 'h1', chunks: 2 }),
        expect.objectContaining({ docId: 'saturation', docHash: 'h1', chunks: 1 }),
      ]);
      expect((await store.listDocs('ws-a')).map((d) => d.docId)).toEqual(['brand-guide']);
      expect(await store.listDocs('ws-none')).toEqual([]);
    });

    it('returns nearest chunks first with cosine scores, text and heading path', async () => {
      const hits = await store.query([0, 1, 0, 0], { k: 2 });
      expect(hits[0]).toMatchObject({
        docId: 'saturation',
        workspaceId: null,
        title: 'Title of saturation',
        section: 'Title of saturation › Part 0',
        text: 'Text 0 of saturation: beta is 0.42.',
        position: 0,
      });
      expect(hits[0]?.score).toBeCloseTo(1, 5);
      expect(hits[1]?.docId).toBe('adstock');
      expect(hits[1]?.score).toBeCloseTo(0.1 / Math.sqrt(0.82), 5);
    });

    it('shows a workspace its own documents with the methodology ones, and no other workspace', async () => {
      const a = await store.query([1, 0, 0, 0], { workspaceId: 'ws-a', k: 10 });
      expect(a.map((h) => `${h.workspaceId}/${h.docId}`).sort()).toEqual(
        ['null/adstock', 'null/adstock', 'null/saturation', 'ws-a/brand-guide'].sort(),
      );
      const none = await store.query([1, 0, 0, 0], { k: 10 });
      expect(none.every((h) => h.workspaceId === null)).toBe(true);
      const other = await store.query([1, 0, 0, 0], { workspaceId: 'ws-c', k: 10 });
      expect(other.every((h) => h.workspaceId === null)).toBe(true);
    });

    it('replaces all chunks of a document, dropping chunks the new version no longer has', async () => {
      await store.replaceDocs([record(null, 'adstock', 0, [0, 0, 1, 0], 'h2')]);
      expect((await store.listDocs(null)).find((d) => d.docId === 'adstock')).toMatchObject({
        docHash: 'h2',
        chunks: 1,
      });
      const hits = await store.query([0, 0, 1, 0], { k: 1 });
      expect(hits[0]).toMatchObject({ docId: 'adstock', position: 0 });
      expect((await store.listDocs('ws-b'))[0]).toMatchObject({
        docId: 'brand-guide',
        docHash: 'h1',
      });
    });

    it('deletes documents of one scope only', async () => {
      await store.deleteDocs('ws-a', ['brand-guide']);
      expect(await store.listDocs('ws-a')).toEqual([]);
      expect((await store.listDocs('ws-b')).map((d) => d.docId)).toEqual(['brand-guide']);
      await store.deleteDocs(null, ['missing-doc']);
      expect((await store.listDocs(null)).map((d) => d.docId)).toEqual(['adstock', 'saturation']);
    });

    it('rejects vectors of the wrong dimension', async () => {
      await expect(store.query([1, 0], { k: 1 })).rejects.toThrow(/dimensions/);
      await expect(store.replaceDocs([record(null, 'x', 0, [1, 0, 0])])).rejects.toThrow(
        /dimensions/,
      );
    });
  });
}
