/**
 * The shapes shared by every part of the knowledge base: documents, chunks, embedders, vector
 * stores and search hits. Each embedder and each vector store implements one interface here.
 */

/** A markdown or text document: a methodology doc (shared) or a workspace's own document. */
export interface KnowledgeDoc {
  /** Stable id, lower-case letters, digits, `-`, `_` and `.` (e.g. `adstock`). */
  id: string;
  title: string;
  /** Body without front matter. */
  body: string;
}

/** One passage of a document, cut at headings, with its heading path. */
export interface Chunk {
  docId: string;
  title: string;
  /** Heading path from the document title down, e.g. `Adstock › Geometric decay`. */
  section: string;
  text: string;
  /** 0-based order inside the document. */
  position: number;
}

/** Turns texts into vectors of a fixed dimension. */
export interface Embedder {
  /** Identifies the vector space: vectors from different ids are not comparable. */
  readonly id: string;
  readonly dimensions: number;
  /** Embeds passages for storage, in input order. */
  embed(texts: string[]): Promise<number[][]>;
  /** Embeds a search query; defaults to `embed([query])[0]` when an embedder has no query side. */
  embedQuery?(query: string): Promise<number[]>;
  /** Learns query-side statistics from the indexed passages, when the embedder has any. */
  fitCorpus?(passages: string[]): void;
}

/** Who may see a document: `null` for the shared methodology docs, else one workspace. */
export type WorkspaceScope = string | null;

/** A chunk with its vector, as written to a store. */
export interface ChunkRecord extends Chunk {
  workspaceId: WorkspaceScope;
  /** Hash of the document content and the embedder id; unchanged hash means nothing to write. */
  docHash: string;
  vector: number[];
}

/** What a store knows about one indexed document. */
export interface StoredDoc {
  docId: string;
  docHash: string;
  /** Known to stores that keep titles (pgvector, memory); Pinecone lists ids only. */
  title?: string;
  chunks: number;
}

/** A stored chunk returned by a vector query, best first. */
export interface StoredHit extends Chunk {
  workspaceId: WorkspaceScope;
  /** Cosine similarity in [-1, 1]. */
  score: number;
}

/**
 * A vector store for chunks. Documents are grouped by scope (`null` = methodology, else a
 * workspace id); a query sees the methodology scope plus at most one workspace.
 */
export interface VectorStore {
  readonly kind: string;
  /** Creates tables, extensions or checks the remote index. Idempotent. */
  init(): Promise<void>;
  /** Documents indexed in one scope, with their content hash. */
  listDocs(scope: WorkspaceScope): Promise<StoredDoc[]>;
  /** Replaces every chunk of each document present in `records` (grouped by scope and doc). */
  replaceDocs(records: ChunkRecord[]): Promise<void>;
  /** Removes documents and all their chunks from one scope. */
  deleteDocs(scope: WorkspaceScope, docIds: string[]): Promise<void>;
  /** The `k` chunks nearest to `vector` among the methodology docs and the given workspace's. */
  query(
    vector: number[],
    options: { workspaceId?: string | null; k: number },
  ): Promise<StoredHit[]>;
}

/** The documents one workspace keeps in a `DocArchive`. */
export interface ArchivedDocs {
  workspaceId: string;
  docs: KnowledgeDoc[];
}

/**
 * A durable copy of workspace documents' text, for a vector store that loses its contents when
 * the process ends (the in-memory store): the knowledge base re-indexes from it at start-up.
 */
export interface DocArchive {
  /** Creates its table. Idempotent. */
  init(): Promise<void>;
  /** Adds or replaces one document of a workspace (by document id). */
  save(workspaceId: string, doc: KnowledgeDoc): Promise<void>;
  /** Removes one document; false when it was not there. */
  remove(workspaceId: string, docId: string): Promise<boolean>;
  /** Every workspace's documents, ordered by workspace id then document id. */
  list(): Promise<ArchivedDocs[]>;
}

/** One search result as the agent cites it. */
export interface SearchHit {
  /** Document id (the citation id). */
  id: string;
  title: string;
  /** Heading path of the chunk, e.g. `Adstock › Geometric decay`. */
  section: string;
  /** The chunk text, so numbers in an answer can be checked against it. */
  text: string;
  score: number;
  /** `methodology` for the shared docs, `workspace` for the workspace's own documents. */
  source: 'methodology' | 'workspace';
}

/** Options of one search. */
export interface SearchOptions {
  /** The asking workspace: its own documents are searched with the methodology docs. */
  workspaceId?: string | null;
  /** Number of results, default 4. */
  k?: number;
}

/** Searches the knowledge base. */
export interface Retriever {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
}
