/** The drizzle schema of MixPilot: one module per group of tables. drizzle-kit reads this file. */

export type { ApprovalState, ModelStatus, ScenarioKind } from './datasets';
export { datasets, models, scenarios } from './datasets';
export type { EvalRunStatus } from './documents';
export { evalRuns, workspaceDocuments } from './documents';
export type { JobStatus } from './jobs';
export { jobs } from './jobs';
export type { MessageRole, Surface } from './threads';
export { feedback, messages, threads } from './threads';
export type { WorkspaceSettings } from './workspaces';
export { apiKeys, workspaces } from './workspaces';
