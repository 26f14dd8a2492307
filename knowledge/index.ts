// Public surface of knowledge/. Other parts import only from here.
export { composeKnowledgeBase, type KnowledgeSettings } from './compose';
export {
  createLocalEmbedder,
  type LocalEmbedder,
  type LocalEmbedderOptions,
} from './embedders/local-embedder';
export { createOpenAIEmbedder, type OpenAIEmbedderOptions } from './embedders/openai-embedder';
export type { RetryOptions } from './embedders/retry';
export { chunkDoc, SECTION_SEPARATOR } from './indexing/chunker';
export { docHash } from './indexing/content-hash';
export { loadDocsDir, METHODOLOGY_DOCS_DIR } from './indexing/load-docs';
export { isDocId, parseDoc } from './indexing/parse-doc';
export { type IndexReport, type SyncOptions, syncDocs } from './indexing/sync-docs';
export { MAX_WORKSPACE_DOC_CHARS, type WorkspaceDocInput } from './indexing/workspace-doc';
export {
  createKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeBaseOptions,
} from './knowledge-base';
export { type RetrievalScore, scoreRetrieval } from './retrieval-metrics';
export { LABELLED_QUESTIONS, type LabelledQuestion } from './retrieval-questions';
export { createRetriever, type RetrieverOptions } from './retriever';
export { createMemoryStore } from './stores/memory-store';
export { createPgvectorStore, type PgvectorStoreOptions } from './stores/pgvector-store';
export { createPineconeStore, type PineconeStoreOptions } from './stores/pinecone-store';
export { type SqlClient, sqlClientFromPglite, sqlClientFromPostgres } from './stores/sql-client';
export { createSqlDocArchive, type SqlDocArchiveOptions } from './stores/sql-doc-archive';
export type {
  ArchivedDocs,
  Chunk,
  ChunkRecord,
  DocArchive,
  Embedder,
  KnowledgeDoc,
  Retriever,
  SearchHit,
  SearchOptions,
  StoredDoc,
  StoredHit,
  VectorStore,
  WorkspaceScope,
} from './types';
