// Public surface of store/. Other parts import only from here.
export type { ApiKeyRecord, ApiKeysRepository } from './api-keys-repository';
export { hashApiKey } from './api-keys-repository';
export type { StoreOptions } from './context';
export type { Store } from './create-store';
export { createStore } from './create-store';
export type { Database, DbTransaction, OpenDatabaseOptions, Orm } from './database';
export type {
  DatasetRecord,
  DatasetSummary,
  DatasetsRepository,
  NewDataset,
} from './datasets-repository';
export type { DocumentRecord, DocumentsRepository } from './documents-repository';
export { contentHash } from './documents-repository';
export type { EvalRunRecord, EvalRunSummary, EvalRunsRepository } from './eval-runs-repository';
export type { FeedbackRecord, FeedbackRepository, NotHelpfulItem } from './feedback-repository';
export type { JobRecord, JobsRepository, NewJob } from './jobs-repository';
export { MIGRATIONS_FOLDER } from './migrations-folder';
export type { ModelRecord, ModelSummary, ModelsRepository } from './models-repository';
export { openDatabase } from './open-database';
export type { NewScenario, ScenarioRecord, ScenariosRepository } from './scenarios-repository';
export type {
  ApprovalState,
  EvalRunStatus,
  JobStatus,
  MessageRole,
  ModelStatus,
  ScenarioKind,
  Surface,
  WorkspaceSettings,
} from './schema';
export type { SqlHandle } from './sql-handle';
export type {
  MessageRecord,
  NewMessage,
  NewThread,
  ThreadRecord,
  ThreadsRepository,
} from './threads-repository';
export type {
  NewWorkspace,
  WorkspaceRecord,
  WorkspacesRepository,
} from './workspaces-repository';
