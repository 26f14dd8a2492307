import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEmbedder } from './embedders/local-embedder';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { createPgliteWithVector } from './stores/pglite-test-db';
import { createPgvectorStore } from './stores/pgvector-store';

const GUIDE = `---
title: Acme channel definitions
---
# Acme channel definitions

## Social

At Acme, "social" means the sum of meta_spend and tiktok_spend. Influencer fees are booked under PR, not social.

## Retail media

Retail media is sponsored listings on marketplaces, column retail_spend.`;

describe('knowledge base with workspace documents', () => {
  let db: PGlite;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const opened = await createPgliteWithVector();
    db = opened.db;
    const embedder = createLocalEmbedder();
    kb = createKnowledgeBase({
      embedder,
      store: createPgvectorStore({
        sql: opened.sql,
        embedderId: embedder.id,
        dimensions: embedder.dimensions,
      }),
    });
    await kb.indexMethodology();
  });
  afterAll(() => db.close());

  it('answers methodology questions with doc id, title, heading path and chunk text', async () => {
    const [top] = await kb.search('How is the Hill saturation curve defined?', { k: 3 });
    expect(top).toMatchObject({
      id: 'saturation',
      title: 'Saturation and the Hill curve',
      source: 'methodology',
    });
    expect(top?.section.startsWith('Saturation and the Hill curve › ')).toBe(true);
    expect(top?.text.length).toBeGreaterThan(50);
  });

  it('searches a workspace document with the methodology docs and cites it the same way', async () => {
    const added = await kb.addWorkspaceDoc('acme', {
      content: GUIDE,
      filename: 'channel-definitions.md',
    });
    expect(added).toMatchObject({ id: 'channel-definitions', title: 'Acme channel definitions' });
    const hits = await kb.search('Which spend columns count as social at Acme?', {
      workspaceId: 'acme',
      k: 4,
    });
    expect(hits[0]).toMatchObject({
      id: 'channel-definitions',
      source: 'workspace',
      section: 'Acme channel definitions › Social',
    });
    expect(hits[0]?.text).toContain('meta_spend');
    expect(hits.some((h) => h.source === 'methodology')).toBe(true);
  });

  it('never shows a workspace document to another workspace or to a search without workspace', async () => {
    for (const workspaceId of ['globex', null]) {
      const hits = await kb.search(
        'Which spend columns count as social at Acme? meta_spend tiktok_spend',
        { workspaceId, k: 10 },
      );
      expect(hits.every((h) => h.source === 'methodology')).toBe(true);
    }
    expect(await kb.listWorkspaceDocs('globex')).toEqual([]);
  });

  it('writes nothing when the same document is added again, and replaces it when edited', async () => {
    const again = await kb.addWorkspaceDoc('acme', {
      content: GUIDE,
      filename: 'channel-definitions.md',
    });
    expect(again.report).toMatchObject({ unchanged: ['channel-definitions'], chunksWritten: 0 });
    const edited = await kb.addWorkspaceDoc('acme', {
      content: GUIDE.replace('## Retail media', '## Retail'),
      filename: 'channel-definitions.md',
    });
    expect(edited.report.updated).toEqual(['channel-definitions']);
    expect((await kb.listWorkspaceDocs('acme'))[0]).toMatchObject({
      docId: 'channel-definitions',
      chunks: 2,
    });
  });

  it('removes a workspace document', async () => {
    expect(await kb.removeWorkspaceDoc('acme', 'channel-definitions')).toBe(true);
    expect(await kb.removeWorkspaceDoc('acme', 'channel-definitions')).toBe(false);
    const hits = await kb.search('meta_spend tiktok_spend social at Acme', {
      workspaceId: 'acme',
      k: 10,
    });
    expect(hits.every((h) => h.source === 'methodology')).toBe(true);
  });

  it('rejects a workspace document that takes a methodology id, is empty, or has a bad id', async () => {
    await expect(kb.addWorkspaceDoc('acme', { content: 'x', id: 'adstock' })).rejects.toMatchObject(
      { code: 'conflict' },
    );
    await expect(kb.addWorkspaceDoc('acme', { content: '  ' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(kb.addWorkspaceDoc('acme', { content: 'x', id: 'Bad Id' })).rejects.toThrow(
      /lower-case/,
    );
    await expect(kb.addWorkspaceDoc('', { content: 'x', id: 'ok' })).rejects.toThrow(/workspaceId/);
  });

  it('returns nothing for an empty query', async () => {
    expect(await kb.search('   ')).toEqual([]);
  });
});
