import { HumanMessage } from '@langchain/core/messages';
import { type BaseCheckpointSaver, END, START, StateGraph } from '@langchain/langgraph';
import type { AgentPorts, ChatModelFactory, ToolFactory } from '../ports';
import { createComposeNode, createGuardNode } from './answer-nodes';
import { asksForApproval, createApprovalNode } from './approval-node';
import { createModelNode, routeAfterModel } from './model-node';
import { AgentState, type AgentStateType } from './state';
import { createToolsNode } from './tools-node';

export interface GraphDeps {
  ports: AgentPorts;
  chatModels: ChatModelFactory;
  tools: ToolFactory;
  checkpointer: BaseCheckpointSaver;
  /** Model → tools rounds per turn before the answer is composed from what there is. */
  maxToolRounds?: number;
}

/** Resets the per-turn fields; the conversation and the last offered plan carry over. */
function begin(state: AgentStateType) {
  return {
    toolCalls: [],
    notices: [],
    iterations: 0,
    guardRetries: 0,
    draft: undefined,
    intent: undefined,
    decision: undefined,
    provider: 'offline',
    workspaceId: state.workspaceId,
  };
}

function routeBegin(state: AgentStateType): 'model' | 'approve' {
  const last = state.messages[state.messages.length - 1];
  return last instanceof HumanMessage &&
    typeof last.content === 'string' &&
    asksForApproval(last.content)
    ? 'approve'
    : 'model';
}

function routeAfterGuard(state: AgentStateType): 'approve' | typeof END {
  return state.toolCalls.some((c) => c.scenarioId && !c.error) ? 'approve' : END;
}

/**
 * The agent graph: begin → model ⇄ tools → compose → guard → (approve) → end. The model node
 * plans tool calls, the tools node runs them on the workspace's model, compose writes the reply,
 * the guard checks its numbers, and a turn that produced a scenario waits for approval.
 */
export function buildAgentGraph(deps: GraphDeps) {
  const maxRounds = deps.maxToolRounds ?? 3;
  return new StateGraph(AgentState)
    .addNode('begin', begin)
    .addNode('model', createModelNode(deps))
    .addNode('tools', createToolsNode(deps))
    .addNode('compose', createComposeNode(deps))
    .addNode('guard', createGuardNode(deps))
    .addNode('approve', createApprovalNode(deps))
    .addEdge(START, 'begin')
    .addConditionalEdges('begin', routeBegin, ['model', 'approve'])
    .addConditionalEdges('model', routeAfterModel(maxRounds), ['tools', 'compose'])
    .addEdge('tools', 'model')
    .addEdge('compose', 'guard')
    .addConditionalEdges('guard', routeAfterGuard, ['approve', END])
    .addEdge('approve', END)
    .compile({ checkpointer: deps.checkpointer });
}

export type AgentGraph = ReturnType<typeof buildAgentGraph>;
