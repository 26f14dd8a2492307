import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store';
import { isMixPilotError, MixPilotError } from '../../tools';
import type { AppEnv, AuthConfig, Principal } from '../app-types';
import { createJwtVerifier } from './jwt-verifier';
import { TtlCache } from './ttl-cache';

const NEGATIVE_TTL_MS = 5_000;

const unauthorized = (message: string) =>
  new MixPilotError('unauthorized', message, {
    issues: [{ field: 'authorization', reason: message }],
  });
const forbidden = (message: string) =>
  new MixPilotError('forbidden', message, {
    issues: [{ field: 'authorization', reason: message }],
  });

/**
 * Establishes the caller's workspace from `Authorization: Bearer …`: a workspace API key
 * (`mp_…`, checked against its stored hash, remembered for `keyCacheMs`) or a JWT (HS256 secret
 * or JWKS) whose `workspace`/`ws` claim names an existing workspace. In local mode a request
 * without credentials acts on the local workspace. A key revoked through `store` is forgotten at
 * once; one revoked by another process is honoured when its cache entry expires.
 */
export function authenticate(store: Store, config: AuthConfig): MiddlewareHandler<AppEnv> {
  const keyTtl = config.keyCacheMs ?? 60_000;
  const keys = new TtlCache<Principal | null>(10_000);
  let revocations = 0;
  store.apiKeys.onRevoked((keyId) => {
    revocations++;
    keys.deleteWhere((p) => p?.kind === 'key' && p.id === keyId);
  });
  const workspaces = new TtlCache<boolean>(10_000);
  const verifyJwt = createJwtVerifier({ secret: config.jwtSecret, jwksUrl: config.jwksUrl });
  const localWorkspace = config.localWorkspace ?? 'demo';

  async function fromKey(key: string): Promise<Principal> {
    const cacheKey = createHash('sha256').update(key).digest('base64url');
    let principal = keys.get(cacheKey);
    if (principal === undefined) {
      const before = revocations;
      const found = await store.apiKeys.verify(key);
      principal = found ? { kind: 'key', id: found.keyId, workspaceId: found.workspaceId } : null;
      // A revocation during the lookup may concern this key: use the answer, do not remember it.
      if (revocations === before)
        keys.set(cacheKey, principal, principal ? keyTtl : NEGATIVE_TTL_MS);
    }
    if (!principal) throw unauthorized('the API key is unknown or revoked');
    return principal;
  }

  async function workspaceExists(id: string): Promise<boolean> {
    const cached = workspaces.get(id);
    if (cached !== undefined) return cached;
    let exists = true;
    try {
      await store.workspaces.get(id);
    } catch (error) {
      if (!isMixPilotError(error) || error.code !== 'not_found') throw error;
      exists = false;
    }
    workspaces.set(id, exists, exists ? keyTtl : NEGATIVE_TTL_MS);
    return exists;
  }

  async function fromToken(token: string): Promise<Principal> {
    if (!verifyJwt) throw unauthorized('JWT bearer tokens are not enabled on this server');
    const claims = await verifyJwt(token);
    if (!claims.workspaceId)
      throw forbidden('the token names no workspace (claim `workspace` or `ws`)');
    if (!(await workspaceExists(claims.workspaceId)))
      throw forbidden(`the token's workspace '${claims.workspaceId}' does not exist`);
    return { kind: 'jwt', id: claims.subject, workspaceId: claims.workspaceId };
  }

  return async (c, next) => {
    const header = c.req.header('authorization');
    let principal: Principal;
    if (!header) {
      if (config.mode !== 'local')
        throw unauthorized('send Authorization: Bearer <workspace API key or token>');
      principal = { kind: 'local', id: 'local', workspaceId: localWorkspace };
    } else {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const credential = match?.[1];
      if (!credential) throw unauthorized('expected Authorization: Bearer <credential>');
      principal = credential.startsWith('mp_')
        ? await fromKey(credential)
        : credential.split('.').length === 3
          ? await fromToken(credential)
          : (() => {
              throw unauthorized('the credential is neither a MixPilot API key nor a JWT');
            })();
    }
    c.set('principal', principal);
    c.set('workspaceId', principal.workspaceId);
    await next();
  };
}
