import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../server';
import { loadConfig } from './config';
import { createRuntime, type Runtime } from './runtime';
import { composeServerApp } from './serve-app';

describe('readiness of the composed server', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime(loadConfig({}), { inMemory: true, seedDemo: false });
  }, 60_000);
  afterAll(() => runtime?.close().catch(() => undefined));

  const ready = () =>
    composeServerApp(runtime, { logger: createMemoryLogger(), evals: false }).app.request('/ready');

  it('is ready when the demo workspace has no data or model yet', async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      checks: { database: true, vectorStore: true },
    });
  });

  it('answers 503 naming the database once the database is down', async () => {
    await runtime.db.close();
    const res = await ready();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not_ready', checks: { database: false } });
  });
});
