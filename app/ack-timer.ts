/** Webhook answer times, kept for the last `size` deliveries (a ring), for `GET /metrics`. */
export class AckTimer {
  readonly #ring: { seq: number; ms: number }[] = []
  readonly #size: number
  #count = 0

  constructor(size = 1000) {
    this.#size = size
  }

  record(ms: number): void {
    this.#ring[this.#count % this.#size] = { seq: this.#count, ms }
    this.#count++
  }

  /**
   * Count since start, and p50/p99/max in milliseconds over the kept deliveries numbered
   * `since` and later (a caller reads `count` before a burst and passes it after).
   */
  summary(since = 0): { count: number; p50: number; p99: number; max: number } {
    const s = this.#ring
      .filter((e) => e.seq >= since)
      .map((e) => e.ms)
      .sort((a, b) => a - b)
    const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
    return { count: this.#count, p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? 0 }
  }
}
