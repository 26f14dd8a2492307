import type { ApiKeysRepository } from './api-keys-repository';
import { apiKeysRepository } from './api-keys-repository';
import type { RepoContext, StoreOptions } from './context';
import { randomId } from './context';
import type { Database, Orm } from './database';
import type { DatasetsRepository } from './datasets-repository';
import { datasetsRepository } from './datasets-repository';
import type { DocumentsRepository } from './documents-repository';
import { documentsRepository } from './documents-repository';
import type { EvalRunsRepository } from './eval-runs-repository';
import { evalRunsRepository } from './eval-runs-repository';
import type { FeedbackRepository } from './feedback-repository';
import { feedbackRepository } from './feedback-repository';
import type { JobsRepository } from './jobs-repository';
import { jobsRepository } from './jobs-repository';
import { createRevocationFeed, deferredFeed, type RevocationFeed } from './key-revocations';
import type { ModelsRepository } from './models-repository';
import { modelsRepository } from './models-repository';
import type { ScenariosRepository } from './scenarios-repository';
import { scenariosRepository } from './scenarios-repository';
import type { ThreadsRepository } from './threads-repository';
import { threadsRepository } from './threads-repository';
import type { WorkspacesRepository } from './workspaces-repository';
import { workspacesRepository } from './workspaces-repository';

/** All repositories over one database (or one transaction). */
export interface Store {
  workspaces: WorkspacesRepository;
  apiKeys: ApiKeysRepository;
  datasets: DatasetsRepository;
  models: ModelsRepository;
  scenarios: ScenariosRepository;
  threads: ThreadsRepository;
  documents: DocumentsRepository;
  evalRuns: EvalRunsRepository;
  feedback: FeedbackRepository;
  jobs: JobsRepository;
  /**
   * Runs `fn` with repositories bound to one transaction: every write in it commits together or
   * not at all. Nested calls become savepoints.
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

function bind(orm: Orm, options: Required<StoreOptions>, revocations: RevocationFeed): Store {
  const ctx: RepoContext = { orm, newId: options.newId, now: options.now };
  return {
    workspaces: workspacesRepository(ctx),
    apiKeys: apiKeysRepository(ctx, revocations),
    datasets: datasetsRepository(ctx),
    models: modelsRepository(ctx),
    scenarios: scenariosRepository(ctx),
    threads: threadsRepository(ctx),
    documents: documentsRepository(ctx),
    evalRuns: evalRunsRepository(ctx),
    feedback: feedbackRepository(ctx),
    jobs: jobsRepository(ctx),
    async transaction(fn) {
      const deferred = deferredFeed(revocations);
      const result = await orm.transaction((tx) =>
        fn(bind(tx as unknown as Orm, options, deferred.feed)),
      );
      deferred.flush();
      return result;
    },
  };
}

/** Bundles the repositories over an open database: `createStore(db).datasets.create(...)`. */
export function createStore(db: Pick<Database, 'orm'>, options: StoreOptions = {}): Store {
  return bind(
    db.orm,
    { newId: options.newId ?? randomId, now: options.now ?? (() => new Date()) },
    createRevocationFeed(),
  );
}
