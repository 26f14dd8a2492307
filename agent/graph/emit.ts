import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentEvent } from '../agent-types';

/** Sends a progress event to the surface through LangGraph's custom stream, if one listens. */
export function emit(config: LangGraphRunnableConfig | undefined, event: AgentEvent): void {
  const writer = config?.writer as ((chunk: unknown) => void) | undefined;
  writer?.(event);
}
