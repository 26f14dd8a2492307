import type { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteWithVector } from './pglite-test-db';
import { createPgvectorStore } from './pgvector-store';
import { CONTRACT_DIMENSIONS, describeVectorStoreContract } from './store-contract';

const open: PGlite[] = [];
afterAll(async () => {
  for (const db of open) await db.close();
});

describeVectorStoreContract('pgvector on PGlite', async () => {
  const { db, sql } = await createPgliteWithVector();
  open.push(db);
  return createPgvectorStore({ sql, embedderId: 'test', dimensions: CONTRACT_DIMENSIONS });
});

describe('pgvector store', () => {
  it('keeps vectors of different embedders apart in one table', async () => {
    const { db, sql } = await createPgliteWithVector();
    open.push(db);
    const a = createPgvectorStore({ sql, embedderId: 'local', dimensions: 2, table: 'kb_mixed' });
    const b = createPgvectorStore({ sql, embedderId: 'openai', dimensions: 3, table: 'kb_mixed' });
    await a.init();
    await b.init();
    const base = {
      workspaceId: null,
      docId: 'adstock',
      docHash: 'h',
      title: 'T',
      section: 'T',
      text: 'x',
      position: 0,
    };
    await a.replaceDocs([{ ...base, vector: [1, 0] }]);
    await b.replaceDocs([{ ...base, vector: [0, 0, 1] }]);
    expect(await a.query([1, 0], { k: 5 })).toHaveLength(1);
    expect((await b.query([0, 0, 1], { k: 5 }))[0]?.score).toBeCloseTo(1, 6);
  });
});
