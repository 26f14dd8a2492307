import { AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { channelLabel } from '../../tools';
import { composeAnswer } from '../compose/compose-answer';
import type { ComposeContext } from '../compose/composed';
import { checkGrounding, removeUngrounded } from '../guard/grounding-guard';
import { LEAK_REFUSAL, leaksSecrets } from '../guard/leak-guard';
import { ANSWER_LEADS, type AnswerLead } from '../planner/planner-types';
import { helpText } from '../planner/replies';
import type { AgentPorts, ChatModelFactory } from '../ports';
import { systemPrompt } from '../prompts/system-prompt';
import { emit } from './emit';
import type { AgentStateType, AgentStateUpdate, Draft } from './state';

const UNIT = { daily: 'days', weekly: 'weeks', monthly: 'months' } as const;

function lastAiText(messages: BaseMessage[]): string {
  const last = messages[messages.length - 1];
  return last instanceof AIMessage && typeof last.content === 'string' ? last.content : '';
}

/** A field of the planner's reading of the last turn (`additional_kwargs.intent`), if set. */
function plannerField(messages: BaseMessage[], field: string): unknown {
  const last = messages[messages.length - 1];
  const intent = last instanceof AIMessage ? last.additional_kwargs?.intent : undefined;
  return (intent as Record<string, unknown> | undefined)?.[field];
}

/** A number field of the planner's reading (the marginal ROI asked about on a curve). */
function plannerNumber(messages: BaseMessage[], field: string): number | undefined {
  const value = plannerField(messages, field);
  return typeof value === 'number' ? value : undefined;
}

/** A string field of the planner's reading, when it is a non-empty string. */
function plannerText(messages: BaseMessage[], field: string): string | undefined {
  const value = plannerField(messages, field);
  return typeof value === 'string' && value ? value : undefined;
}

/** The planner's answer lead, when it is one the composer knows. */
function plannerLead(messages: BaseMessage[]): AnswerLead | undefined {
  const value = plannerField(messages, 'lead');
  return ANSWER_LEADS.find((l) => l === value);
}

/** Writes the draft reply from this turn's tool results (and the hosted model's text, if any). */
export function createComposeNode(deps: { ports: AgentPorts }) {
  return async (state: AgentStateType): Promise<AgentStateUpdate> => {
    const { schema } = (await deps.ports.activeData(state.workspaceId)).dataset;
    const ctx: ComposeContext = {
      kpi: schema.kpi,
      kpiType: schema.kpiType,
      label: channelLabel,
      warnings: [],
      unit: UNIT[schema.frequency],
      channels: [...schema.channels],
      marginalRoi: plannerNumber(state.messages, 'marginalRoi'),
      regions: plannerText(state.messages, 'regions'),
      later: plannerText(state.messages, 'later'),
      lead: plannerLead(state.messages),
    };
    const hosted = !state.provider.startsWith('offline');
    const draft = composeAnswer({
      calls: state.toolCalls,
      modelText: lastAiText(state.messages),
      hosted,
      notices: state.notices,
      ctx,
    });
    const scenarioCall = state.toolCalls.find((c) => c.scenarioId && !c.error);
    const offered = scenarioCall?.scenarioId
      ? { scenarioId: scenarioCall.scenarioId, summary: draft.text.split('\n')[0] ?? '' }
      : state.offered;
    return { draft, offered, intent: state.intent };
  };
}

/** The notice shown when the guard removed sentences. */
function removedNotice(n: number): string {
  return n === 1
    ? 'One statement was removed because no tool produced its figure.'
    : `${n} statements were removed because no tool produced their figures.`;
}

/** Every number the answer may state: tool arguments and results, the user's words, cited passages. */
function groundingSources(state: AgentStateType, draft: Draft): unknown[] {
  const human = state.messages.filter((m) => m instanceof HumanMessage).map((m) => m.content);
  return [
    // A tool's error is tool text too: "it only has $449,975 over the horizon" is its figure.
    ...state.toolCalls.map((c) => [c.args, c.result, c.error?.message ?? '']),
    human,
    // The options a clarifying question offers ("10%, 20%, half…") are examples of what to ask.
    plannerField(state.messages, 'options'),
    draft.citations.map((c) => c.snippet ?? ''),
    draft.parts,
    // The fixed list of example questions (in help and out-of-scope replies) is product copy,
    // not a claim about the data: its "20%" and "$1.5M" are examples.
    helpText(),
  ];
}

/**
 * The grounding guard. A reply with a number no tool, question or cited passage produced is
 * rewritten once by the hosted model with that feedback; if it still fails (or the planner is
 * offline), the sentences carrying unsupported numbers are removed and the answer says so.
 */
export function createGuardNode(deps: { ports: AgentPorts; chatModels: ChatModelFactory }) {
  return async (
    state: AgentStateType,
    config: LangGraphRunnableConfig,
  ): Promise<AgentStateUpdate> => {
    let draft = state.draft as Draft;
    const active = await deps.ports.activeData(state.workspaceId);
    const sources = (d: Draft) => groundingSources(state, d);
    let report = checkGrounding(draft.text, sources(draft));
    if (!report.ok && !state.provider.startsWith('offline')) {
      emit(config, { type: 'status', message: 'Checking the numbers…' });
      const { primary } = deps.chatModels(active);
      const bad = report.ungrounded.map((m) => m.text).join(', ');
      try {
        const retry = await primary.invoke([
          ...state.messages,
          new SystemMessage(
            `Your reply stated numbers that no tool produced: ${bad}. Rewrite the reply using only numbers from the tool results above, rounded, and keep the [n] citations.`,
          ),
        ]);
        const text = typeof retry.content === 'string' ? retry.content.trim() : '';
        if (text) {
          draft = { ...draft, text };
          report = checkGrounding(text, sources(draft));
        }
      } catch {
        // keep the first draft; the unsupported sentences are removed below
      }
    }
    if (!report.ok) {
      const cleaned = removeUngrounded(draft.text, report);
      draft = {
        ...draft,
        text:
          cleaned.text ||
          'I could not produce an answer whose figures all come from the model; please rephrase the question.',
        parts: [
          ...draft.parts,
          {
            type: 'notice',
            level: 'warning',
            text: removedNotice(cleaned.removed),
          },
        ],
      };
    }
    if (leaksSecrets(draft.text, systemPrompt(active)))
      draft = { text: LEAK_REFUSAL, parts: [], citations: [] };
    const last = state.messages[state.messages.length - 1];
    const final = new AIMessage({
      content: draft.text,
      ...(last instanceof AIMessage && last.id ? { id: last.id } : {}),
    });
    return { draft, messages: [final], guardRetries: state.guardRetries + 1 };
  };
}
