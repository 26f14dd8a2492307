import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { type AppDeps, createApp, createMemoryLogger } from '../../server';
import { errorOf, JWT_SECRET, useHttpFixture } from './http-fixture';

const f = useHttpFixture();

const jwtFor = (workspace: string) =>
  new SignJWT({ sub: 'ana', workspace, exp: Math.floor(Date.now() / 1000) + 600 })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(JWT_SECRET));

interface KeyView {
  id: string;
  label: string;
  prefix: string;
  key?: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

describe('API keys over HTTP', () => {
  it('mints a key for a signed-in person, shows it once, lists it without the secret and revokes it', async () => {
    await f.runtime.store.workspaces.ensure({ id: 'keys-a', name: 'keys-a' });
    const token = await jwtFor('keys-a');
    const created = await f.call('POST', '/api/keys', { key: token, json: { label: 'Looker' } });
    expect(created.status).toBe(201);
    const minted = (await created.json()) as KeyView;
    expect(minted.key).toMatch(/^mp_/);
    expect(minted.key?.startsWith(minted.prefix)).toBe(true);
    expect(minted).toMatchObject({ label: 'Looker', revokedAt: null });

    // The new key works, and the list never shows a key or hash.
    const listed = await f.call('GET', '/api/keys', { key: minted.key as string });
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(minted.key as string);
    expect(text).not.toContain('hash');
    const { keys } = JSON.parse(text) as { keys: KeyView[] };
    expect(keys.map((k) => k.id)).toEqual([minted.id]);

    const revoked = await f.call('DELETE', `/api/keys/${minted.id}`, { key: token });
    expect(revoked.status).toBe(200);
    const first = (await revoked.json()) as KeyView;
    expect(first.revokedAt).not.toBeNull();
    // The revoked key is refused at once (same process), and revoking again keeps the first time.
    expect((await f.call('GET', '/api/keys', { key: minted.key as string })).status).toBe(401);
    const again = (await (
      await f.call('DELETE', `/api/keys/${minted.id}`, { key: token })
    ).json()) as KeyView;
    expect(again.revokedAt).toBe(first.revokedAt);
  });

  it('refuses to let an API key mint keys, and names the field', async () => {
    const key = await f.mintKey('keys-b');
    const err = await errorOf(await f.call('POST', '/api/keys', { key, json: { label: 'x' } }));
    expect(err).toMatchObject({ status: 403, code: 'forbidden' });
    expect(err.issues[0]?.field).toBe('authorization');
    expect(await f.runtime.store.apiKeys.list('keys-b')).toHaveLength(1);
  });

  it('rejects a missing label and cannot touch another workspace’s key', async () => {
    const token = await jwtFor('demo');
    const bad = await errorOf(await f.call('POST', '/api/keys', { key: token, json: {} }));
    expect(bad).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(bad.issues.map((i) => i.field)).toContain('label');
    const other = await f.mintKey('keys-c');
    const [record] = await f.runtime.store.apiKeys.list('keys-c');
    const err = await errorOf(
      await f.call('DELETE', `/api/keys/${record?.id}`, { key: f.demoKey }),
    );
    expect(err).toMatchObject({ status: 404, code: 'not_found' });
    expect((await f.call('GET', '/api/keys', { key: other })).status).toBe(200);
  });
});

const PLAYBOOK = `---
title: Acme media playbook
---
# Holdout tests

Our 2024 geo holdout on paid social measured an incremental ROAS of 2.1 in the north region.
Search brand terms are excluded from every incrementality test because they follow demand.
`;

describe('workspace documents over HTTP', () => {
  it('adds a markdown document, finds it in search for that workspace only, and removes it', async () => {
    const key = await f.mintKey('docs-a');
    const added = await f.call('POST', '/api/documents?id=acme-playbook', {
      key,
      body: PLAYBOOK,
      headers: { 'content-type': 'text/markdown' },
    });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      id: 'acme-playbook',
      title: 'Acme media playbook',
      status: 'added',
    });
    const same = await f.call('POST', '/api/documents', {
      key,
      json: { id: 'acme-playbook', content: PLAYBOOK },
    });
    expect(await same.json()).toMatchObject({ status: 'unchanged', chunksWritten: 0 });

    const list = (await (await f.call('GET', '/api/documents', { key })).json()) as {
      documents: { id: string; chunks: number }[];
    };
    expect(list.documents.map((d) => d.id)).toEqual(['acme-playbook']);
    expect(list.documents[0]?.chunks).toBeGreaterThan(0);

    const query = 'geo holdout incremental ROAS paid social';
    const mine = await f.runtime.knowledge.search(query, { workspaceId: 'docs-a', k: 3 });
    expect(mine[0]?.id).toBe('acme-playbook');
    const theirs = await f.runtime.knowledge.search(query, { workspaceId: 'demo', k: 10 });
    expect(theirs.map((h) => h.id)).not.toContain('acme-playbook');
    const fromDemo = await f.call('GET', '/api/documents', { key: f.demoKey });
    expect(((await fromDemo.json()) as { documents: unknown[] }).documents).toEqual([]);

    expect((await f.call('DELETE', '/api/documents/acme-playbook', { key })).status).toBe(204);
    const gone = await f.runtime.knowledge.search(query, { workspaceId: 'docs-a', k: 10 });
    expect(gone.map((h) => h.id)).not.toContain('acme-playbook');
    expect(
      await errorOf(await f.call('DELETE', '/api/documents/acme-playbook', { key })),
    ).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('names the field of a bad document and stores nothing', async () => {
    const key = await f.mintKey('docs-b');
    const empty = await errorOf(
      await f.call('POST', '/api/documents', { key, json: { content: '   ' } }),
    );
    expect(empty).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(empty.issues[0]?.field).toBe('content');
    const badId = await errorOf(
      await f.call('POST', '/api/documents', { key, json: { content: 'x', id: 'Not An Id' } }),
    );
    expect(badId.issues[0]?.field).toBe('id');
    const taken = await errorOf(
      await f.call('POST', '/api/documents', { key, json: { content: 'x', id: 'adstock' } }),
    );
    expect(taken).toMatchObject({ status: 409, code: 'conflict' });
    const huge = await errorOf(
      await f.call('POST', '/api/documents', { key, json: { content: 'a'.repeat(200_001) } }),
    );
    expect(huge).toMatchObject({ status: 413, code: 'payload_too_large' });
    const csv = await errorOf(
      await f.call('POST', '/api/documents', {
        key,
        body: 'a,b',
        headers: { 'content-type': 'text/csv' },
      }),
    );
    expect(csv).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    expect(csv.issues[0]?.field).toBe('content-type');
    const list = await f.call('GET', '/api/documents', { key });
    expect(((await list.json()) as { documents: unknown[] }).documents).toEqual([]);
  });

  it('answers 501 when the server has no knowledge base', async () => {
    const { store, agent, workspaces } = f.runtime;
    const deps: AppDeps = {
      store,
      agent,
      workspaces,
      logger: createMemoryLogger(),
      auth: { mode: 'local' },
    };
    const res = await createApp(deps).request('/api/documents');
    expect(await errorOf(res)).toMatchObject({ status: 501, code: 'not_implemented' });
  });
});
