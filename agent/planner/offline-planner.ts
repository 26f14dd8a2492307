import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BaseChatModelParams,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import { AIMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { createChannelCatalog } from './channel-catalog';
import { readConversation } from './conversation';
import { planTurn } from './plan-turn';
import type { PlannerDataset, PlannerIntent } from './planner-types';

/** Options of the offline planner. */
export interface OfflinePlannerOptions extends BaseChatModelParams {
  /** The workspace's dataset; a system message carrying a dataset overrides it per call. */
  dataset?: PlannerDataset;
  /** Names of the tools it may call (set by `bindTools`); all MixPilot tools when omitted. */
  toolNames?: string[];
}

function nameOfTool(tool: BindToolsInput): string | undefined {
  const t = tool as { name?: unknown; function?: { name?: unknown } };
  if (typeof t.name === 'string') return t.name;
  if (typeof t.function?.name === 'string') return t.function.name;
  return undefined;
}

/**
 * A deterministic chat model that plans MixPilot tool calls without a language model: it reads
 * the conversation (system, human, AI with tool calls, tool results), and answers a new question
 * with tool calls (plus a `search_methodology` call), a clarifying question, or help; once tool
 * results are in, it returns a closing message without tool calls. Every AIMessage carries the
 * intent as `additional_kwargs.intent` (a `PlannerIntent`).
 */
export class OfflinePlanner extends BaseChatModel<BaseChatModelCallOptions, AIMessageChunk> {
  readonly dataset?: PlannerDataset;
  readonly toolNames?: string[];

  constructor(options: OfflinePlannerOptions = {}) {
    super(options);
    this.dataset = options.dataset;
    this.toolNames = options.toolNames;
  }

  static override lc_name(): string {
    return 'OfflinePlanner';
  }

  _llmType(): string {
    return 'mixpilot-offline-planner';
  }

  override bindTools(
    tools: BindToolsInput[],
    kwargs?: Partial<BaseChatModelCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, BaseChatModelCallOptions> {
    const names = tools.map(nameOfTool).filter((n): n is string => n !== undefined);
    const bound = new OfflinePlanner({ dataset: this.dataset, toolNames: names });
    return bound.withConfig(kwargs ?? {});
  }

  /** Plans the reply to a conversation; the same messages always give the same reply. */
  plan(messages: BaseMessage[]): AIMessage {
    const read = readConversation(messages);
    const replayed =
      read.lostReplyTo === undefined
        ? undefined
        : (this.plan(messages.slice(0, read.lostReplyTo + 1)).additional_kwargs.intent as
            | PlannerIntent
            | undefined);
    const state = replayed ? { ...read, lastIntent: replayed } : read;
    const dataset = state.dataset ?? this.dataset;
    if (state.toolsDone) {
      const intent: PlannerIntent = state.lastIntent
        ? { ...state.lastIntent, final: true }
        : {
            intent: 'contributions',
            confidence: 0,
            followUp: false,
            calls: [],
            channels: [],
            notes: [],
            final: true,
          };
      return new AIMessage({
        content: '',
        additional_kwargs: { intent },
        response_metadata: { intent },
      });
    }
    const catalog = createChannelCatalog(dataset);
    const { content, intent } = planTurn(
      state,
      catalog,
      dataset?.frequency ?? 'weekly',
      dataset?.totalSpendHistory,
    );
    const allowed = this.toolNames;
    const calls = allowed ? intent.calls.filter((c) => allowed.includes(c.name)) : intent.calls;
    const finalIntent = { ...intent, calls };
    return new AIMessage({
      content,
      tool_calls: calls.map((c, i) => ({
        id: `call_${state.turn}_${i}_${c.name}`,
        name: c.name,
        args: c.args,
        type: 'tool_call' as const,
      })),
      additional_kwargs: { intent: finalIntent },
      response_metadata: { intent: finalIntent, model_provider: 'offline' },
    });
  }

  async _generate(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    _runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const message = this.plan(messages);
    const text = typeof message.content === 'string' ? message.content : '';
    return { generations: [{ text, message }] };
  }
}

/** A system message carrying the dataset's channels and groups for the planner. */
export function datasetContext(dataset: PlannerDataset): {
  content: string;
  additional_kwargs: { dataset: PlannerDataset };
} {
  return {
    content: `<dataset>${JSON.stringify(dataset)}</dataset>`,
    additional_kwargs: { dataset },
  };
}
