/**
 * A small least-recently-used map: Map keeps insertion order, so re-inserting on read is enough.
 * `max` bounds the total weight, each entry weighing 1 unless `weigh` says otherwise (bytes, say).
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly max: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    while (this.weight > this.max && this.map.size > 0) this.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh(old);
  }

  clear(): void {
    this.map.clear();
    this.weight = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** The entries' total weight. */
  get total(): number {
    return this.weight;
  }
}
