import type { BaseMessage } from '@langchain/core/messages';
import type { PlannedCall, PlannerDataset, PlannerIntent } from './planner-types';

/** What the planner reads from the conversation before planning a reply. */
export interface ConversationState {
  /** The latest user message, or '' when there is none. */
  question: string;
  /** How many user messages the conversation holds (used for stable tool-call ids). */
  turn: number;
  /** True when tool results for the latest plan are already in (time for the final message). */
  toolsDone: boolean;
  /** The intent of the latest planner message of this or an earlier turn. */
  lastIntent?: PlannerIntent;
  /** The main calls of the previous turn (from any model), newest turn first. */
  previousCalls: PlannedCall[];
  /** The dataset found in a system message, when any. */
  dataset?: PlannerDataset;
  /** Tool results of the previous turn's main calls (name and raw content), oldest first. */
  previousResults: { name: string; content: string }[];
  /**
   * Index of the previous user message when the reply to it kept no planner intent (a surface
   * replaced the clarifying question with its own message): the planner replays that turn.
   */
  lostReplyTo?: number;
  /** The user message before the latest, when there is one. */
  previousQuestion?: string;
}

const DATASET_TAG = /<dataset>([\s\S]*?)<\/dataset>/;

function textOf(m: BaseMessage): string {
  if (typeof m.content === 'string') return m.content;
  return m.content
    .map((part) => (typeof part === 'object' && part && 'text' in part ? String(part.text) : ''))
    .join(' ');
}

function isDataset(x: unknown): x is PlannerDataset {
  return typeof x === 'object' && x !== null && Array.isArray((x as PlannerDataset).channels);
}

function datasetOf(m: BaseMessage): PlannerDataset | undefined {
  const kw = m.additional_kwargs?.dataset;
  if (isDataset(kw)) return kw;
  const tagged = DATASET_TAG.exec(textOf(m));
  if (!tagged?.[1]) return undefined;
  try {
    const parsed: unknown = JSON.parse(tagged[1]);
    return isDataset(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function intentOf(m: BaseMessage): PlannerIntent | undefined {
  const raw = m.additional_kwargs?.intent as PlannerIntent | undefined;
  return raw && typeof raw === 'object' && typeof raw.intent === 'string' ? raw : undefined;
}

function callsOf(m: BaseMessage): PlannedCall[] {
  const calls = (m as { tool_calls?: { name: string; args: Record<string, unknown> }[] })
    .tool_calls;
  return (calls ?? [])
    .filter((c) => c.name !== 'search_methodology')
    .map((c) => ({ name: c.name as PlannedCall['name'], args: c.args }));
}

function previousHuman(messages: BaseMessage[], before: number): number {
  for (let i = before - 1; i >= 0; i -= 1) if (messages[i]?.getType() === 'human') return i;
  return -1;
}

function lostReply(messages: BaseMessage[], lastHuman: number): number | undefined {
  const prev = previousHuman(messages, lastHuman);
  if (prev < 0) return undefined;
  const between = messages.slice(prev + 1, lastHuman);
  const ai = between.filter((m) => m.getType() === 'ai');
  if (ai.length === 0 || between.some((m) => m.getType() === 'tool')) return undefined;
  return ai.some((m) => intentOf(m) || callsOf(m).length > 0) ? undefined : prev;
}

function resultsBefore(
  messages: BaseMessage[],
  lastHuman: number,
): { name: string; content: string }[] {
  const prev = previousHuman(messages, lastHuman);
  if (prev < 0) return [];
  return messages
    .slice(prev + 1, lastHuman)
    .filter((m) => m.getType() === 'tool')
    .map((m) => ({ name: String((m as { name?: string }).name ?? ''), content: textOf(m) }))
    .filter((r) => r.name !== 'search_methodology');
}

/** Reads the conversation: the question, whether tools already answered, the previous plan. */
export function readConversation(messages: BaseMessage[]): ConversationState {
  let dataset: PlannerDataset | undefined;
  let lastHuman = -1;
  let turn = 0;
  messages.forEach((m, i) => {
    const type = m.getType();
    if (type === 'system') dataset = datasetOf(m) ?? dataset;
    if (type === 'human') {
      lastHuman = i;
      turn += 1;
    }
  });
  const after = messages.slice(lastHuman + 1);
  const toolsDone = after.some((m) => m.getType() === 'tool');
  let lastIntent: PlannerIntent | undefined;
  let previousCalls: PlannedCall[] = [];
  const end = toolsDone ? messages.length : lastHuman;
  for (let i = end - 1; i >= 0; i -= 1) {
    const m = messages[i];
    if (m?.getType() !== 'ai') continue;
    lastIntent ??= intentOf(m);
    const calls = callsOf(m);
    if (calls.length > 0 && previousCalls.length === 0) previousCalls = calls;
    if (lastIntent && previousCalls.length > 0) break;
  }
  const human = lastHuman >= 0 ? messages[lastHuman] : undefined;
  const before = messages[previousHuman(messages, lastHuman)];
  return {
    ...(before ? { previousQuestion: textOf(before) } : {}),
    previousResults: resultsBefore(messages, lastHuman),
    lostReplyTo: toolsDone ? undefined : lostReply(messages, lastHuman),
    question: human ? textOf(human) : '',
    turn,
    toolsDone,
    lastIntent,
    previousCalls,
    dataset,
  };
}
