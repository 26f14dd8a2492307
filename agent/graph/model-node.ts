import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, SystemMessage } from '@langchain/core/messages';
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentPorts, ChatModelFactory, ToolFactory } from '../ports';
import { systemPrompt } from '../prompts/system-prompt';
import { emit } from './emit';
import type { AgentStateType, AgentStateUpdate } from './state';

export const FALLBACK_NOTICE =
  'The language model service was unavailable, so this answer was planned by the offline planner.';

/**
 * The model node: the chat model (with the tools bound) reads the conversation and either calls
 * tools or ends the turn. A hosted model that fails past its own retries falls back to the
 * offline planner for the rest of the turn, and the answer says so.
 */
export function createModelNode(deps: {
  ports: AgentPorts;
  chatModels: ChatModelFactory;
  tools: ToolFactory;
}) {
  return async (
    state: AgentStateType,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> => {
    const onStatus = (message: string) => emit(config, { type: 'status', message });
    const active = await deps.ports.activeData(state.workspaceId);
    const models = deps.chatModels(active);
    const tools = deps.tools({ workspaceId: state.workspaceId, ports: deps.ports, onStatus });
    const messages: BaseMessage[] = [new SystemMessage(systemPrompt(active)), ...state.messages];
    const usingFallback = state.provider.includes('fallback');
    const call = (model: BaseChatModel) => {
      if (!model.bindTools) throw new Error(`${model._llmType()} cannot call tools`);
      return model.bindTools(tools).invoke(messages, { signal: config.signal });
    };
    if (state.iterations === 0 || !usingFallback)
      onStatus(state.iterations === 0 ? 'Reading the question…' : 'Reading the results…');
    let reply: AIMessage;
    let provider = usingFallback ? state.provider : models.provider;
    let notices = state.notices;
    try {
      reply = (await call(
        usingFallback && models.fallback ? models.fallback : models.primary,
      )) as AIMessage;
    } catch (error) {
      if (!models.fallback || usingFallback) throw error;
      onStatus('The language model is unavailable; using the offline planner.');
      reply = (await call(models.fallback)) as AIMessage;
      provider = 'offline (fallback)';
      notices = [...notices, FALLBACK_NOTICE];
    }
    const intent =
      (reply.additional_kwargs?.intent as { intent?: string } | string | undefined) ?? undefined;
    return {
      messages: [reply],
      provider,
      notices,
      iterations: state.iterations + 1,
      intent: typeof intent === 'string' ? intent : (intent?.intent ?? state.intent),
    };
  };
}

/** Routes after the model: run the tools it asked for, or compose the answer. */
export function routeAfterModel(maxRounds: number) {
  return (state: AgentStateType): 'tools' | 'compose' => {
    const last = state.messages[state.messages.length - 1];
    const calls =
      last instanceof AIMessage || (last && 'tool_calls' in last)
        ? ((last as AIMessage).tool_calls ?? [])
        : [];
    return calls.length > 0 && state.iterations <= maxRounds ? 'tools' : 'compose';
  };
}
