// Public surface of the agent. Other parts import only from here.

export type { AgentServiceDeps } from './agent-service';
export { collectAnswer, createAgentService } from './agent-service';
export type {
  AgentAnswer,
  AgentEvent,
  AgentService,
  AnswerInput,
  AnswerPart,
  Citation,
  ResumeInput,
  ToolCallRecord,
} from './agent-types';
export { FALLBACK_NOTICE } from './graph/model-node';
export type { NumberMention } from './guard/extract-numbers';
export { extractNumbers } from './guard/extract-numbers';
export type { GroundingReport } from './guard/grounding-guard';
export { checkGrounding, removeUngrounded } from './guard/grounding-guard';
export { SqlCheckpointSaver } from './memory/sql-checkpoint-saver';
export type { ChatModelSettings } from './models/chat-models';
export { createChatModels } from './models/chat-models';
export type { OfflinePlannerOptions } from './planner/offline-planner';
export { datasetContext, OfflinePlanner } from './planner/offline-planner';
export type {
  IntentName,
  PendingFrame,
  PlannedCall,
  PlannerChannel,
  PlannerDataset,
  PlannerIntent,
} from './planner/planner-types';
export { helpText } from './planner/replies';
export type {
  ActiveModel,
  AgentPorts,
  ChatModelFactory,
  ChatModels,
  SearchHit,
  ToolFactory,
} from './ports';
export { ScriptedChatModel, toolCallMessage } from './testing/scripted-chat-model';
export { FIT_HEARTBEAT_MS, STALE_FIT_MS } from './workspace/fit-heartbeat';
export {
  type FitRunner,
  inlineFitRunner,
  workerFitRunner,
} from './workspace/fit-runner';
export type {
  FitRequest,
  WorkspaceService,
  WorkspaceServiceDeps,
} from './workspace/workspace-service';
export { createWorkspaceService } from './workspace/workspace-service';
export { workspaceTools } from './workspace/workspace-tools';
