import { Annotation, MessagesAnnotation } from '@langchain/langgraph';
import type { AnswerPart, Citation, ToolCallRecord } from '../agent-types';

/** The draft reply of a turn before the grounding guard has passed it. */
export interface Draft {
  text: string;
  parts: AnswerPart[];
  citations: Citation[];
}

/** A scenario offered for approval at the end of a turn (kept across turns). */
export interface OfferedPlan {
  scenarioId: string;
  summary: string;
}

const last = <T>(initial: () => T) =>
  Annotation<T>({ reducer: (_a: T, b: T) => b, default: initial });

/**
 * Graph state. `messages` is the conversation (kept by the checkpointer across turns); the
 * other per-turn fields are reset by the `begin` node at the start of every turn.
 */
export const AgentState = Annotation.Root({
  ...MessagesAnnotation.spec,
  workspaceId: last<string>(() => ''),
  provider: last<string>(() => 'offline'),
  intent: last<string | undefined>(() => undefined),
  toolCalls: last<ToolCallRecord[]>(() => []),
  notices: last<string[]>(() => []),
  iterations: last<number>(() => 0),
  guardRetries: last<number>(() => 0),
  draft: last<Draft | undefined>(() => undefined),
  offered: last<OfferedPlan | undefined>(() => undefined),
  decision: last<'approved' | 'rejected' | undefined>(() => undefined),
});

export type AgentStateType = typeof AgentState.State;
export type AgentStateUpdate = typeof AgentState.Update;
