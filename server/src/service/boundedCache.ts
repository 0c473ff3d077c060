/**
 * A cache that holds at most about twice `limit` entries and keeps those used recently. Entries live in two
 * generations: when the young one fills up it becomes the old one and the old one is dropped whole; an old
 * entry that is used again moves back to the young one. Every operation is O(1). (Evicting a Map's first key
 * one at a time is not: its iterator walks over every deleted slot before the first live one.)
 */
export class BoundedCache<K, V> {
  readonly #limit: number;
  /** What is stored for a key: the key itself, or a copy that keeps less alive (see `ownCopy` in diagnostics). */
  readonly #storedKey: (key: K) => K;
  #young = new Map<K, V>();
  #old = new Map<K, V>();

  constructor(limit: number, storedKey: (key: K) => K = (key) => key) {
    this.#limit = Math.max(1, limit);
    this.#storedKey = storedKey;
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }

  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) {
      this.#old.delete(key);
      this.set(key, old);
    }
    return old;
  }

  /** Stores `value`; a key already present keeps the key it was stored under. */
  set(key: K, value: V): void {
    this.#old.delete(key);
    if (this.#young.has(key)) this.#young.set(key, value);
    else this.#young.set(this.#storedKey(key), value);
    if (this.#young.size >= this.#limit) {
      this.#old = this.#young;
      this.#young = new Map();
    }
  }

  clear(): void {
    this.#young = new Map();
    this.#old = new Map();
  }
}
