import { type AIMessageChunk, HumanMessage } from '@langchain/core/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AgentAnswer,
  collectAnswer,
  createChatModels,
  FALLBACK_NOTICE,
  workspaceTools,
} from '../../agent';
import { createRuntime, DEMO_WORKSPACE, loadConfig, type Runtime } from '../../cli';
import { mockNetwork } from '../support';
import {
  apiError,
  type ChatRequest,
  type FakeReply,
  fakeOpenAI,
  lastUser,
  toolResults,
} from './fake-openai';

const BASE = 'https://llm.test/v1';
const KEY = 'sk-test-9f8e7d6c5b4a';
const MOVE = { type: 'move', from: 'tv_spend', to: 'social_spend', percent: 20 };

interface WhatIfView {
  delta: { kpi: number; kpiPct: number };
  horizon: { periods: number; unit: string };
}

/** Writes the reply an analyst model would: the what-if result's numbers, rounded, with a citation. */
function analystText(req: ChatRequest, extra = ''): string {
  const whatIf = toolResults(req).find((r) => r.name === 'what_if')?.result as WhatIfView;
  const { delta, horizon } = whatIf;
  const k = (delta.kpi / 1000).toFixed(1);
  return `Moving 20% of TV to Social would change revenue by $${k}k over ${horizon.periods} ${horizon.unit} [1].${extra}\n- The total budget stays the same; only the split changes.`;
}

/** A well-behaved model: plans what_if plus a methodology search, then quotes the results. */
function analyst(req: ChatRequest): FakeReply {
  if (toolResults(req).length === 0)
    return {
      toolCalls: [
        { name: 'what_if', args: { changes: [MOVE] } },
        { name: 'search_methodology', args: { query: 'how a what-if scenario is computed', k: 3 } },
      ],
    };
  return { content: analystText(req) };
}

let brain: (req: ChatRequest) => FakeReply = analyst;
const fake = fakeOpenAI(BASE, (req) => brain(req));
const authHeaders: string[] = [];
const server = mockNetwork(...fake.handlers);
server.events.on('request:start', ({ request }) => {
  authHeaders.push(request.headers.get('authorization') ?? '');
});

let runtime: Runtime;
beforeAll(async () => {
  runtime = await createRuntime(
    loadConfig({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: BASE, OPENAI_MODEL: 'gpt-4o-mini' }),
    {
      inMemory: true,
      fitOptions: { seed: 42, intervals: 20 },
      chatModels: { maxRetries: 2, retryDelayMs: 1, timeoutMs: 10_000 },
    },
  );
}, 60_000);
afterAll(() => runtime?.close());

const ask = (question: string, threadId?: string) =>
  collectAnswer(
    runtime.agent.answer({
      workspaceId: DEMO_WORKSPACE,
      question,
      ...(threadId ? { threadId } : {}),
    }),
  );
const whatIfOf = (a: AgentAnswer) => a.toolCalls.find((c) => c.name === 'what_if');

describe('the OpenAI path through the real runtime', () => {
  it('runs the tool calls the model chose and keeps its grounded answer', async () => {
    brain = analyst;
    fake.requests.length = 0;
    const answer = await ask('What if we move 20% of TV to social?');
    expect(answer.provider).toBe('openai');
    const call = whatIfOf(answer);
    expect(call?.args).toEqual({ changes: [MOVE] });
    const result = call?.result as WhatIfView;
    expect(answer.answer).toContain(`$${(result.delta.kpi / 1000).toFixed(1)}k`);
    expect(answer.answer).toMatch(/^Moving 20% of TV to Social/);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.parts.some((p) => p.type === 'notice')).toBe(false);
    expect(answer.pending?.kind).toBe('approve_plan');

    const [first, second] = fake.requests;
    expect(fake.requests).toHaveLength(2);
    expect(first?.model).toBe('gpt-4o-mini');
    expect(first?.stream ?? false).toBe(false);
    expect(first?.tools?.map((t) => t.function.name).sort()).toEqual([
      'fit_model',
      'get_contributions',
      'get_model_diagnostics',
      'get_response_curve',
      'optimize_budget',
      'search_methodology',
      'what_if',
    ]);
    expect(first?.messages[0]?.role).toBe('system');
    expect(second?.messages.filter((m) => m.role === 'tool')).toHaveLength(2);
    expect(authHeaders).toContain(`Bearer ${KEY}`);
  });

  it('parses a streamed (SSE) completion with tool-call deltas into the same call', async () => {
    brain = analyst;
    fake.requests.length = 0;
    const active = await runtime.workspaces.activeModel(DEMO_WORKSPACE);
    const { primary } = createChatModels({ openaiApiKey: KEY, openaiBaseUrl: BASE })(active);
    const tools = workspaceTools({
      workspaceId: DEMO_WORKSPACE,
      ports: runtime.workspaces,
      onStatus() {},
    });
    let merged: AIMessageChunk | undefined;
    for await (const chunk of await primary.bindTools!(tools).stream([
      new HumanMessage('What if we move 20% of TV to social?'),
    ]))
      merged = merged ? merged.concat(chunk) : chunk;
    expect(fake.requests[0]?.stream).toBe(true);
    expect(merged?.tool_calls?.map((c) => [c.name, c.args])).toEqual([
      ['what_if', { changes: [MOVE] }],
      ['search_methodology', { query: 'how a what-if scenario is computed', k: 3 }],
    ]);
  });

  it('retries a 429 after the server’s Retry-After and then answers from the model', async () => {
    let calls = 0;
    brain = (req) => {
      calls += 1;
      if (calls === 1)
        return apiError(429, 'Rate limit reached for gpt-4o-mini on requests per min (RPM).', {
          'retry-after-ms': '3',
          'x-ratelimit-remaining-requests': '0',
        });
      if (calls === 2) return apiError(429, 'Rate limit reached.');
      return analyst(req);
    };
    const answer = await ask('What if we move 20% of TV to social?');
    expect(calls).toBe(4);
    expect(answer.provider).toBe('openai');
    expect(answer.parts.some((p) => p.type === 'notice')).toBe(false);
    expect(answer.answer).toMatch(/^Moving 20% of TV to Social/);
  });

  it('falls back to the offline planner, with a notice, when the API fails past its retries', async () => {
    let calls = 0;
    brain = () => {
      calls += 1;
      return apiError(500, 'The server had an error while processing your request.');
    };
    const answer = await ask('What if we move 20% of TV to social?');
    expect(calls).toBe(3);
    expect(answer.provider).toBe('offline (fallback)');
    expect(answer.parts).toContainEqual({
      type: 'notice',
      level: 'warning',
      text: FALLBACK_NOTICE,
    });
    expect(whatIfOf(answer)?.args).toEqual({ changes: [MOVE] });
    expect(answer.answer).toMatch(/^Moving 20% of TV to Social would (raise|lower) revenue/);
  });

  it('gives the same what-if numbers whether OpenAI or the offline planner chose the call', async () => {
    brain = analyst;
    const hosted = await ask('What if we move 20% of TV to social?');
    brain = () => apiError(503, 'Service Unavailable');
    const offline = await ask('What if we move 20% of TV to social?');
    expect(hosted.provider).toBe('openai');
    expect(offline.provider).toBe('offline (fallback)');
    expect(whatIfOf(offline)?.args).toEqual(whatIfOf(hosted)?.args);
    expect(whatIfOf(offline)?.result).toEqual(whatIfOf(hosted)?.result);
  });

  it('removes a sentence whose number the model invented, after one refused rewrite', async () => {
    const seen: string[] = [];
    brain = (req) => {
      seen.push(req.messages[req.messages.length - 1]?.content ?? '');
      if (toolResults(req).length === 0) return analyst(req);
      return {
        content: analystText(req, ' Competitors who did this saw a 37% lift in brand recall.'),
      };
    };
    const answer = await ask('What if we move 20% of TV to social?');
    expect(answer.provider).toBe('openai');
    expect(seen.some((s) => /numbers that no tool produced: 37%/.test(s))).toBe(true);
    expect(answer.answer).not.toContain('37%');
    expect(answer.answer).not.toMatch(/Competitors/);
    expect(answer.answer).toMatch(/^Moving 20% of TV to Social would change revenue/);
    expect(answer.parts).toContainEqual(
      expect.objectContaining({ type: 'notice', text: expect.stringMatching(/removed/) }),
    );
  });

  it('keeps the model’s rewrite when it drops the invented number', async () => {
    brain = (req) => {
      if (toolResults(req).length === 0) return analyst(req);
      const feedback = req.messages[req.messages.length - 1]?.content ?? '';
      return /no tool produced/.test(feedback)
        ? { content: analystText(req) }
        : { content: analystText(req, ' That is about 4.2 extra points of share.') };
    };
    const answer = await ask('What if we move 20% of TV to social?');
    expect(answer.answer).not.toContain('4.2');
    expect(answer.parts.some((p) => p.type === 'notice')).toBe(false);
  });

  it('sends the user question as content and never the API key', () => {
    const bodies = JSON.stringify(fake.requests);
    expect(bodies).not.toContain(KEY);
    expect(fake.requests.some((r) => lastUser(r).includes('20% of TV'))).toBe(true);
  });
});
