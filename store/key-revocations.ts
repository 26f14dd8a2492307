/** Told the id of each API key revoked through a store. */
export type KeyRevokedListener = (keyId: string) => void;

/**
 * Fan-out of "this key was revoked" from one store to whatever caches verified keys in the same
 * process (the HTTP auth cache), so such a revocation takes effect at once there.
 */
export interface RevocationFeed {
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: KeyRevokedListener): () => void;
  publish(keyId: string): void;
}

/** A feed with no listeners yet. */
export function createRevocationFeed(): RevocationFeed {
  const listeners = new Set<KeyRevokedListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(keyId) {
      for (const listener of listeners) listener(keyId);
    },
  };
}

/**
 * A view of `feed` for a transaction: revocations are held back until `flush()` (after commit),
 * so a rolled-back revocation is never announced; subscribing goes straight to `feed`.
 */
export function deferredFeed(feed: RevocationFeed): { feed: RevocationFeed; flush(): void } {
  const pending: string[] = [];
  return {
    feed: {
      subscribe: (listener) => feed.subscribe(listener),
      publish: (keyId) => {
        pending.push(keyId);
      },
    },
    flush() {
      for (const keyId of pending.splice(0)) feed.publish(keyId);
    },
  };
}
