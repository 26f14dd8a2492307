/** A small LRU map whose entries expire; used for verified credentials. */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Drops every entry whose value matches; returns how many were dropped. */
  deleteWhere(matches: (value: V) => boolean): number {
    let dropped = 0;
    for (const [key, entry] of this.entries) {
      if (!matches(entry.value)) continue;
      this.entries.delete(key);
      dropped++;
    }
    return dropped;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + ttlMs });
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
