import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockNetwork } from '../../tests/support';
import { createOpenAIEmbedder } from './openai-embedder';

const URL = 'https://api.openai.com/v1/embeddings';
const requests: { input: string[]; model: string; dimensions?: number; auth: string | null }[] = [];

/** A response shaped like OpenAI's: one embedding per input, `index` giving its position. */
function embeddingResponse(input: string[], model: string, dims: number) {
  return HttpResponse.json({
    object: 'list',
    data: input
      .map((text, index) => ({
        object: 'embedding',
        index,
        embedding: Array.from({ length: dims }, (_, j) => (j === 0 ? text.length : index / 100)),
      }))
      .reverse(),
    model,
    usage: { prompt_tokens: input.length * 3, total_tokens: input.length * 3 },
  });
}

const server = mockNetwork(
  http.post(URL, async ({ request }) => {
    const body = (await request.json()) as { input: string[]; model: string; dimensions?: number };
    requests.push({ ...body, auth: request.headers.get('authorization') });
    return embeddingResponse(body.input, body.model, body.dimensions ?? 1536);
  }),
);

const noSleep = { sleep: async () => {} };

describe('OpenAI embedder', () => {
  it('sends texts in batches and returns vectors in input order', async () => {
    requests.length = 0;
    const embedder = createOpenAIEmbedder({
      apiKey: 'sk-test',
      batchSize: 2,
      dimensions: 8,
      ...noSleep,
    });
    const vectors = await embedder.embed(['a', 'bb', 'ccc', 'dddd', 'eeeee']);
    expect(requests.map((r) => r.input.length)).toEqual([2, 2, 1]);
    expect(requests[0]).toMatchObject({
      model: 'text-embedding-3-small',
      dimensions: 8,
      auth: 'Bearer sk-test',
    });
    expect(vectors.map((v) => v[0])).toEqual([1, 2, 3, 4, 5]);
    expect(embedder).toMatchObject({ id: 'openai:text-embedding-3-small:8', dimensions: 8 });
  });

  it('retries 429 and 5xx with growing waits, honouring Retry-After', async () => {
    let calls = 0;
    server.use(
      http.post(URL, async ({ request }) => {
        calls++;
        if (calls === 1) {
          return HttpResponse.json(
            {
              error: {
                message: 'Rate limit reached for text-embedding-3-small',
                type: 'requests',
                code: 'rate_limit_exceeded',
              },
            },
            { status: 429, headers: { 'retry-after': '3' } },
          );
        }
        if (calls === 2)
          return HttpResponse.json(
            { error: { message: 'The server had an error', type: 'server_error' } },
            { status: 503 },
          );
        const body = (await request.json()) as { input: string[]; model: string };
        return embeddingResponse(body.input, body.model, 1536);
      }),
    );
    const waits: number[] = [];
    const embedder = createOpenAIEmbedder({
      apiKey: 'sk-test',
      baseDelayMs: 100,
      sleep: async (ms) => void waits.push(ms),
    });
    const [v] = await embedder.embed(['hello']);
    expect(v).toHaveLength(1536);
    expect(waits).toEqual([3000, 200]);
  });

  it('gives up after the retries with a rate_limited error', async () => {
    server.use(
      http.post(URL, () =>
        HttpResponse.json({ error: { message: 'Rate limit reached' } }, { status: 429 }),
      ),
    );
    const embedder = createOpenAIEmbedder({ apiKey: 'sk-test', retries: 2, ...noSleep });
    await expect(embedder.embed(['x'])).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('does not retry a bad request and reports it as upstream', async () => {
    let calls = 0;
    server.use(
      http.post(URL, () => {
        calls++;
        return HttpResponse.json(
          {
            error: {
              message: "This model's maximum context length is 8192 tokens",
              type: 'invalid_request_error',
            },
          },
          { status: 400 },
        );
      }),
    );
    const embedder = createOpenAIEmbedder({ apiKey: 'sk-test', ...noSleep });
    await expect(embedder.embed(['x'])).rejects.toMatchObject({
      code: 'upstream',
      message: expect.stringMatching(/HTTP 400/),
    });
    expect(calls).toBe(1);
  });

  it('rejects vectors of an unexpected length', async () => {
    const embedder = createOpenAIEmbedder({
      apiKey: 'sk-test',
      model: 'text-embedding-3-large',
      ...noSleep,
    });
    await expect(embedder.embedQuery?.('x')).rejects.toThrow(/expected 3072/);
  });
});
