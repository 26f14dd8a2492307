import { Pinecone } from '@pinecone-database/pinecone';
import { describe, expect, it } from 'vitest';
import { mockNetwork } from '../../tests/support';
import { fakePinecone } from './fake-pinecone';
import { createPineconeStore } from './pinecone-store';
import { CONTRACT_DIMENSIONS, describeVectorStoreContract } from './store-contract';

const fake = fakePinecone({ indexName: 'mixpilot-knowledge', dimension: CONTRACT_DIMENSIONS });
const server = mockNetwork(...fake.handlers);
let keys = 0;
/** A distinct API key per store, so the client's cached index host does not leak between tests. */
const client = () => new Pinecone({ apiKey: `pcsk_test_${++keys}` });

describeVectorStoreContract('Pinecone (msw)', async () => {
  fake.namespaces.clear();
  return createPineconeStore({
    client: client(),
    indexName: 'mixpilot-knowledge',
    dimensions: CONTRACT_DIMENSIONS,
  });
});

describe('Pinecone store', () => {
  it('resolves the index host through the control plane and keeps one namespace per workspace', async () => {
    server.use(...fake.handlers);
    fake.namespaces.clear();
    const store = createPineconeStore({
      client: client(),
      indexName: 'mixpilot-knowledge',
      dimensions: CONTRACT_DIMENSIONS,
    });
    await store.init();
    await store.replaceDocs([
      {
        workspaceId: null,
        docId: 'adstock',
        docHash: 'a1',
        position: 0,
        title: 'A',
        section: 'A',
        text: 'a',
        vector: [1, 0, 0, 0],
      },
      {
        workspaceId: 'acme',
        docId: 'channels',
        docHash: 'c1',
        position: 0,
        title: 'C',
        section: 'C',
        text: 'c',
        vector: [0, 1, 0, 0],
      },
    ]);
    expect([...fake.namespaces.keys()].sort()).toEqual(['methodology', 'workspace-acme']);
    expect([...(fake.namespaces.get('methodology')?.keys() ?? [])]).toEqual(['adstock#a1#0']);
    expect(fake.calls).toContain('GET /indexes/mixpilot-knowledge');
  });

  it('pages through long id lists when listing documents', async () => {
    fake.namespaces.clear();
    const store = createPineconeStore({
      client: client(),
      indexName: 'mixpilot-knowledge',
      dimensions: CONTRACT_DIMENSIONS,
      upsertBatch: 40,
    });
    const records = Array.from({ length: 230 }, (_, i) => ({
      workspaceId: null,
      docId: `doc-${i % 3}`,
      docHash: 'h',
      position: i,
      title: 't',
      section: 's',
      text: 'x',
      vector: [1, i, 0, 0],
    }));
    await store.replaceDocs(records);
    const docs = await store.listDocs(null);
    expect(docs.map((d) => d.chunks)).toEqual([77, 77, 76]);
  });

  it('refuses an index whose dimension does not match the embedder', async () => {
    const store = createPineconeStore({
      client: client(),
      indexName: 'mixpilot-knowledge',
      dimensions: 1536,
    });
    await expect(store.init()).rejects.toThrow(/4 dimensions but the embedder produces 1536/);
  });
});
