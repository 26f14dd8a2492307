import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from './assets/api.js';

type Call = { url: string; init: RequestInit };

function fakeFetch(response: () => Response) {
  const calls: Call[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response();
  };
  return { calls, fetchImpl: fetchImpl as typeof fetch };
}

const sse = (text: string) =>
  new Response(text, { status: 200, headers: { 'content-type': 'text/event-stream' } });

describe('createApi', () => {
  it('streams chat events and sends the bearer key', async () => {
    const { calls, fetchImpl } = fakeFetch(() =>
      sse(
        'event: status\ndata: {"type":"status","message":"Fitting the model…"}\n\n' +
          ': ping\n\nevent: token\ndata: {"type":"token","text":"Hi"}\n\n' +
          'data: not json\n\nevent: final\ndata: {"type":"final","answer":{"answer":"Hi","threadId":"t1"}}\n\n',
      ),
    );
    const api = createApi({ key: 'k-123', fetchImpl });
    const events: { type: string }[] = [];
    await api.chat({ question: 'q' }, (e: { type: string }) => events.push(e));
    expect(events.map((e) => e.type)).toEqual(['status', 'token', 'final']);
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(calls[0]?.url).toBe('/api/chat');
    expect(headers.Authorization).toBe('Bearer k-123');
    expect(headers.Accept).toBe('text/event-stream');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ question: 'q' });
  });

  it('sends no Authorization header in local mode', async () => {
    const { calls, fetchImpl } = fakeFetch(() => Response.json({ ok: true }, { status: 201 }));
    await createApi({ fetchImpl }).feedback({ threadId: 't', helpful: true });
    const headers = calls[0]?.init.headers as Record<string, string> | undefined;
    expect(headers).toBeDefined();
    expect(headers?.Authorization).toBeUndefined();
  });

  it('passes a plain JSON answer on as one final event', async () => {
    const { fetchImpl } = fakeFetch(() => Response.json({ answer: 'ok', threadId: 't' }));
    const events: { type: string }[] = [];
    await createApi({ fetchImpl }).resume({ threadId: 't', approve: true }, (e: { type: string }) =>
      events.push(e),
    );
    expect(events).toEqual([{ type: 'final', answer: { answer: 'ok', threadId: 't' } }]);
  });

  it('turns the error body into an ApiError with its issues', async () => {
    const { fetchImpl } = fakeFetch(() =>
      Response.json(
        {
          error: {
            code: 'unprocessable',
            message: 'Row 12: tv spend is negative',
            issues: [{ field: 'tv', row: 12, reason: 'negative' }],
          },
        },
        { status: 422 },
      ),
    );
    const error = await createApi({ fetchImpl })
      .uploadDataset(new File(['a,b'], 'x.csv'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'unprocessable',
      message: 'Row 12: tv spend is negative',
      issues: [{ field: 'tv', row: 12, reason: 'negative' }],
    });
  });

  it('explains a 401 without a JSON body', async () => {
    const { fetchImpl } = fakeFetch(() => new Response('nope', { status: 401 }));
    await expect(createApi({ fetchImpl }).workspace()).rejects.toThrow(/API key was not accepted/);
  });

  it('predicts with the scenario layout only when one is given', async () => {
    const { calls, fetchImpl } = fakeFetch(() => Response.json({}));
    const api = createApi({ fetchImpl });
    await api.predict({ tv: 1 }, 13, undefined, { tv: 'even' });
    await api.predict({ tv: 1 }, 13, undefined, {});
    await api.predict({ tv: 1 }, undefined);
    expect(calls.map((c) => JSON.parse(String(c.init.body)))).toEqual([
      { allocation: { tv: 1 }, horizon: 13, flighting: { tv: 'even' } },
      { allocation: { tv: 1 }, horizon: 13 },
      { allocation: { tv: 1 } },
    ]);
    expect(calls[0]?.url).toBe('/api/predict');
  });

  it('reports an unreachable server in one line', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(createApi({ fetchImpl }).predict({ tv: 1 }, 13)).rejects.toThrow(
      'Could not reach MixPilot. Check your connection.',
    );
  });
});
