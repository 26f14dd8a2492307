import { afterEach, describe, expect, it } from 'vitest';
import type { AgentEvent, AgentService, WorkspaceService } from '../../agent';
import type { Store } from '../../store';
import { MixPilotError } from '../../tools';
import { createApp } from '../app';
import { createMemoryLogger } from '../http/json-logger';
import { type RunningServer, startServer } from '../serve';

/** A store with just enough for auth and chat threads: every thread is new. */
const store = {
  apiKeys: { onRevoked: () => () => {} },
  threads: {
    get: async () => {
      throw new MixPilotError('not_found', 'thread not found');
    },
    create: async () => ({}),
  },
} as unknown as Store;

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close(100);
  server = undefined;
});

function appWith(agent: AgentService, keepAliveMs = 15_000) {
  const logger = createMemoryLogger();
  const app = createApp({
    store,
    agent,
    workspaces: {} as WorkspaceService,
    logger,
    auth: { mode: 'local' },
    sseKeepAliveMs: keepAliveMs,
  });
  return { app, logger };
}

describe('SSE chat stream', () => {
  it('stops the agent turn when the client disconnects', async () => {
    let finished = false;
    let produced = 0;
    const agent: AgentService = {
      async *answer() {
        try {
          yield { type: 'status', message: 'thinking' } satisfies AgentEvent;
          for (; produced < 200; produced++) {
            await new Promise((r) => setTimeout(r, 10));
            yield { type: 'token', text: '.' } satisfies AgentEvent;
          }
        } finally {
          finished = true;
        }
      },
      resume: () => (async function* () {})(),
    };
    const { app, logger } = appWith(agent);
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'slow one' }),
      signal: controller.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('event: status');
    controller.abort();
    await expect
      .poll(() => logger.entries.some((e) => e.message === 'chat stream closed by the client'), {
        timeout: 5000,
      })
      .toBe(true);
    await expect.poll(() => finished, { timeout: 5000 }).toBe(true);
    expect(produced).toBeLessThan(200);
  });

  it('sends keep-alive comments while a turn is quiet', async () => {
    const agent: AgentService = {
      async *answer() {
        yield { type: 'status', message: 'thinking' };
        await new Promise((r) => setTimeout(r, 120));
        yield { type: 'error', code: 'upstream', message: 'model down' };
      },
      resume: () => (async function* () {})(),
    };
    const { app } = appWith(agent, 20);
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ question: 'q' }),
    });
    const text = await res.text();
    expect(text).toContain(': keep-alive');
    expect(
      text.trim().endsWith('data: {"type":"error","code":"upstream","message":"model down"}'),
    ).toBe(true);
  });

  it('maps an error event to its status in JSON mode', async () => {
    const agent: AgentService = {
      async *answer() {
        yield { type: 'error', code: 'upstream', message: 'model down' };
      },
      resume: () => (async function* () {})(),
    };
    const { app } = appWith(agent);
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'q' }),
    });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('upstream');
  });
});
