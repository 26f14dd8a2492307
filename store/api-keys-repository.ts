import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { RepoContext } from './context';
import { FOREIGN_KEY_VIOLATION, isViolation, notFound, requireText } from './db-errors';
import type { KeyRevokedListener, RevocationFeed } from './key-revocations';
import { apiKeys } from './schema';

/** A stored key without its hash. The clear key is returned once, by `create`. */
export type ApiKeyRecord = Omit<typeof apiKeys.$inferSelect, 'hash'>;

export interface ApiKeysRepository {
  /** Creates a key `mp_<43 random chars>`; the clear key is in the result and nowhere else. */
  create(
    workspaceId: string,
    input: { label: string },
  ): Promise<{ key: string; record: ApiKeyRecord }>;
  list(workspaceId: string): Promise<ApiKeyRecord[]>;
  /**
   * Revokes the key and returns it; listeners of `onRevoked` hear of it at once (or when the
   * transaction commits). Revoking a revoked key changes nothing and keeps its revocation time.
   */
  revoke(workspaceId: string, id: string): Promise<ApiKeyRecord>;
  /**
   * Calls `listener` with the id of every key revoked through this store, so caches of verified
   * keys in this process can drop it; returns the function that unsubscribes.
   */
  onRevoked(listener: KeyRevokedListener): () => void;
  /** The key's workspace when the key is known and not revoked; records the use (at most once a minute). */
  verify(key: string): Promise<{ workspaceId: string; keyId: string } | undefined>;
}

const PREFIX_LENGTH = 12;
const TOUCH_INTERVAL_MS = 60_000;

/** SHA-256 of a clear key, hex. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

const columns = {
  id: apiKeys.id,
  workspaceId: apiKeys.workspaceId,
  label: apiKeys.label,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

export function apiKeysRepository(
  ctx: RepoContext,
  revocations: RevocationFeed,
): ApiKeysRepository {
  const { orm } = ctx;
  return {
    async create(workspaceId, input) {
      const key = `mp_${randomBytes(32).toString('base64url')}`;
      try {
        const [record] = await orm
          .insert(apiKeys)
          .values({
            id: ctx.newId('key'),
            workspaceId,
            label: requireText('label', input.label),
            prefix: key.slice(0, PREFIX_LENGTH),
            hash: hashApiKey(key),
            createdAt: ctx.now(),
          })
          .returning(columns);
        return { key, record: record as ApiKeyRecord };
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('workspace', workspaceId);
        throw error;
      }
    },
    list(workspaceId) {
      return orm
        .select(columns)
        .from(apiKeys)
        .where(eq(apiKeys.workspaceId, workspaceId))
        .orderBy(desc(apiKeys.createdAt));
    },
    async revoke(workspaceId, id) {
      const scope = and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id));
      const [revoked] = await orm
        .update(apiKeys)
        .set({ revokedAt: ctx.now() })
        .where(and(scope, isNull(apiKeys.revokedAt)))
        .returning(columns);
      if (revoked) {
        revocations.publish(id);
        return revoked;
      }
      const [earlier] = await orm.select(columns).from(apiKeys).where(scope);
      if (!earlier) throw notFound('API key', id);
      return earlier;
    },
    onRevoked: (listener) => revocations.subscribe(listener),
    async verify(key) {
      if (!key.startsWith('mp_') || key.length < PREFIX_LENGTH) return undefined;
      const hash = Buffer.from(hashApiKey(key), 'hex');
      const candidates = await orm
        .select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId, hash: apiKeys.hash })
        .from(apiKeys)
        .where(and(eq(apiKeys.prefix, key.slice(0, PREFIX_LENGTH)), isNull(apiKeys.revokedAt)));
      const match = candidates.find((c) => timingSafeEqual(Buffer.from(c.hash, 'hex'), hash));
      if (!match) return undefined;
      const now = ctx.now();
      await orm
        .update(apiKeys)
        .set({ lastUsedAt: now })
        .where(
          and(
            eq(apiKeys.id, match.id),
            or(
              isNull(apiKeys.lastUsedAt),
              lt(apiKeys.lastUsedAt, new Date(now.getTime() - TOUCH_INTERVAL_MS)),
            ),
          ),
        );
      return { workspaceId: match.workspaceId, keyId: match.id };
    },
  };
}
