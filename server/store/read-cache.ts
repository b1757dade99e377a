import type { WriteGeneration } from './write-generation';

interface Entry {
  generation: number;
  value: unknown;
}

/** Freezes an answer all the way down: a caller that changed a shared answer would throw, not corrupt the next. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Answers of reads, each kept under the write generation its read began at, and served only while the generation
 * is still that one: any write to the database since the read began makes it a miss, so an answer read alongside a
 * write (which may or may not hold it) is never served. It is not even kept. Bounded: past `capacity` answers the
 * least recently used goes.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  /** The generation the entries were read at; when it moves they are all stale, and go at the next read. */
  private seen: number;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly generation: WriteGeneration,
    private readonly capacity: number,
  ) {
    this.seen = generation.current();
  }

  /** `usable`: whether a kept answer may still be given now (a session's expiry); a kept answer that is not is read again. */
  async read<T>(key: string, load: () => Promise<T>, usable: (value: T) => boolean = () => true): Promise<T> {
    const started = this.generation.current();
    if (started !== this.seen) {
      this.entries.clear();
      this.seen = started;
    }
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      if (entry.generation === started && usable(entry.value as T)) {
        // Most recently used goes last: Map keeps insertion order.
        this.entries.set(key, entry);
        this.hits += 1;
        return entry.value as T;
      }
    }
    this.misses += 1;
    const value = deepFreeze(await load());
    if (this.generation.current() === started) {
      this.entries.set(key, { generation: started, value });
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }

  /** For tests and the benchmark: how the cache has done. */
  stats() {
    return { size: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
