import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { type SqlClient, sqlClientFromPglite } from './sql-client';

/** A fresh in-memory PGlite with the pgvector extension loaded (tests and benches). */
export async function createPgliteWithVector(): Promise<{ db: PGlite; sql: SqlClient }> {
  const db = await PGlite.create({ extensions: { vector } });
  return { db, sql: sqlClientFromPglite(db) };
}
