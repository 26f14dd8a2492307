import type { Hono } from 'hono';
import type { ApiKeyRecord } from '../../store';
import { MixPilotError } from '../../tools';
import type { AppDeps, AppEnv } from '../app-types';
import type { RouteRegistry } from '../openapi/route-spec';
import { idParams } from '../schemas/common';
import {
  apiKeyBodySchema,
  apiKeyCreatedSchema,
  apiKeyListSchema,
  apiKeySchema,
} from '../schemas/keys';

function keyView(k: ApiKeyRecord) {
  return {
    id: k.id,
    label: k.label,
    prefix: k.prefix,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

/**
 * The workspace's API keys: list, mint and revoke. Minting needs a person (a JWT, or the local
 * operator): a leaked key can revoke keys but never mint one that outlives its own revocation.
 */
export function keyRoutes(app: Hono<AppEnv>, registry: RouteRegistry, deps: AppDeps): void {
  const { store } = deps;

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/keys',
      tag: 'Access',
      summary: 'The workspace’s API keys',
      description: 'Newest first, revoked ones included; never the key itself.',
      responses: { 200: { description: 'The keys', schema: apiKeyListSchema } },
    },
    async (c) => c.json({ keys: (await store.apiKeys.list(c.get('workspaceId'))).map(keyView) }),
  );

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/keys',
      tag: 'Access',
      summary: 'Mint an API key',
      description:
        'Returns the clear key once; only its hash is stored. Needs a JWT (or local mode): an API key cannot mint keys.',
      body: apiKeyBodySchema,
      responses: { 201: { description: 'The new key', schema: apiKeyCreatedSchema } },
      errors: [400, 403],
    },
    async (c, { body }) => {
      if (c.get('principal').kind === 'key') {
        throw new MixPilotError('forbidden', 'an API key cannot mint API keys; sign in instead', {
          issues: [{ field: 'authorization', reason: 'use a JWT or the local operator' }],
        });
      }
      const { key, record } = await store.apiKeys.create(c.get('workspaceId'), body);
      return c.json({ ...keyView(record), key }, 201);
    },
  );

  registry.add(
    app,
    {
      method: 'delete',
      path: '/api/keys/:id',
      tag: 'Access',
      summary: 'Revoke an API key',
      description:
        'The key stops working on this server at once and on other replicas within their key cache time (a minute by default). Revoking a revoked key changes nothing.',
      params: idParams,
      responses: { 200: { description: 'The revoked key', schema: apiKeySchema } },
      errors: [400, 404],
    },
    async (c, { params }) => {
      return c.json(keyView(await store.apiKeys.revoke(c.get('workspaceId'), params.id)));
    },
  );
}
