import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { StructuredToolInterface } from '@langchain/core/tools';
import type { Dataset, FittedModel, LiftTestInput } from '../tools';

/** A methodology or workspace passage returned by the retriever. */
export interface SearchHit {
  id: string;
  title: string;
  section?: string;
  text: string;
  score: number;
}

/** The workspace's data as the planner and the answer see it (channels, KPI, frequency). */
export interface ActiveData {
  workspaceId: string;
  datasetId: string;
  dataset: Dataset;
}

/** The workspace's data and model as the agent's tools see them. */
export interface ActiveModel extends ActiveData {
  modelId: string;
  model: FittedModel;
}

/** What the agent needs from the rest of the system, injected by the composition root. */
export interface AgentPorts {
  /**
   * The data the active model is (or will be) fitted on, without fitting: a turn is planned on
   * it, so a first question that recalibrates fits once, calibrated, instead of twice.
   */
  activeData(workspaceId: string): Promise<ActiveData>;
  /** The workspace's active model, fitted on first need; `onStatus` reports slow steps. */
  activeModel(workspaceId: string, onStatus?: (message: string) => void): Promise<ActiveModel>;
  /**
   * Fits the active dataset again (optionally with another seed) and makes it active. With
   * `liftTests` the new model is calibrated to them (an empty list removes the calibration);
   * without, it keeps the active model's lift tests. A workspace with no model yet is fitted
   * once, with these settings. `previous`: the model that was active before, if there was one.
   */
  refit(
    workspaceId: string,
    seed?: number,
    liftTests?: LiftTestInput[],
  ): Promise<ActiveModel & { previous?: FittedModel }>;
  /** Methodology documents plus the workspace's own, never another workspace's. */
  search(query: string, options: { workspaceId: string; k: number }): Promise<SearchHit[]>;
  /** Stores a what-if or optimizer result as a draft scenario and returns its id. */
  saveScenario(
    workspaceId: string,
    scenario: { name: string; kind: 'whatif' | 'optimize'; args: unknown; result: unknown },
  ): Promise<string>;
  /** Records the decision on a scenario; approving makes it the workspace's plan. */
  decideScenario(workspaceId: string, scenarioId: string, approve: boolean): Promise<void>;
}

/** The chat models of one turn: the configured one and the offline planner it falls back to. */
export interface ChatModels {
  primary: BaseChatModel;
  /** Present when `primary` is a hosted model; used when it fails past its retries. */
  fallback?: BaseChatModel;
  /** `offline` or `openai`. */
  provider: string;
}

/** Builds the chat models for a turn, given what the workspace holds (channel names, frequency). */
export type ChatModelFactory = (context: { dataset: Dataset }) => ChatModels;

/** Builds the LangChain tools bound to one workspace for one turn. */
export type ToolFactory = (context: {
  workspaceId: string;
  ports: AgentPorts;
  onStatus: (message: string) => void;
}) => StructuredToolInterface[];
