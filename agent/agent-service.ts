import { randomUUID } from 'node:crypto';
import { HumanMessage } from '@langchain/core/messages';
import { Command } from '@langchain/langgraph';
import { isMixPilotError, MixPilotError } from '../tools';
import type {
  AgentAnswer,
  AgentEvent,
  AgentService,
  AnswerInput,
  ResumeInput,
} from './agent-types';
import type { ApprovalRequest } from './graph/approval-node';
import { buildAgentGraph, type GraphDeps } from './graph/build-graph';
import type { AgentStateType } from './graph/state';

export interface AgentServiceDeps extends GraphDeps {
  /** Called with every finished turn, e.g. to store the thread for `GET /api/threads/:id`. */
  recordTurn?: (turn: {
    workspaceId: string;
    threadId: string;
    question: string;
    answer: AgentAnswer;
    /** True when this turn started the conversation. */
    newThread: boolean;
  }) => Promise<void>;
  newThreadId?: () => string;
  /** Characters per streamed token event (the reply is streamed once the guard has passed it). */
  tokenSize?: number;
}

const MAX_QUESTION = 4000;

/**
 * The agent service every surface uses. Conversations are keyed by workspace and thread, so a
 * thread id from another workspace opens an empty conversation, never someone else's.
 */
export function createAgentService(deps: AgentServiceDeps): AgentService {
  const graph = buildAgentGraph(deps);
  const newId = deps.newThreadId ?? randomUUID;

  async function* run(
    input: unknown,
    workspaceId: string,
    threadId: string,
    question: string,
    newThread = false,
  ): AsyncGenerator<AgentEvent> {
    const config = { configurable: { thread_id: `${workspaceId}:${threadId}` } };
    try {
      const stream = await graph.stream(input as never, {
        ...config,
        streamMode: ['custom', 'values'] as const,
        durability: 'exit' as const,
      });
      // The state after the last step and any interrupt come with the stream, so the turn
      // does not read its checkpoint back (three queries) to learn them.
      let values: AgentStateType | undefined;
      let request: ApprovalRequest | undefined;
      for await (const chunk of stream) {
        const [mode, payload] = chunk as [string, unknown];
        if (mode === 'custom') yield payload as AgentEvent;
        else if (mode === 'values') {
          const interrupts = (payload as { __interrupt__?: { value?: unknown }[] }).__interrupt__;
          if (interrupts) request = interrupts[0]?.value as ApprovalRequest | undefined;
          else values = payload as AgentStateType;
        }
      }
      if (!values) throw new MixPilotError('internal', 'the agent ended without a state');
      const draft = values.draft ?? { text: '', parts: [], citations: [] };
      const answer: AgentAnswer = {
        answer: draft.text,
        parts: request
          ? [
              ...draft.parts,
              { type: 'approval', scenarioId: request.scenarioId, summary: request.summary },
            ]
          : draft.parts,
        toolCalls: values.toolCalls,
        citations: draft.citations,
        threadId,
        provider: values.provider,
        ...(request
          ? {
              pending: {
                kind: 'approve_plan' as const,
                scenarioId: request.scenarioId,
                summary: request.summary,
              },
            }
          : {}),
      };
      const size = deps.tokenSize ?? 24;
      for (let i = 0; i < answer.answer.length; i += size)
        yield { type: 'token', text: answer.answer.slice(i, i + size) };
      await deps.recordTurn?.({ workspaceId, threadId, question, answer, newThread });
      yield { type: 'final', answer };
    } catch (error) {
      yield {
        type: 'error',
        code: isMixPilotError(error) ? error.code : 'internal',
        message: isMixPilotError(error)
          ? error.message
          : 'Something went wrong while answering; the details are in the server log.',
      };
    }
  }

  return {
    answer({ workspaceId, threadId, question }: AnswerInput) {
      const text = question.trim();
      if (!text)
        throw new MixPilotError('invalid_input', 'question: must not be empty', {
          issues: [{ field: 'question', reason: 'must not be empty' }],
        });
      if (text.length > MAX_QUESTION)
        throw new MixPilotError(
          'invalid_input',
          `question: longer than ${MAX_QUESTION} characters`,
          { issues: [{ field: 'question', reason: `longer than ${MAX_QUESTION} characters` }] },
        );
      const id = threadId ?? newId();
      return run(
        { messages: [new HumanMessage(text)], workspaceId },
        workspaceId,
        id,
        text,
        !threadId,
      );
    },
    async *resume({ workspaceId, threadId, approve }: ResumeInput) {
      const snapshot = await graph.getState({
        configurable: { thread_id: `${workspaceId}:${threadId}` },
      });
      // No checkpoint at all: the conversation never happened (a mistyped or another
      // workspace's id), which is not the same as one with nothing waiting.
      if (snapshot.createdAt === undefined)
        throw new MixPilotError(
          'not_found',
          `thread '${threadId}' not found: there is no such conversation in this workspace`,
          { issues: [{ field: 'threadId', reason: 'no such conversation in this workspace' }] },
        );
      const pending = snapshot.tasks.some((t) => (t.interrupts ?? []).length > 0);
      if (!pending)
        throw new MixPilotError(
          'conflict',
          'threadId: this conversation has no plan waiting for approval',
          { issues: [{ field: 'threadId', reason: 'nothing is waiting for approval' }] },
        );
      yield* run(
        new Command({ resume: { approve } }),
        workspaceId,
        threadId,
        approve ? 'Approve the plan.' : 'Do not approve the plan.',
      );
    },
  };
}

/** Runs a turn to the end and returns the final answer (throws on an error event). */
export async function collectAnswer(events: AsyncIterable<AgentEvent>): Promise<AgentAnswer> {
  for await (const event of events) {
    if (event.type === 'final') return event.answer;
    if (event.type === 'error') throw new MixPilotError(event.code as never, event.message);
  }
  throw new MixPilotError('internal', 'the agent ended without an answer');
}
