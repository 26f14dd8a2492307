import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEmbedder } from '../embedders/local-embedder';
import { createPgliteWithVector } from '../stores/pglite-test-db';
import { createPgvectorStore } from '../stores/pgvector-store';
import type { SqlClient } from '../stores/sql-client';
import type { Embedder, KnowledgeDoc, VectorStore } from '../types';
import { loadDocsDir } from './load-docs';
import { syncDocs } from './sync-docs';

/** Records every statement that writes, so a test can prove that nothing was written. */
function countingClient(inner: SqlClient, writes: string[]): SqlClient {
  const isWrite = (sql: string) => /^\s*(INSERT|DELETE|UPDATE)/i.test(sql);
  const wrap = (c: SqlClient): SqlClient => ({
    query: (sql, params) => {
      if (isWrite(sql)) writes.push(sql.trim().split(/\s+/).slice(0, 3).join(' '));
      return c.query(sql, params);
    },
    exec: (sql) => c.exec(sql),
    transaction: c.transaction ? (fn) => c.transaction!((tx) => fn(wrap(tx))) : undefined,
  });
  return wrap(inner);
}

describe('incremental indexing on pgvector (PGlite)', () => {
  let db: PGlite;
  let sql: SqlClient;
  let store: VectorStore;
  let embedder: Embedder;
  let docs: KnowledgeDoc[];
  const writes: string[] = [];
  const rowVersions = async () =>
    new Map(
      (
        await sql.query<{ id: string; v: string }>(
          'SELECT id, xmin::text AS v FROM knowledge_chunks',
        )
      ).rows.map((r) => [r.id, r.v]),
    );

  beforeAll(async () => {
    ({ db, sql } = await createPgliteWithVector());
    embedder = createLocalEmbedder();
    store = createPgvectorStore({
      sql: countingClient(sql, writes),
      embedderId: embedder.id,
      dimensions: embedder.dimensions,
    });
    await store.init();
    docs = await loadDocsDir();
  });
  afterAll(() => db.close());

  it('indexes every methodology document the first time', async () => {
    const report = await syncDocs({ embedder, store, scope: null, docs, removeMissing: true });
    expect(report.added).toHaveLength(docs.length);
    expect(report.chunksWritten).toBeGreaterThan(docs.length * 3);
    expect((await store.listDocs(null)).map((d) => d.docId).sort()).toEqual(
      docs.map((d) => d.id).sort(),
    );
  });

  it('writes nothing when the documents are unchanged', async () => {
    const before = await rowVersions();
    writes.length = 0;
    const report = await syncDocs({ embedder, store, scope: null, docs, removeMissing: true });
    expect(report).toMatchObject({ added: [], updated: [], removed: [], chunksWritten: 0 });
    expect(report.unchanged).toHaveLength(docs.length);
    expect(writes).toEqual([]);
    expect(await rowVersions()).toEqual(before);
  });

  it('replaces only the chunks of a changed document', async () => {
    const before = await rowVersions();
    writes.length = 0;
    const edited = docs.map((d) =>
      d.id === 'adstock'
        ? { ...d, body: `${d.body}\n\n## A new section\n\nCarryover of podcasts is short.` }
        : d,
    );
    const report = await syncDocs({
      embedder,
      store,
      scope: null,
      docs: edited,
      removeMissing: true,
    });
    expect(report.updated).toEqual(['adstock']);
    expect(report.unchanged).toHaveLength(docs.length - 1);
    const after = await rowVersions();
    const changed = [...after.keys()].filter((id) => before.get(id) !== after.get(id));
    expect(changed.length).toBe(report.chunksWritten);
    expect(changed.every((id) => id.includes('|adstock#'))).toBe(true);
    for (const [id, v] of before) if (!id.includes('|adstock#')) expect(after.get(id)).toBe(v);
    const hits = await store.query(
      await embedder.embed(['carryover of podcasts']).then((v) => v[0] as number[]),
      { k: 1 },
    );
    expect(hits[0]?.section).toBe('Adstock (carryover) › A new section');
  });

  it('removes documents that disappeared from the folder', async () => {
    const report = await syncDocs({
      embedder,
      store,
      scope: null,
      docs: docs.filter((d) => d.id !== 'glossary'),
      removeMissing: true,
    });
    expect(report.removed).toEqual(['glossary']);
    expect((await store.listDocs(null)).some((d) => d.docId === 'glossary')).toBe(false);
  });

  it('re-embeds everything when the embedder changes', async () => {
    const other = createLocalEmbedder({ dimensions: 256 });
    const otherStore = createPgvectorStore({
      sql,
      embedderId: other.id,
      dimensions: other.dimensions,
    });
    const report = await syncDocs({
      embedder: other,
      store: otherStore,
      scope: null,
      docs,
      removeMissing: true,
    });
    expect(report.added).toHaveLength(docs.length);
  });

  it('rejects two documents with the same id', async () => {
    const doc = docs[0] as KnowledgeDoc;
    await expect(
      syncDocs({ embedder, store, scope: null, docs: [doc, doc], removeMissing: false }),
    ).rejects.toThrow(/appears twice/);
  });
});
