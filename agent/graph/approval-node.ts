import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { interrupt } from '@langchain/langgraph';
import type { AgentPorts } from '../ports';
import type { AgentStateType, AgentStateUpdate } from './state';

/** What a surface shows while a turn waits for the user to approve a plan. */
export interface ApprovalRequest {
  kind: 'approve_plan';
  scenarioId: string;
  summary: string;
}

const APPROVAL_RE =
  /^\s*(?:please\s+)?(?:approve|adopt|accept|confirm|lock in|go with|save)\b.*\b(?:plan|scenario|allocation|split|that|this|it)\b|^\s*(?:let'?s go with (?:that|this|it)|approve)\s*[.!]?\s*$/i;

/** True when the user's message asks to approve the last proposed plan. */
export function asksForApproval(text: string): boolean {
  return APPROVAL_RE.test(text);
}

/**
 * Offers the turn's scenario as the workspace's plan and waits (a LangGraph interrupt) for the
 * user's explicit decision; nothing is approved without it.
 */
export function createApprovalNode(deps: { ports: AgentPorts }) {
  return async (state: AgentStateType): Promise<AgentStateUpdate> => {
    const offered = state.offered;
    if (!offered) {
      const text =
        'There is no plan to approve yet. Ask for a what-if or a budget recommendation first.';
      return { draft: { text, parts: [], citations: [] }, messages: [new AIMessage(text)] };
    }
    const decision = interrupt<ApprovalRequest, { approve: boolean }>({
      kind: 'approve_plan',
      ...offered,
    });
    await deps.ports.decideScenario(state.workspaceId, offered.scenarioId, decision.approve);
    const text = decision.approve
      ? `Approved: this is now the workspace's plan. ${offered.summary}`
      : 'Not approved: the plan was not saved as the workspace plan.';
    return {
      decision: decision.approve ? 'approved' : 'rejected',
      toolCalls: [],
      offered: undefined,
      draft: { text, parts: [], citations: state.draft?.citations ?? [] },
      messages: [
        new HumanMessage(decision.approve ? 'Approve the plan.' : 'Do not approve the plan.'),
        new AIMessage(text),
      ],
    };
  };
}
