import { HttpResponse, http } from 'msw';
import { createLocalEmbedder } from '../../knowledge';

/** A chat message as the Chat Completions API receives it. */
export interface WireMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/** The request body the OpenAI client sends to `/chat/completions` (the fields the fake reads). */
export interface ChatRequest {
  model: string;
  messages: WireMessage[];
  tools?: { type: 'function'; function: { name: string; description?: string } }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
}

/** What the fake model replies: tool calls, text, or a raw HTTP response (errors). */
export type FakeReply =
  | { toolCalls: { name: string; args: Record<string, unknown> }[] }
  | { content: string }
  | Response;

let sequence = 0;
const usage = { prompt_tokens: 812, completion_tokens: 46, total_tokens: 858 };

function completion(model: string, reply: Exclude<FakeReply, Response>) {
  sequence += 1;
  const toolCalls =
    'toolCalls' in reply
      ? reply.toolCalls.map((c, i) => ({
          id: `call_${sequence}${i}abcXYZ`,
          type: 'function' as const,
          function: { name: c.name, arguments: JSON.stringify(c.args) },
        }))
      : undefined;
  return {
    id: `chatcmpl-fake${sequence}`,
    object: 'chat.completion',
    created: 1_730_000_000 + sequence,
    model: `${model}-2024-07-18`,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: 'content' in reply ? reply.content : null,
          refusal: null,
          ...(toolCalls ? { tool_calls: toolCalls } : {}),
          annotations: [],
        },
        logprobs: null,
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    usage,
    service_tier: 'default',
    system_fingerprint: 'fp_fake01',
  };
}

/** The same completion as Server-Sent Events, split the way the API streams it. */
function sse(model: string, reply: Exclude<FakeReply, Response>, withUsage: boolean): Response {
  const whole = completion(model, reply);
  const choice = whole.choices[0] as (typeof whole.choices)[number];
  const base = { id: whole.id, object: 'chat.completion.chunk', created: whole.created, model };
  const chunk = (delta: object, finish: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const events: object[] = [chunk({ role: 'assistant', content: null, refusal: null })];
  if (choice.message.tool_calls) {
    choice.message.tool_calls.forEach((call, index) => {
      events.push(
        chunk({
          tool_calls: [
            {
              index,
              id: call.id,
              type: 'function',
              function: { name: call.function.name, arguments: '' },
            },
          ],
        }),
      );
      const args = call.function.arguments;
      for (let i = 0; i < args.length; i += 7)
        events.push(
          chunk({ tool_calls: [{ index, function: { arguments: args.slice(i, i + 7) } }] }),
        );
    });
  } else {
    const text = choice.message.content ?? '';
    for (let i = 0; i < text.length; i += 5) events.push(chunk({ content: text.slice(i, i + 5) }));
  }
  events.push(chunk({}, choice.finish_reason));
  if (withUsage) events.push({ ...base, choices: [], usage });
  const body = `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('')}data: [DONE]\n\n`;
  return new HttpResponse(body, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8' },
  });
}

/** An OpenAI-style error response (`{ error: { message, type, code } }`). */
export function apiError(status: number, message: string, headers: Record<string, string> = {}) {
  const type = status === 429 ? 'rate_limit_exceeded' : 'server_error';
  return HttpResponse.json(
    { error: { message, type, param: null, code: status === 429 ? 'rate_limit_exceeded' : null } },
    { status, headers },
  );
}

/**
 * msw handlers for an OpenAI-compatible API at `baseUrl`: chat completions answered by `brain`
 * (JSON or SSE as the client asked), and embeddings from the local deterministic embedder at
 * 1536 dimensions, so retrieval behaves like a real embedding model. Every chat request is kept
 * in `requests` for the test to inspect.
 */
export function fakeOpenAI(baseUrl: string, brain: (req: ChatRequest) => FakeReply) {
  const requests: ChatRequest[] = [];
  const embedder = createLocalEmbedder({ dimensions: 1536 });
  const handlers = [
    http.post(`${baseUrl}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as ChatRequest;
      requests.push(body);
      const reply = brain(body);
      if (reply instanceof Response) return reply;
      return body.stream
        ? sse(body.model, reply, body.stream_options?.include_usage === true)
        : HttpResponse.json(completion(body.model, reply));
    }),
    http.post(`${baseUrl}/embeddings`, async ({ request }) => {
      const body = (await request.json()) as { input: string | string[]; model: string };
      const input = Array.isArray(body.input) ? body.input : [body.input];
      const vectors = await embedder.embed(input);
      return HttpResponse.json({
        object: 'list',
        data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
        model: body.model,
        usage: { prompt_tokens: input.length * 20, total_tokens: input.length * 20 },
      });
    }),
  ];
  return { handlers, requests };
}

/** Tool results the model was sent since the last user message, parsed, by tool name. */
export function toolResults(req: ChatRequest): { name: string; result: unknown }[] {
  const lastUser = req.messages.map((m) => m.role).lastIndexOf('user');
  const names = new Map<string, string>();
  for (const m of req.messages.slice(lastUser))
    for (const c of m.tool_calls ?? []) names.set(c.id, c.function.name);
  return req.messages
    .slice(lastUser)
    .filter((m) => m.role === 'tool')
    .map((m) => ({
      name: names.get(m.tool_call_id ?? '') ?? '?',
      result: JSON.parse(m.content ?? 'null') as unknown,
    }));
}

/** The last user message of a request. */
export function lastUser(req: ChatRequest): string {
  return [...req.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}
