import { Pinecone } from '@pinecone-database/pinecone';
import { invalid } from '../tools';
import { createLocalEmbedder } from './embedders/local-embedder';
import { createOpenAIEmbedder } from './embedders/openai-embedder';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { createMemoryStore } from './stores/memory-store';
import { createPgvectorStore } from './stores/pgvector-store';
import { createPineconeStore } from './stores/pinecone-store';
import type { SqlClient } from './stores/sql-client';
import { createSqlDocArchive } from './stores/sql-doc-archive';
import type { DocArchive, Embedder, VectorStore } from './types';

/** Which embedder and vector store to use; the caller reads these from its configuration. */
export interface KnowledgeSettings {
  /** The application database (PGlite or PostgreSQL) for pgvector; needed unless Pinecone is set. */
  sql?: SqlClient;
  /** `local` (default without an OpenAI key) or `openai` (default with one). */
  embeddings?: 'local' | 'openai';
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  /** Default `text-embedding-3-small`. */
  embeddingModel?: string;
  /** With a key, chunks go to this Pinecone index instead of pgvector. */
  pineconeApiKey?: string;
  pineconeIndex?: string;
  docsDir?: string;
  /**
   * Keep vectors in process memory instead of pgvector, e.g. on a PostgreSQL without the
   * extension. They are rebuilt at start-up: the methodology docs from their folder, workspace
   * documents from their text, which is then kept in `sql` (when given).
   */
  inMemoryVectors?: boolean;
}

/**
 * Builds the knowledge base from settings: the local embedder and pgvector in the application's
 * database by default; OpenAI embeddings when an OpenAI key is set; Pinecone when its key is set.
 */
export function composeKnowledgeBase(settings: KnowledgeSettings): {
  knowledgeBase: KnowledgeBase;
  embedder: Embedder;
  store: VectorStore;
} {
  const useOpenAI =
    (settings.embeddings ?? (settings.openaiApiKey ? 'openai' : 'local')) === 'openai';
  if (useOpenAI && !settings.openaiApiKey) {
    throw invalid('OPENAI_API_KEY', 'is needed for OpenAI embeddings', 'invalid_input');
  }
  const embedder: Embedder = useOpenAI
    ? createOpenAIEmbedder({
        apiKey: settings.openaiApiKey,
        baseURL: settings.openaiBaseUrl,
        model: settings.embeddingModel,
      })
    : createLocalEmbedder();
  let store: VectorStore;
  let archive: DocArchive | undefined;
  if (settings.pineconeApiKey) {
    store = createPineconeStore({
      client: new Pinecone({ apiKey: settings.pineconeApiKey }),
      indexName: settings.pineconeIndex ?? 'mixpilot-knowledge',
      dimensions: embedder.dimensions,
    });
  } else if (settings.inMemoryVectors) {
    store = createMemoryStore({ dimensions: embedder.dimensions });
    if (settings.sql) archive = createSqlDocArchive({ sql: settings.sql });
  } else if (settings.sql) {
    store = createPgvectorStore({
      sql: settings.sql,
      embedderId: embedder.id,
      dimensions: embedder.dimensions,
    });
  } else {
    throw invalid(
      'sql',
      'a database is needed for the pgvector store when Pinecone is not configured',
      'invalid_input',
    );
  }
  const knowledgeBase = createKnowledgeBase({
    embedder,
    store,
    docsDir: settings.docsDir,
    archive,
  });
  return { knowledgeBase, embedder, store };
}
