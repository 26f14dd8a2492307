import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, describe, it } from 'vitest';
import { createPgvectorStore } from './pgvector-store';
import { sqlClientFromPostgres } from './sql-client';
import { CONTRACT_DIMENSIONS, describeVectorStoreContract } from './store-contract';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const table = `knowledge_chunks_test_${randomBytes(5).toString('hex')}`;
const sql = postgres(url, { max: 2, onnotice: () => {}, connect_timeout: 5 });

/** Why pgvector on this server cannot be tested, or undefined when it can. */
async function unavailable(): Promise<string | undefined> {
  try {
    await sql.unsafe('CREATE EXTENSION IF NOT EXISTS vector');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const reason = await unavailable();

afterAll(async () => {
  if (!reason) await sql.unsafe(`DROP TABLE IF EXISTS ${table}`);
  await sql.end();
});

if (reason) {
  describe.skip(`pgvector on PostgreSQL (skipped: ${reason})`, () => {
    it('needs the vector extension on the server', () => {});
  });
} else {
  describeVectorStoreContract('pgvector on PostgreSQL', async () =>
    createPgvectorStore({
      sql: sqlClientFromPostgres(sql),
      embedderId: 'test',
      dimensions: CONTRACT_DIMENSIONS,
      table,
    }),
  );
}
