// A small in-process cache with a time limit and a size limit, for derived data that is costly to
// rebuild on every request. Concurrent misses of one key share a single load: fifty users opening
// the same view at once run its query once. A failed load is not kept.
export type BoundedCacheOptions = { maxEntries: number; ttlMs: number; now?: () => number };

export class BoundedCache<V> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<V> }>();

  constructor(private readonly options: BoundedCacheOptions) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = (this.options.now ?? Date.now)();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit) this.entries.delete(key);

    const value = load();
    this.entries.set(key, { expiresAt: now + this.options.ttlMs, value });
    value.catch(() => {
      // Only drop our own entry: a newer load may have replaced it meanwhile.
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    // Map keeps insertion order, so the first key is the oldest entry.
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
