import { readFile } from 'node:fs/promises';
import {
  type AgentService,
  type ChatModelSettings,
  createAgentService,
  createChatModels,
  createWorkspaceService,
  SqlCheckpointSaver,
  STALE_FIT_MS,
  type WorkspaceService,
  workerFitRunner,
  workspaceTools,
} from '../agent';
import type { KnowledgeBase } from '../knowledge';
import { createStore, type Database, openDatabase, type Store } from '../store';
import { type FitOptions, isMixPilotError, parseDataset } from '../tools';
import type { Config } from './config';
import { openKnowledge } from './open-knowledge';

export const DEMO_WORKSPACE = 'demo';
/** How often a shared PostgreSQL is swept for fits whose process stopped beating. */
const SWEEP_MS = STALE_FIT_MS / 2;
const DEMO_CSV = new URL('../data/demo.csv', import.meta.url);

/** Everything a surface needs, built once from the configuration. */
export interface Runtime {
  config: Config;
  db: Database;
  store: Store;
  knowledge: KnowledgeBase;
  workspaces: WorkspaceService;
  agent: AgentService;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** In-memory database (tests, benches); default the configured one. */
  inMemory?: boolean;
  /** Seed the `demo` workspace with data/demo.csv and fit it; default true. */
  seedDemo?: boolean;
  /** Fit settings for models fitted on demand. */
  fitOptions?: FitOptions;
  /** Overrides of the hosted model's transport (retries, backoff, timeout, streaming), e.g. in tests. */
  chatModels?: Omit<ChatModelSettings, 'openaiApiKey' | 'openaiBaseUrl' | 'model'>;
}

/**
 * The composition root: opens the database (PGlite by default, PostgreSQL with DATABASE_URL),
 * the knowledge base (local embedder + pgvector, or OpenAI / Pinecone when their keys are set),
 * the workspace service and the agent (offline planner, or OpenAI with the planner as fallback).
 */
export async function createRuntime(
  config: Config,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const db = await openDatabase(
    options.inMemory
      ? { inMemory: true }
      : { url: config.DATABASE_URL, dataDir: config.MIXPILOT_DATA_DIR },
  );
  // Fits run on a worker thread, so a server keeps answering while one runs.
  const fitRunner = workerFitRunner();
  let workspaces: WorkspaceService | undefined;
  let sweep: NodeJS.Timeout | undefined;
  const close = async () => {
    clearInterval(sweep);
    // Fits still owed fail (recorded as failed) before the database closes under them.
    await fitRunner.close();
    await workspaces?.idle();
    await db.close();
  };
  try {
    const store = createStore(db);
    // A fit left running belonged to a process that stopped mid-fit: any, for the file database
    // (one process at a time); on a shared PostgreSQL, those whose heartbeat stopped, checked
    // again while this instance runs, since another instance may stop at any time.
    if (db.kind === 'pglite') await store.models.failStale(0);
    else {
      await store.models.failStale(STALE_FIT_MS);
      sweep = setInterval(() => {
        store.models.failStale(STALE_FIT_MS).catch(() => undefined);
      }, SWEEP_MS);
      sweep.unref();
    }
    const { knowledgeBase } = await openKnowledge(config, db);
    workspaces = createWorkspaceService({
      store,
      fitRunner,
      search: (query, { workspaceId, k }) => knowledgeBase.search(query, { workspaceId, k }),
      ...(options.fitOptions ? { fitOptions: options.fitOptions } : {}),
    });
    const agent = createAgentService({
      ports: workspaces,
      chatModels: createChatModels({
        openaiApiKey: config.OPENAI_API_KEY,
        openaiBaseUrl: config.OPENAI_BASE_URL,
        model: config.OPENAI_MODEL,
        ...options.chatModels,
      }),
      tools: workspaceTools,
      checkpointer: new SqlCheckpointSaver(db.sql),
      recordTurn: async ({ workspaceId, threadId, question, answer, newThread }) => {
        const turn = [
          { role: 'user' as const, text: question },
          {
            role: 'assistant' as const,
            text: answer.answer,
            parts: answer.parts,
            citations: answer.citations,
            toolCalls: answer.toolCalls,
          },
        ];
        if (newThread) await store.threads.create(workspaceId, { id: threadId, surface: 'api' });
        try {
          await store.threads.appendTurn(workspaceId, threadId, turn);
        } catch (error) {
          if (!isMixPilotError(error) || error.code !== 'not_found') throw error;
          await store.threads.create(workspaceId, { id: threadId, surface: 'api' });
          await store.threads.appendTurn(workspaceId, threadId, turn);
        }
      },
    });
    if (options.seedDemo ?? true) await seedDemo(store, workspaces);
    return {
      config,
      db,
      store,
      knowledge: knowledgeBase,
      workspaces,
      agent,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Creates the demo workspace with data/demo.csv and a fitted model, once. */
export async function seedDemo(store: Store, workspaces: WorkspaceService): Promise<void> {
  const workspace = await store.workspaces.ensure({ id: DEMO_WORKSPACE, name: 'Demo' });
  if (workspace.activeModelId) return;
  let datasetId = workspace.activeDatasetId;
  if (!datasetId) {
    const { dataset, report } = parseDataset(await readFile(DEMO_CSV, 'utf8'));
    datasetId = (
      await store.datasets.create(DEMO_WORKSPACE, {
        name: 'demo.csv',
        data: dataset,
        report,
        activate: true,
      })
    ).id;
  }
  await workspaces.fitDataset(DEMO_WORKSPACE, datasetId);
}
