import { MixPilotError } from '../../tools';
import type { ChunkRecord, StoredDoc, StoredHit, VectorStore, WorkspaceScope } from '../types';
import { checkVector, groupByDoc } from './check-vector';
import { checkTableName, type SqlClient, toVectorLiteral } from './sql-client';

/** Options of the pgvector store. */
export interface PgvectorStoreOptions {
  sql: SqlClient;
  /** Rows are tagged with the embedder id; queries see only rows of this embedder. */
  embedderId: string;
  dimensions: number;
  /** Table name, default `knowledge_chunks`. */
  table?: string;
}

interface HitRow {
  doc_id: string;
  workspace_id: string | null;
  title: string;
  section: string;
  body: string;
  position: number;
  score: number;
}

const INSERT_BATCH = 100;

/**
 * Chunks in a PostgreSQL table with a pgvector column: the embedded PGlite by default, or a
 * PostgreSQL server with the `vector` extension. Exact cosine search, filtered by embedder and
 * workspace (`workspace_id` is null for the methodology docs).
 */
export function createPgvectorStore(options: PgvectorStoreOptions): VectorStore {
  const { sql, embedderId, dimensions } = options;
  const table = checkTableName(options.table ?? 'knowledge_chunks');
  const inTransaction = <T>(fn: (tx: SqlClient) => Promise<T>) =>
    sql.transaction ? sql.transaction(fn) : fn(sql);

  return {
    kind: 'pgvector',
    async init() {
      try {
        await sql.exec('CREATE EXTENSION IF NOT EXISTS vector');
      } catch (cause) {
        throw new MixPilotError(
          'internal',
          'the pgvector extension is not available in this database (install postgresql-<version>-pgvector)',
          { cause },
        );
      }
      await sql.exec(`
        CREATE TABLE IF NOT EXISTS ${table} (
          id text PRIMARY KEY,
          embedder text NOT NULL,
          workspace_id text,
          doc_id text NOT NULL,
          doc_hash text NOT NULL,
          position integer NOT NULL,
          title text NOT NULL,
          section text NOT NULL,
          body text NOT NULL,
          embedding vector NOT NULL,
          indexed_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX IF NOT EXISTS ${table}_doc_idx ON ${table} (embedder, workspace_id, doc_id);
      `);
    },

    async listDocs(scope) {
      const { rows } = await sql.query<{
        doc_id: string;
        doc_hash: string;
        title: string;
        chunks: number;
      }>(
        `SELECT doc_id, min(doc_hash) AS doc_hash, min(title) AS title, count(*)::int AS chunks
         FROM ${table} WHERE embedder = $1 AND workspace_id IS NOT DISTINCT FROM $2
         GROUP BY doc_id ORDER BY doc_id`,
        [embedderId, scope],
      );
      return rows.map(
        (r): StoredDoc => ({
          docId: r.doc_id,
          docHash: r.doc_hash,
          title: r.title,
          chunks: Number(r.chunks),
        }),
      );
    },

    async replaceDocs(records) {
      for (const r of records)
        checkVector(r.vector, dimensions, `${r.docId}[${r.position}].vector`);
      const groups = groupByDoc(records);
      await inTransaction(async (tx) => {
        for (const g of groups) {
          await tx.query(
            `DELETE FROM ${table} WHERE embedder = $1 AND workspace_id IS NOT DISTINCT FROM $2 AND doc_id = $3`,
            [embedderId, g.workspaceId, g.docId],
          );
        }
        for (let i = 0; i < records.length; i += INSERT_BATCH) {
          await insertRows(tx, table, embedderId, records.slice(i, i + INSERT_BATCH));
        }
      });
    },

    async deleteDocs(scope: WorkspaceScope, docIds: string[]) {
      if (docIds.length === 0) return;
      await sql.query(
        `DELETE FROM ${table} WHERE embedder = $1 AND workspace_id IS NOT DISTINCT FROM $2 AND doc_id = ANY($3::text[])`,
        [embedderId, scope, docIds],
      );
    },

    async query(vector, { workspaceId = null, k }) {
      checkVector(vector, dimensions, 'query vector');
      const { rows } = await sql.query<HitRow>(
        `SELECT doc_id, workspace_id, title, section, body, position,
                1 - (embedding <=> $1::vector) AS score
         FROM ${table}
         WHERE embedder = $2 AND (workspace_id IS NULL OR workspace_id = $3)
         ORDER BY embedding <=> $1::vector, id
         LIMIT $4`,
        [toVectorLiteral(vector), embedderId, workspaceId, k],
      );
      return rows.map(
        (r): StoredHit => ({
          docId: r.doc_id,
          workspaceId: r.workspace_id,
          title: r.title,
          section: r.section,
          text: r.body,
          position: Number(r.position),
          score: Number(r.score),
        }),
      );
    },
  };
}

async function insertRows(tx: SqlClient, table: string, embedderId: string, rows: ChunkRecord[]) {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const values = rows.map((r) => {
    const id = `${embedderId}|${r.workspaceId ?? ''}|${r.docId}#${r.position}`;
    params.push(
      id,
      embedderId,
      r.workspaceId,
      r.docId,
      r.docHash,
      r.position,
      r.title,
      r.section,
      r.text,
      toVectorLiteral(r.vector),
    );
    const b = params.length - 10;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, $${b + 10}::vector)`;
  });
  await tx.query(
    `INSERT INTO ${table} (id, embedder, workspace_id, doc_id, doc_hash, position, title, section, body, embedding)
     VALUES ${values.join(', ')}`,
    params,
  );
}
