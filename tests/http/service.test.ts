import { describe, expect, it } from 'vitest';
import { type AppDeps, createApp, createMemoryLogger } from '../../server';
import { errorOf, useHttpFixture } from './http-fixture';

const f = useHttpFixture();

/** Another app over the fixture's runtime with some settings changed. */
function variant(overrides: Partial<AppDeps>) {
  const { store, agent, workspaces } = f.runtime;
  return createApp({
    store,
    agent,
    workspaces,
    logger: createMemoryLogger(),
    auth: { mode: 'required' },
    ...overrides,
  });
}

describe('errors', () => {
  it('answers 404 JSON for unknown API routes and never leaks a stack trace on a 500', async () => {
    expect(
      await errorOf(await f.call('GET', '/api/nothing-here', { key: f.demoKey })),
    ).toMatchObject({ status: 404, code: 'not_found' });
    const logger = createMemoryLogger();
    const { store, workspaces } = f.runtime;
    const app = createApp({
      store,
      workspaces,
      logger,
      auth: { mode: 'local' },
      agent: {
        answer: () => {
          throw new Error('database password is hunter2');
        },
        resume: () => {
          throw new Error('x');
        },
      },
    });
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'boom-1' },
      body: JSON.stringify({ question: 'hi' }),
    });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'internal',
        message: 'internal error (request boom-1)',
        issues: [],
        requestId: 'boom-1',
      },
    });
    expect(text).not.toContain('hunter2');
    expect(logger.entries.find((e) => e.message === 'unhandled error')?.fields?.stack).toContain(
      'hunter2',
    );
  });
});

describe('methods', () => {
  it('answers 405 with Allow for a known path and another method, 404 for an unknown path', async () => {
    const put = await f.call('PUT', '/api/workspace', { key: f.demoKey, json: {} });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await errorOf(put)).toMatchObject({
      code: 'method_not_allowed',
      message: 'PUT is not allowed on /api/workspace; it answers GET, HEAD',
    });
    const del = await f.call('DELETE', '/api/models', { key: f.demoKey });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
    const byId = await f.call('PATCH', '/api/datasets/ds_1', { key: f.demoKey, json: {} });
    expect(byId.headers.get('allow')).toBe('DELETE, GET, HEAD, OPTIONS');
    expect((await f.call('POST', '/health')).headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const options = await f.call('OPTIONS', '/api/predict', { key: f.demoKey });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('OPTIONS, POST');
    expect((await f.call('PUT', '/api/nothing-here', { key: f.demoKey })).status).toBe(404);
  });
});

describe('media types', () => {
  it('answers 415 naming application/json when a JSON route gets a body of another type', async () => {
    const res = await f.call('POST', '/api/predict', {
      key: f.demoKey,
      body: JSON.stringify({ allocation: { tv_spend: 400000 } }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(await errorOf(res)).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
      message: 'content-type: text/plain is not accepted here; send application/json',
      issues: [
        { field: 'content-type', reason: 'text/plain is not accepted here; send application/json' },
      ],
    });
  });

  it('answers 415 on every route whose body is JSON only, and reads a missing type as JSON', async () => {
    const doc = f.app.openapi as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    const jsonOnly = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(
          ([, op]) => Object.keys(op.requestBody?.content ?? {}).join() === 'application/json',
        )
        .map(([method]) => [method.toUpperCase(), path.replace(/\{id\}/g, 'x')] as const),
    );
    expect(jsonOnly.length).toBeGreaterThanOrEqual(6);
    for (const [method, path] of jsonOnly) {
      const res = await f.call(method, path, {
        key: f.demoKey,
        body: 'question=hi',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status, `${method} ${path}`).toBe(415);
    }
    // A byte body carries no content type of its own (a string body would be text/plain).
    const untyped = await f.call('POST', '/api/predict', {
      key: f.demoKey,
      body: new TextEncoder().encode(JSON.stringify({ allocation: { tv_spend: 400000 } })),
    });
    expect(untyped.status).toBe(200);
  });
});

describe('service endpoints', () => {
  it('reports health and readiness from its dependencies, 503 naming a failing one', async () => {
    expect(await (await f.call('GET', '/health')).json()).toEqual({ status: 'ok' });
    const ready = await f.call('GET', '/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: true, vectorStore: true },
    });
    const notReady = variant({ ready: async () => ({ database: false }) });
    const res = await notReady.request('/ready');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: { database: boolean } }).checks.database).toBe(false);
  });

  it('is ready by default when the local workspace does not exist yet', async () => {
    const res = await variant({
      auth: { mode: 'local', localWorkspace: 'not-created-yet' },
    }).request('/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { database: true } });
  });

  it('answers the eval routes with 501 when no eval service is wired', async () => {
    const app = variant({});
    const headers = { authorization: `Bearer ${f.demoKey}`, 'content-type': 'application/yaml' };
    const post = await app.request('/api/evals', { method: 'POST', headers, body: 'name: x' });
    expect(await errorOf(post)).toMatchObject({ status: 501, code: 'not_implemented' });
  });

  it('runs an eval suite in the background: 202, then status, results and the HTML report', async () => {
    const suite =
      'name: api\ncases:\n  - id: move\n    question: What if we move 20% of TV to social?\n    expect: { tools: [what_if] }\n';
    const yaml = { 'content-type': 'application/yaml' };
    const post = await f.call('POST', '/api/evals', { key: f.demoKey, body: suite, headers: yaml });
    expect(post.status).toBe(202);
    const { id, status } = (await post.json()) as { id: string; status: string };
    expect(status).toBe('queued');
    const poll = async () =>
      (await (await f.call('GET', `/api/evals/${id}`, { key: f.demoKey })).json()) as {
        status: string;
        summary?: { passed: number };
      };
    await expect
      .poll(async () => (await poll()).status, { timeout: 20_000, interval: 200 })
      .toBe('done');
    const done = (await poll()) as {
      summary?: { passed: number };
      results?: { cases: { pass: boolean }[] };
    };
    expect(done.summary?.passed).toBe(1);
    expect(done.results?.cases[0]?.pass).toBe(true);
    const report = await f.call('GET', `/api/evals/${id}/report`, { key: f.demoKey });
    expect(report.headers.get('content-type')).toContain('text/html');
    expect(await report.text()).toContain('<!doctype html>');
    const bad = await errorOf(
      await f.call('POST', '/api/evals', { key: f.demoKey, body: 'cases: 3', headers: yaml }),
    );
    expect(bad.status).toBe(400);
    const other = await f.mintKey('eval-outsider');
    expect((await f.call('GET', `/api/evals/${id}`, { key: other })).status).toBe(404);
  });

  it('publishes an OpenAPI 3.1 document of every route, built from the request schemas', async () => {
    const doc = (await (await f.call('GET', '/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<
                string,
                { schema: { properties?: Record<string, unknown>; required?: string[] } }
              >;
            };
            parameters?: { name: string }[];
            responses: Record<string, unknown>;
          }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const expected = {
      '/api/chat': ['post'],
      '/api/chat/resume': ['post'],
      '/api/threads/{id}': ['get'],
      '/api/datasets': ['get', 'post'],
      '/api/datasets/{id}': ['get', 'delete'],
      '/api/models': ['get', 'post'],
      '/api/models/{id}': ['get'],
      '/api/workspace': ['get'],
      '/api/scenarios': ['get', 'post'],
      '/api/scenarios/{id}': ['get'],
      '/api/scenarios/{id}/predict': ['post'],
      '/api/predict': ['post'],
      '/api/recommendations': ['get'],
      '/api/feedback': ['post'],
      '/api/evals': ['post'],
      '/api/evals/{id}': ['get'],
      '/health': ['get'],
      '/ready': ['get'],
    };
    for (const [path, methods] of Object.entries(expected)) {
      for (const m of methods) expect(doc.paths[path]?.[m], `${m} ${path}`).toBeDefined();
    }
    const chat = doc.paths['/api/chat']?.post?.requestBody?.content['application/json']?.schema;
    expect(chat?.required).toEqual(['question']);
    expect(Object.keys(chat?.properties ?? {})).toEqual(['question', 'threadId']);
    expect(
      Object.keys(doc.paths['/api/datasets']?.post?.requestBody?.content ?? {}).sort(),
    ).toEqual(['application/json', 'multipart/form-data', 'text/csv']);
    const params = doc.paths['/api/recommendations']?.get?.parameters?.map((p) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['objective', 'budget', 'channels', 'horizon', 'lock']),
    );
    expect(doc.paths['/api/scenarios/{id}']?.get?.responses['404']).toBeDefined();
    const docs = await f.call('GET', '/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
    const html = await docs.text();
    expect(html).toContain('/api/recommendations');
    expect(html).not.toMatch(/<script|https?:\/\/cdn/i);
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('static widget', () => {
  it('serves the page framable, scripts as JavaScript, assets cached with ETags, and nothing else', async () => {
    const page = await f.call('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const widget = await f.call('GET', '/widget.js');
    expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const app = await f.call('GET', '/assets/app.js');
    expect(app.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(app.headers.get('cache-control')).toContain('max-age=300');
    expect((await f.call('GET', '/assets/styles.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await f.call('GET', '/assets/logo.svg')).headers.get('content-type')).toBe(
      'image/svg+xml',
    );
    const etag = app.headers.get('etag') as string;
    const again = await f.call('GET', '/assets/app.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await f.call('GET', '/assets/missing.js')).status).toBe(404);
    expect((await f.call('GET', '/api.test.ts')).status).toBe(404);
    expect((await f.call('GET', '/assets/../package.json')).status).toBe(404);
  });
});
