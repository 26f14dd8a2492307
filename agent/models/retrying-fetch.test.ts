import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockNetwork } from '../../tests/support';
import { retryAfterMs, retryingFetch } from './retrying-fetch';

const URL = 'https://llm.test/v1/chat/completions';
let replies: (() => Response)[] = [];
let hits = 0;
mockNetwork(
  http.post(URL, () => {
    hits += 1;
    return (replies[Math.min(hits, replies.length) - 1] as () => Response)();
  }),
);

function setup(sequence: (() => Response)[], maxRetries = 2) {
  replies = sequence;
  hits = 0;
  const waits: number[] = [];
  const fetch = retryingFetch({
    maxRetries,
    timeoutMs: 5_000,
    baseDelayMs: 500,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { fetch, waits, post: () => fetch(URL, { method: 'POST', body: '{"model":"m"}' }) };
}

const ok = () => HttpResponse.json({ ok: true });
const status =
  (s: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ error: { message: 'x' } }, { status: s, headers });

describe('retryingFetch', () => {
  it('waits the Retry-After-ms the server asked for, then returns the success', async () => {
    const t = setup([status(429, { 'retry-after-ms': '1200' }), ok]);
    const response = await t.post();
    expect(response.status).toBe(200);
    expect(t.waits).toEqual([1200]);
    expect(hits).toBe(2);
  });

  it('backs off exponentially on server errors and returns the last failure past its retries', async () => {
    const t = setup([status(500), status(502), status(503)]);
    const response = await t.post();
    expect(response.status).toBe(503);
    expect(t.waits).toEqual([500, 1000]);
    expect(hits).toBe(3);
  });

  it('does not retry a client error such as a bad key', async () => {
    const t = setup([status(401), ok]);
    expect((await t.post()).status).toBe(401);
    expect(hits).toBe(1);
  });

  it('retries a dropped connection', async () => {
    const t = setup([() => HttpResponse.error(), ok]);
    expect((await t.post()).status).toBe(200);
    expect(t.waits).toEqual([500]);
  });

  it('stops at once when the caller aborts', async () => {
    const t = setup([status(500), ok]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      t.fetch(URL, { method: 'POST', body: '{}', signal: controller.signal }),
    ).rejects.toThrow();
    expect(hits).toBe(0);
  });
});

describe('retryAfterMs', () => {
  it('reads milliseconds, seconds and ignores junk', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});
