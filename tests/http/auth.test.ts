import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { type AppDeps, createApp, createMemoryLogger } from '../../server';
import { createStore } from '../../store';
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

  it('returns 401 right after a key is revoked through the same store, though the key was cached', async () => {
    const app = variant({ auth: { mode: 'required', keyCacheMs: 60_000 } });
    const { key, record } = await f.runtime.store.apiKeys.create('demo', { label: 'revoked now' });
    const other = await f.runtime.store.apiKeys.create('demo', { label: 'kept' });
    const call = (k: string) =>
      app.request('/api/datasets', { headers: { authorization: `Bearer ${k}` } });
    expect((await call(key)).status).toBe(200);
    expect((await call(other.key)).status).toBe(200);
    await f.runtime.store.apiKeys.revoke('demo', record.id);
    expect(await errorOf(await call(key))).toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await call(other.key)).status).toBe(200);
  });

  it('keeps trusting a cached key revoked by another process until its cache entry expires', async () => {
    const app = variant({ auth: { mode: 'required', keyCacheMs: 60_000 } });
    const { key, record } = await f.runtime.store.apiKeys.create('demo', { label: 'elsewhere' });
    const headers = { authorization: `Bearer ${key}` };
    expect((await app.request('/api/datasets', { headers })).status).toBe(200);
    await createStore(f.runtime.db).apiKeys.revoke('demo', record.id);
    expect((await app.request('/api/datasets', { headers })).status).toBe(200);
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
