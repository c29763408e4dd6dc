/**
 * Values remembered for a short while: read again after `ttlMs` (monotonic time, so a moved wall clock does not
 * keep a value forever), and all forgotten at once beyond `max` entries. For facts that rarely change, read on
 * every request, where a few seconds' staleness in another process is the accepted price of a round trip.
 */
export class RecentValues<K, V> {
  private readonly values = new Map<K, { value: V; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: K): V | undefined {
    const hit = this.values.get(key);
    if (!hit) return undefined;
    if (this.now() - hit.at < this.ttlMs) return hit.value;
    this.values.delete(key);
    return undefined;
  }

  set(key: K, value: V): void {
    if (this.values.size >= this.max) this.values.clear();
    this.values.set(key, { value, at: this.now() });
  }

  clear(): void {
    this.values.clear();
  }
}
