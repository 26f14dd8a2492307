/**
 * Remembers keys for a while (Slack event ids, decided approvals). Bounded in size, oldest first
 * out; the clock is injected so expiry is testable without waiting.
 */
export class TtlSet {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxSize = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `key`; returns false when it was already recorded and has not expired. */
  add(key: string): boolean {
    const t = this.now();
    this.evict(t);
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > t) return false;
    this.seen.delete(key);
    this.seen.set(key, t + this.ttlMs);
    if (this.seen.size > this.maxSize) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  delete(key: string): void {
    this.seen.delete(key);
  }

  private evict(t: number): void {
    for (const [key, expires] of this.seen) {
      if (expires > t) break;
      this.seen.delete(key);
    }
  }
}

/** A small least-recently-used map. */
export class LruMap<V> {
  private readonly items = new Map<string, V>();

  constructor(private readonly maxSize: number) {}

  get(key: string): V | undefined {
    const value = this.items.get(key);
    if (value === undefined) return undefined;
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  put(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.maxSize) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.items.delete(oldest);
    }
  }
}
