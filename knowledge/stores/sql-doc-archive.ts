import type { ArchivedDocs, DocArchive } from '../types';
import { checkTableName, type SqlClient } from './sql-client';

/** Options of the SQL document archive. */
export interface SqlDocArchiveOptions {
  sql: SqlClient;
  /** Table name, default `knowledge_workspace_docs`. */
  table?: string;
}

interface DocRow {
  workspace_id: string;
  doc_id: string;
  title: string;
  body: string;
}

/**
 * Workspace documents' text in a table of the application's database (PGlite or PostgreSQL; no
 * extension needed), one row per workspace and document id.
 */
export function createSqlDocArchive(options: SqlDocArchiveOptions): DocArchive {
  const { sql } = options;
  const table = checkTableName(options.table ?? 'knowledge_workspace_docs');
  return {
    async init() {
      await sql.exec(`
        CREATE TABLE IF NOT EXISTS ${table} (
          workspace_id text NOT NULL,
          doc_id text NOT NULL,
          title text NOT NULL,
          body text NOT NULL,
          updated_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (workspace_id, doc_id)
        )
      `);
    },
    async save(workspaceId, doc) {
      await sql.query(
        `INSERT INTO ${table} (workspace_id, doc_id, title, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (workspace_id, doc_id)
         DO UPDATE SET title = excluded.title, body = excluded.body, updated_at = now()`,
        [workspaceId, doc.id, doc.title, doc.body],
      );
    },
    async remove(workspaceId, docId) {
      const { rows } = await sql.query(
        `DELETE FROM ${table} WHERE workspace_id = $1 AND doc_id = $2 RETURNING doc_id`,
        [workspaceId, docId],
      );
      return rows.length > 0;
    },
    async list() {
      const { rows } = await sql.query<DocRow>(
        `SELECT workspace_id, doc_id, title, body FROM ${table} ORDER BY workspace_id, doc_id`,
      );
      const byWorkspace = new Map<string, ArchivedDocs>();
      for (const row of rows) {
        const entry = byWorkspace.get(row.workspace_id) ?? {
          workspaceId: row.workspace_id,
          docs: [],
        };
        entry.docs.push({ id: row.doc_id, title: row.title, body: row.body });
        byWorkspace.set(row.workspace_id, entry);
      }
      return [...byWorkspace.values()];
    },
  };
}
