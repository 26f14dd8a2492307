import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../store';
import { loadConfig } from './config';
import { openKnowledge } from './open-knowledge';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `mp_test_knowledge_${randomBytes(6).toString('hex')}`;
const config = loadConfig({ DATABASE_URL: url });

/** One "process": the database opened in the test's schema and the knowledge base indexed on it. */
async function start() {
  const db = await openDatabase({ url, schema, maxConnections: 2 });
  const opened = await openKnowledge(config, db);
  await opened.knowledgeBase.indexMethodology();
  return { db, ...opened };
}

afterAll(async () => {
  const db = await openDatabase({ url, schema, maxConnections: 2 });
  await db.sql.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.close();
});

describe('knowledge base on PostgreSQL across a restart', () => {
  it('finds a workspace document added before the restart', async () => {
    const first = await start();
    try {
      await first.knowledgeBase.addWorkspaceDoc('acme', {
        content:
          '# Acme glossary\n\nAt Acme, "retail media" means sponsored marketplace listings, column retail_spend.',
        id: 'acme-glossary',
      });
    } finally {
      await first.db.close();
    }

    const second = await start();
    try {
      const { rows } = await second.db.sql.query(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'",
      );
      expect(second.store.kind).toBe(rows.length > 0 ? 'pgvector' : 'memory');
      const hits = await second.knowledgeBase.search('What does retail media mean at Acme?', {
        workspaceId: 'acme',
        k: 4,
      });
      expect(hits[0]).toMatchObject({ id: 'acme-glossary', source: 'workspace' });
      expect(hits[0]?.text).toContain('retail_spend');
    } finally {
      await second.db.close();
    }
  });
});
