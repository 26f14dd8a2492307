import { composeKnowledgeBase, type SqlClient } from '../knowledge';
import type { Database } from '../store';
import type { Config } from './config';

/** The knowledge base with the embedder and vector store it was composed of. */
export type OpenedKnowledge = ReturnType<typeof composeKnowledgeBase>;

/**
 * The knowledge base over MixPilot's database, as the runtime and the `knowledge` command use it:
 * pgvector in that database, Pinecone when its key is set, or vectors in process memory on a
 * PostgreSQL without pgvector (workspace documents' text is then kept in the database and
 * re-indexed at start-up, so a restart loses none).
 */
export async function openKnowledge(config: Config, db: Database): Promise<OpenedKnowledge> {
  return composeKnowledgeBase({
    sql: sqlClientOf(db),
    inMemoryVectors: db.kind === 'postgres' && !config.PINECONE_API_KEY && !(await hasPgvector(db)),
    openaiApiKey: config.OPENAI_API_KEY,
    openaiBaseUrl: config.OPENAI_BASE_URL,
    embeddingModel: config.OPENAI_EMBEDDING_MODEL,
    pineconeApiKey: config.PINECONE_API_KEY,
    pineconeIndex: config.PINECONE_INDEX,
  });
}

/** The database as the knowledge base's SQL client, with transactions. */
function sqlClientOf(db: Database): SqlClient {
  return {
    query: (text, params) => db.sql.query(text, params),
    exec: (text) => db.sql.exec(text),
    transaction: (fn) => db.transaction((tx) => fn(tx.sql)),
  };
}

/** Whether the PostgreSQL server can provide the pgvector extension. */
async function hasPgvector(db: Database): Promise<boolean> {
  const { rows } = await db.sql.query(
    "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'",
  );
  return rows.length > 0;
}
