import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { type AppDeps, createApp, createMemoryLogger } from '../../server';
import { mockNetwork } from '../support';
import { errorOf, JWT_SECRET, useHttpFixture } from './http-fixture';

const f = useHttpFixture();
const JWKS_URL = 'https://idp.example.com/.well-known/jwks.json';
const rsa = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'k1', alg: 'RS256' };
mockNetwork(http.get(JWKS_URL, () => HttpResponse.json({ keys: [jwk] })));

const now = () => Math.floor(Date.now() / 1000);
function hs256(claims: Record<string, unknown>, secret = JWT_SECRET) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(secret));
}

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

describe('authentication', () => {
  it('returns 401 without credentials, with an unknown key or a malformed header', async () => {
    expect(await errorOf(await f.call('GET', '/api/datasets'))).toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
    expect((await f.call('GET', '/api/datasets', { key: 'mp_unknownunknownunknown' })).status).toBe(
      401,
    );
    expect(
      (await f.call('GET', '/api/datasets', { headers: { authorization: 'Basic abc' } })).status,
    ).toBe(401);
    expect((await f.call('GET', '/api/datasets', { key: 'not-a-credential' })).status).toBe(401);
  });

  it('accepts an HS256 token naming a workspace and checks exp, nbf and the signature', async () => {
    const ok = await hs256({ sub: 'ana', workspace: 'demo', exp: now() + 60 });
    const res = await f.call('GET', '/api/workspace', { key: ok });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe('demo');
    const ws = await hs256({ sub: 'ana', ws: 'demo', exp: now() + 60 });
    expect((await f.call('GET', '/api/datasets', { key: ws })).status).toBe(200);
    const expired = await errorOf(
      await f.call('GET', '/api/datasets', {
        key: await hs256({ workspace: 'demo', exp: now() - 60 }),
      }),
    );
    expect(expired).toMatchObject({ status: 401, message: 'the token has expired' });
    expect(
      (
        await f.call('GET', '/api/datasets', {
          key: await hs256({ workspace: 'demo', nbf: now() + 600 }),
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await f.call('GET', '/api/datasets', {
          key: await hs256({ workspace: 'demo' }, 'another-secret-of-some-length'),
        })
      ).status,
    ).toBe(401);
  });

  it('returns 403 for a valid token that names no workspace or one that does not exist', async () => {
    expect(
      await errorOf(await f.call('GET', '/api/datasets', { key: await hs256({ sub: 'x' }) })),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    const ghost = await errorOf(
      await f.call('GET', '/api/datasets', { key: await hs256({ workspace: 'ghost' }) }),
    );
    expect(ghost).toMatchObject({ status: 403 });
    expect(ghost.message).toContain('ghost');
  });

  it('verifies RS256 tokens against a JWKS URL', async () => {
    const app = variant({ auth: { mode: 'required', jwksUrl: JWKS_URL } });
    const token = await new SignJWT({ workspace: 'demo' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setExpirationTime('1m')
      .sign(rsa.privateKey);
    const res = await app.request('/api/datasets', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const hs = await hs256({ workspace: 'demo' });
    expect(
      (await app.request('/api/datasets', { headers: { authorization: `Bearer ${hs}` } })).status,
    ).toBe(401);
  });

  it('refuses a revoked key once its cache entry has expired', async () => {
    const app = variant({ auth: { mode: 'required', keyCacheMs: 0 } });
    const { key, record } = await f.runtime.store.apiKeys.create('demo', { label: 'to revoke' });
    const headers = { authorization: `Bearer ${key}` };
    expect((await app.request('/api/datasets', { headers })).status).toBe(200);
    await f.runtime.store.apiKeys.revoke('demo', record.id);
    expect((await app.request('/api/datasets', { headers })).status).toBe(401);
  });

  it('acts on the local workspace without credentials in local mode, still checking credentials sent', async () => {
    const app = variant({ auth: { mode: 'local', localWorkspace: 'demo' } });
    const res = await app.request('/api/workspace');
    expect(((await res.json()) as { id: string }).id).toBe('demo');
    expect(
      (
        await app.request('/api/workspace', {
          headers: { authorization: 'Bearer mp_wrongwrongwrong' },
        })
      ).status,
    ).toBe(401);
  });
});

describe('rate limits, CORS and headers', () => {
  it('answers 429 with Retry-After once a key has spent its burst, without limiting other keys', async () => {
    const app = variant({ rateLimit: { perMinute: 60, burst: 2 } });
    const other = await f.mintKey('other-limited');
    const get = (key: string) =>
      app.request('/api/datasets', { headers: { authorization: `Bearer ${key}` } });
    expect((await get(f.demoKey)).status).toBe(200);
    expect((await get(f.demoKey)).status).toBe(200);
    const limited = await get(f.demoKey);
    expect(await errorOf(limited.clone())).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await get(other)).status).toBe(200);
  });

  it('limits credential-less local calls per client address', async () => {
    const app = variant({
      auth: { mode: 'local' },
      rateLimit: { perMinute: 60, burst: 1 },
      trustProxy: true,
    });
    const from = (ip: string) =>
      app.request('/api/datasets', { headers: { 'x-forwarded-for': ip } });
    expect((await from('10.0.0.1')).status).toBe(200);
    expect((await from('10.0.0.1')).status).toBe(429);
    expect((await from('10.0.0.2')).status).toBe(200);
  });

  it('answers CORS preflights for configured origins only', async () => {
    const app = variant({ corsOrigins: ['https://shop.example'] });
    const preflight = (origin: string) =>
      app.request('/api/chat', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const ok = await preflight('https://shop.example');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect(
      (
        await f.call('OPTIONS', '/api/chat', { headers: { origin: 'https://shop.example' } })
      ).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('echoes a request id, sends no-store on API answers and logs the request', async () => {
    const res = await f.call('GET', '/api/datasets', {
      key: f.demoKey,
      headers: { 'x-request-id': 'req-123' },
    });
    expect(res.headers.get('x-request-id')).toBe('req-123');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const generated = await f.call('GET', '/health');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      f.logger.entries.some((e) => e.fields?.requestId === 'req-123' && e.fields?.status === 200),
    ).toBe(true);
  });
});

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

describe('service endpoints', () => {
  it('reports health and readiness, 503 while the model is not loaded', async () => {
    expect(await (await f.call('GET', '/health')).json()).toEqual({ status: 'ok' });
    const ready = await f.call('GET', '/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: true, model: true },
    });
    const notReady = variant({ ready: async () => ({ database: true, model: false }) });
    const res = await notReady.request('/ready');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: { model: boolean } }).checks.model).toBe(false);
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
