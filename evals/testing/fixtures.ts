import type { AgentAnswer, AgentEvent, AgentService, ToolCallRecord } from '../../agent';
import type { TurnOutcome } from '../scorers/score-types';
import { type Expectation, expectationSchema } from '../suite/suite-schema';

/** A what-if result of moving 20% of TV (400k) to social (200k): TV 320k, social 280k. */
export const MOVE_RESULT = {
  horizon: { periods: 13, unit: 'week' },
  reference: { spend: { tv_spend: 400_000, social_spend: 200_000 }, kpi: 5_000_000 },
  scenario: { spend: { tv_spend: 320_000, social_spend: 280_000 }, kpi: 5_012_300 },
  delta: {
    kpi: 12_300,
    kpiPct: 0.246,
    spend: 0,
    interval: [{ level: 0.8, low: 4_100, high: 20_500 }],
    roi: null,
  },
  assumptions: ['Reference plan: the recent run-rate over the last 13 weeks.'],
};

export const MOVE_CALL: ToolCallRecord = {
  id: 'c1',
  name: 'what_if',
  args: { changes: [{ type: 'move', from: 'tv_spend', to: 'social_spend', percent: 20 }] },
  result: MOVE_RESULT,
  ms: 12,
};

export const SEARCH_CALL: ToolCallRecord = {
  id: 'c2',
  name: 'search_methodology',
  args: { query: 'how what-if works', k: 4 },
  result: [{ id: 'what-if', title: 'How what-if scenarios work', text: 'Carryover…' }],
};

/** An agent answer with the given text and calls (citations: what-if). */
export function answerOf(
  text: string,
  toolCalls: ToolCallRecord[] = [MOVE_CALL, SEARCH_CALL],
  citations: { id: string; title: string }[] = [{ id: 'what-if', title: 'How what-if works' }],
): AgentAnswer {
  return { answer: text, parts: [], toolCalls, citations, threadId: 't1', provider: 'offline' };
}

/** A turn outcome around an answer. */
export function outcomeOf(
  answer: AgentAnswer | undefined,
  question = 'move 20% of tv to social',
  latencyMs = 100,
): TurnOutcome {
  return { question, latencyMs, history: [], ...(answer ? { answer } : { error: 'boom' }) };
}

/** Parses an expectation as a suite would. */
export function expectOf(raw: unknown): Expectation {
  return expectationSchema.parse(raw);
}

/** The good answer to "move 20% of TV to social". */
export const GOOD_TEXT =
  'Moving 20% of TV to Social would raise revenue by +$12.3k (+0.25%) over the next 13 weeks (80% range +$4,100 to +$20.5k) [1].\n- TV: $400k → $320k\n- Social: $200k → $280k';

/**
 * A scripted agent: answers each question with `reply(question, turnIndexInThread, threadId)`,
 * after `delayMs`; records every input it saw.
 */
export function fakeAgent(
  reply: (question: string, turn: number, threadId: string) => AgentAnswer | Error,
  delayMs = 0,
): AgentService & {
  inputs: { workspaceId: string; threadId?: string; question: string }[];
  maxInFlight: number;
} {
  const turns = new Map<string, number>();
  let inFlight = 0;
  let nextThread = 0;
  const agent = {
    inputs: [] as { workspaceId: string; threadId?: string; question: string }[],
    maxInFlight: 0,
    answer(input: { workspaceId: string; threadId?: string; question: string }) {
      agent.inputs.push(input);
      const threadId = input.threadId ?? `t${++nextThread}`;
      const turn = turns.get(threadId) ?? 0;
      turns.set(threadId, turn + 1);
      return (async function* (): AsyncGenerator<AgentEvent> {
        inFlight++;
        agent.maxInFlight = Math.max(agent.maxInFlight, inFlight);
        try {
          yield { type: 'status', message: 'Reading the question…' };
          if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
          const out = reply(input.question, turn, threadId);
          if (out instanceof Error) yield { type: 'error', code: 'internal', message: out.message };
          else yield { type: 'final', answer: { ...out, threadId } };
        } finally {
          inFlight--;
        }
      })();
    },
    resume() {
      return (async function* (): AsyncGenerator<AgentEvent> {})();
    },
  };
  return agent;
}
