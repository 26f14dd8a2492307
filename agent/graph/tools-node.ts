import { type AIMessage, ToolMessage } from '@langchain/core/messages';
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { z } from 'zod';
import { isMixPilotError, parseToolArgs } from '../../tools';
import type { ToolCallRecord } from '../agent-types';
import type { AgentPorts, ToolFactory } from '../ports';
import { compactForModel } from './compact-result';
import { emit } from './emit';
import type { AgentStateType, AgentStateUpdate } from './state';

const SCENARIO_TOOLS: Record<string, 'whatif' | 'optimize'> = {
  what_if: 'whatif',
  optimize_budget: 'optimize',
};

function isZodSchema(schema: unknown): schema is z.ZodType {
  return typeof (schema as { safeParse?: unknown } | null)?.safeParse === 'function';
}

/**
 * The tools node: runs every tool call of the last model message against the workspace, in
 * order, and records arguments, results, errors and timings. Tool errors go back to the model
 * as results so it can correct itself or explain; they never end the turn.
 */
export function createToolsNode(deps: { ports: AgentPorts; tools: ToolFactory }) {
  return async (
    state: AgentStateType,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> => {
    const last = state.messages[state.messages.length - 1] as AIMessage;
    const onStatus = (message: string) => emit(config, { type: 'status', message });
    const tools = new Map(
      deps
        .tools({ workspaceId: state.workspaceId, ports: deps.ports, onStatus })
        .map((t) => [t.name, t]),
    );
    const records: ToolCallRecord[] = [];
    const messages: ToolMessage[] = [];
    for (const [i, call] of (last.tool_calls ?? []).entries()) {
      const id = call.id ?? `call_${state.iterations}_${i}`;
      const args = (call.args ?? {}) as Record<string, unknown>;
      emit(config, { type: 'tool_start', id, name: call.name, args });
      const started = performance.now();
      const record: ToolCallRecord = { id, name: call.name, args, result: null };
      try {
        const tool = tools.get(call.name);
        if (!tool) throw new Error(`There is no tool called ${call.name}.`);
        // Checked here first so bad arguments come back naming each field and why (the tool's
        // own check says only that the input did not match its schema).
        if (isZodSchema(tool.schema)) parseToolArgs(tool.schema, args);
        record.result = await tool.invoke(args);
        const kind = SCENARIO_TOOLS[call.name];
        if (kind) {
          record.scenarioId = await deps.ports.saveScenario(state.workspaceId, {
            name: scenarioName(call.name, args),
            kind,
            args,
            result: record.result,
          });
        }
      } catch (error) {
        record.error = {
          code: isMixPilotError(error) ? error.code : 'invalid_input',
          message: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        };
      }
      record.ms = Math.round(performance.now() - started);
      emit(config, { type: 'tool_end', id, name: call.name, ok: !record.error, ms: record.ms });
      records.push(record);
      messages.push(
        new ToolMessage({
          tool_call_id: id,
          name: call.name,
          content: JSON.stringify(
            record.error ? { error: record.error } : compactForModel(call.name, record.result),
          ),
          status: record.error ? 'error' : 'success',
        }),
      );
    }
    return { messages, toolCalls: [...state.toolCalls, ...records] };
  };
}

function scenarioName(tool: string, args: Record<string, unknown>): string {
  if (tool === 'optimize_budget')
    return `Optimized budget (${String(args.objective ?? 'max_kpi')}${args.flighting ? ', flighting' : ''})`;
  const changes = (args.changes as { type: string }[] | undefined) ?? [];
  const kinds = [...changes.map((c) => c.type), ...(args.flighting ? ['flighting'] : [])];
  return `What-if: ${kinds.join(', ') || 'scenario'}`;
}
