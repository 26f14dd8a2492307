import { invalid, MixPilotError } from '../tools';
import { chunkDoc } from './indexing/chunker';
import { embedText } from './indexing/embed-text';
import { loadDocsDir } from './indexing/load-docs';
import { type IndexReport, syncDocs } from './indexing/sync-docs';
import { toWorkspaceDoc, type WorkspaceDocInput } from './indexing/workspace-doc';
import { createRetriever, type RetrieverOptions } from './retriever';
import type {
  DocArchive,
  Embedder,
  KnowledgeDoc,
  Retriever,
  StoredDoc,
  VectorStore,
} from './types';

/** Options of the knowledge base. */
export interface KnowledgeBaseOptions {
  embedder: Embedder;
  store: VectorStore;
  /** Methodology folder, default the shipped `knowledge/docs`. */
  docsDir?: string;
  /** Methodology documents given directly (tests); overrides `docsDir`. */
  docs?: KnowledgeDoc[];
  /** Ranking options of the retriever. */
  retriever?: Pick<RetrieverOptions, 'perDoc' | 'supportDecay' | 'candidates'>;
  /**
   * Durable copy of workspace documents for a store that forgets them when the process ends
   * (memory): documents added are saved to it, and start-up re-indexes from it.
   */
  archive?: DocArchive;
}

/** The methodology docs plus each workspace's own documents, searchable together. */
export interface KnowledgeBase extends Retriever {
  /**
   * Indexes the methodology docs incrementally (call at start-up); writes nothing if unchanged.
   * With an archive, also re-indexes every workspace's archived documents the same way. The
   * report is the methodology's.
   */
  indexMethodology(): Promise<IndexReport>;
  /** Adds or replaces one of a workspace's documents; only that workspace will see it. */
  addWorkspaceDoc(
    workspaceId: string,
    input: WorkspaceDocInput,
  ): Promise<{ id: string; title: string; report: IndexReport }>;
  /** Removes a workspace document; false when it did not exist. */
  removeWorkspaceDoc(workspaceId: string, docId: string): Promise<boolean>;
  listWorkspaceDocs(workspaceId: string): Promise<StoredDoc[]>;
}

/**
 * Composes an embedder and a vector store into the knowledge base. The first search (or the
 * explicit `indexMethodology()` at start-up) creates the store's tables, indexes the methodology
 * docs and fits the embedder's query side on them.
 */
export function createKnowledgeBase(options: KnowledgeBaseOptions): KnowledgeBase {
  const { embedder, store, archive } = options;
  const retriever = createRetriever({ embedder, store, ...options.retriever });
  let methodologyIds = new Set<string>();
  let ready: Promise<IndexReport> | undefined;

  const indexMethodology = async (): Promise<IndexReport> => {
    await store.init();
    const docs = options.docs ?? (await loadDocsDir(options.docsDir));
    methodologyIds = new Set(docs.map((d) => d.id));
    embedder.fitCorpus?.(docs.flatMap((d) => chunkDoc(d).map(embedText)));
    return syncDocs({ embedder, store, scope: null, docs, removeMissing: true });
  };
  const restoreArchive = async (): Promise<void> => {
    if (!archive) return;
    await archive.init();
    for (const { workspaceId, docs } of await archive.list()) {
      await syncDocs({ embedder, store, scope: workspaceId, docs, removeMissing: false });
    }
  };
  const prepare = async (): Promise<IndexReport> => {
    const report = await indexMethodology();
    await restoreArchive();
    return report;
  };
  const ensureReady = () => {
    ready ??= prepare().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  const checkWorkspace = (workspaceId: string) => {
    if (typeof workspaceId !== 'string' || !workspaceId.trim()) {
      throw invalid('workspaceId', 'is required', 'invalid_input');
    }
  };

  return {
    indexMethodology() {
      ready = prepare();
      return ready;
    },
    async search(query, searchOptions) {
      await ensureReady();
      return retriever.search(query, searchOptions);
    },
    async addWorkspaceDoc(workspaceId, input) {
      checkWorkspace(workspaceId);
      const doc = toWorkspaceDoc(input);
      await ensureReady();
      if (methodologyIds.has(doc.id)) {
        throw new MixPilotError(
          'conflict',
          `id: '${doc.id}' is a methodology document; choose another id`,
          {
            issues: [{ field: 'id', reason: 'taken by a methodology document' }],
          },
        );
      }
      const report = await syncDocs({
        embedder,
        store,
        scope: workspaceId,
        docs: [doc],
        removeMissing: false,
      });
      await archive?.save(workspaceId, doc);
      return { id: doc.id, title: doc.title, report };
    },
    async removeWorkspaceDoc(workspaceId, docId) {
      checkWorkspace(workspaceId);
      await ensureReady();
      const exists = (await store.listDocs(workspaceId)).some((d) => d.docId === docId);
      if (exists) await store.deleteDocs(workspaceId, [docId]);
      const archived = (await archive?.remove(workspaceId, docId)) ?? false;
      return exists || archived;
    },
    async listWorkspaceDocs(workspaceId) {
      checkWorkspace(workspaceId);
      await ensureReady();
      return store.listDocs(workspaceId);
    },
  };
}
