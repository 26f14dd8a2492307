import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import { BaseChatModel, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import { AIMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';

/**
 * A chat model for tests that replies from a script (or a function of the conversation) and
 * records what it was shown. `bindTools` returns the model itself.
 */
export class ScriptedChatModel extends BaseChatModel {
  readonly seen: BaseMessage[][] = [];
  private step = 0;

  constructor(
    private readonly script: ((messages: BaseMessage[], step: number) => AIMessage) | AIMessage[],
    private readonly llmName = 'scripted',
  ) {
    super({});
  }

  _llmType(): string {
    return this.llmName;
  }

  override bindTools(_tools: BindToolsInput[]): Runnable<BaseLanguageModelInput, AIMessageChunk> {
    return this;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    this.seen.push(messages);
    const step = this.step++;
    const message = Array.isArray(this.script)
      ? this.script[Math.min(step, this.script.length - 1)]
      : this.script(messages, step);
    if (!message) throw new Error('script exhausted');
    if (message.additional_kwargs?.fail) throw new Error(String(message.additional_kwargs.fail));
    return {
      generations: [{ message, text: typeof message.content === 'string' ? message.content : '' }],
    };
  }
}

/** An AI message that calls tools. */
export function toolCallMessage(
  calls: { name: string; args: Record<string, unknown> }[],
  prefix = 'call',
): AIMessage {
  return new AIMessage({
    content: '',
    tool_calls: calls.map((c, i) => ({
      id: `${prefix}_${i}`,
      name: c.name,
      args: c.args,
      type: 'tool_call' as const,
    })),
  });
}
