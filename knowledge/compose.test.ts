import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { composeKnowledgeBase } from './compose';
import { sqlClientFromPglite } from './stores/sql-client';

const GUIDE = `# Acme channel definitions

## Social

At Acme, "social" means the sum of meta_spend and tiktok_spend; influencer fees are booked under PR.`;

const QUESTION = 'Which spend columns count as social at Acme?';

describe('knowledge base with vectors in memory over a database without pgvector', () => {
  const db = new PGlite();
  const sql = sqlClientFromPglite(db);
  /** A fresh process's knowledge base over the same database, indexed as at start-up. */
  const start = async () => {
    const { knowledgeBase, store } = composeKnowledgeBase({ sql, inMemoryVectors: true });
    expect(store.kind).toBe('memory');
    await knowledgeBase.indexMethodology();
    return knowledgeBase;
  };
  afterAll(() => db.close());

  it('finds a workspace document after a restart, for that workspace only', async () => {
    const first = await start();
    await first.addWorkspaceDoc('acme', { content: GUIDE, id: 'channel-definitions' });

    const second = await start();
    const [top] = await second.search(QUESTION, { workspaceId: 'acme', k: 4 });
    expect(top).toMatchObject({ id: 'channel-definitions', source: 'workspace' });
    expect(top?.text).toContain('meta_spend and tiktok_spend');
    const elsewhere = await second.search(QUESTION, { workspaceId: 'globex', k: 10 });
    expect(elsewhere.every((h) => h.source === 'methodology')).toBe(true);
    const again = await second.addWorkspaceDoc('acme', {
      content: GUIDE,
      id: 'channel-definitions',
    });
    expect(again.report).toMatchObject({ unchanged: ['channel-definitions'], chunksWritten: 0 });
  });

  it('does not bring back a removed document after a restart', async () => {
    const first = await start();
    await first.addWorkspaceDoc('initech', { content: GUIDE, id: 'old-guide' });
    expect(await first.removeWorkspaceDoc('initech', 'old-guide')).toBe(true);

    const second = await start();
    expect(await second.listWorkspaceDocs('initech')).toEqual([]);
    expect(await second.removeWorkspaceDoc('initech', 'old-guide')).toBe(false);
  });
});
