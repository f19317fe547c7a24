// A small in-process cache with a time limit and a size limit, for derived data that is costly to
// rebuild on every request. Concurrent misses of one key share a single load: fifty users opening
// the same view at once run its query once. A failed load is not kept.
//
// With `validity` (view-data-changes.ts), what was loaded is kept only until the data behind it
// changes: a new generation empties the cache, and while changes cannot be heard nothing is kept.
import "server-only";

export type CacheValidity = { isLive(): boolean; generation(): number };

export type BoundedCacheOptions = { maxEntries: number; ttlMs: number; now?: () => number; validity?: CacheValidity };

export class BoundedCache<V> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<V> }>();
  private generation: number | null = null;

  constructor(private readonly options: BoundedCacheOptions) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const { validity } = this.options;
    if (validity) {
      if (!validity.isLive()) return load();
      // Entries are only ever added in the generation they were loaded in (synchronously, below),
      // so emptying on a new generation is enough: a load still running from the old one is
      // shared by the callers already waiting for it but not found by anyone after.
      if (validity.generation() !== this.generation) {
        this.entries.clear();
        this.generation = validity.generation();
      }
    }
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

  /** Forgets one key, so the next get() loads it again (the value is known to have changed). */
  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
