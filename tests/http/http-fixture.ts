import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import {
  composeServerApp,
  createRuntime,
  DEMO_WORKSPACE,
  loadConfig,
  type Runtime,
  type ServerSettings,
} from '../../cli';
import { createMemoryLogger, type MixPilotApp } from '../../server';

/** HS256 secret the fixture's server accepts. */
export const JWT_SECRET = 'test-secret-for-mixpilot-http-tests';
export const DEMO_CSV = readFileSync(new URL('../../data/demo.csv', import.meta.url), 'utf8');

export interface CallOptions {
  key?: string;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
}

/** One in-memory runtime and HTTP app per test file (created in beforeAll, closed in afterAll). */
export interface HttpFixture {
  runtime: Runtime;
  app: MixPilotApp;
  logger: ReturnType<typeof createMemoryLogger>;
  /** An API key of the demo workspace. */
  demoKey: string;
  call(method: string, path: string, options?: CallOptions): Promise<Response>;
  /** Creates the workspace if needed and returns a fresh API key for it. */
  mintKey(workspaceId: string): Promise<string>;
  /** Creates a workspace with the demo data uploaded and fitted through the API; returns its key. */
  workspaceWithData(workspaceId: string): Promise<string>;
}

/**
 * Registers beforeAll/afterAll that build the embedded runtime (demo workspace seeded and fitted)
 * and the composed app; by default auth is required (API keys and HS256 JWTs) and rate limiting
 * is off. The returned object is filled in once beforeAll has run.
 */
export function useHttpFixture(settings: Partial<ServerSettings> = {}): HttpFixture {
  const fixture = {} as HttpFixture;
  beforeAll(async () => {
    const runtime = await createRuntime(loadConfig({}), {
      inMemory: true,
      fitOptions: { seed: 42, intervals: 20 },
    });
    const logger = createMemoryLogger();
    const { app } = composeServerApp(runtime, {
      logger,
      settings: {
        auth: { mode: 'required', localWorkspace: DEMO_WORKSPACE, jwtSecret: JWT_SECRET },
        rateLimit: { perMinute: 0 },
        ...settings,
      },
    });
    const call: HttpFixture['call'] = (method, path, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.key) headers.authorization = `Bearer ${options.key}`;
      let body = options.body;
      if (options.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(options.json);
      }
      return Promise.resolve(
        app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) }),
      );
    };
    const mintKey = async (workspaceId: string) => {
      await runtime.store.workspaces.ensure({ id: workspaceId, name: workspaceId });
      return (await runtime.store.apiKeys.create(workspaceId, { label: 'test' })).key;
    };
    Object.assign(fixture, {
      runtime,
      app,
      logger,
      call,
      mintKey,
      demoKey: await mintKey(DEMO_WORKSPACE),
      async workspaceWithData(workspaceId: string) {
        const key = await mintKey(workspaceId);
        const upload = await call('POST', '/api/datasets', {
          key,
          json: { name: 'demo.csv', csv: DEMO_CSV },
        });
        const { id } = (await upload.json()) as { id: string };
        const fit = await call('POST', '/api/models', { key, json: { datasetId: id, seed: 7 } });
        if (fit.status !== 201) throw new Error(`fit failed: ${fit.status} ${await fit.text()}`);
        return key;
      },
    });
  });
  afterAll(async () => {
    await fixture.runtime?.close();
  });
  return fixture;
}

/** One server-sent event. */
export interface SseEvent {
  event: string;
  data: string;
}

/** Parses an event-stream body: `event:`/`data:` fields, comment lines skipped. */
export function parseSse(text: string): { events: SseEvent[]; comments: string[] } {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim());
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return { events, comments };
}

/** The error body's code and the status, for terse assertions. */
export async function errorOf(res: Response): Promise<{
  status: number;
  code: string;
  message: string;
  issues: { field: string; reason: string; row?: number; line?: number }[];
}> {
  const body = (await res.json()) as {
    error: {
      code: string;
      message: string;
      issues: { field: string; reason: string; row?: number; line?: number }[];
    };
  };
  return { status: res.status, ...body.error };
}
