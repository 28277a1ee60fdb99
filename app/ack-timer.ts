/** Webhook answer times, kept for the last `size` deliveries (a ring), for `GET /metrics`. */
export class AckTimer {
  readonly #times: number[] = []
  readonly #size: number
  #count = 0

  constructor(size = 1000) {
    this.#size = size
  }

  record(ms: number): void {
    this.#times[this.#count % this.#size] = ms
    this.#count++
  }

  /** Count since start, and p50/p99/max over the kept window, in milliseconds. */
  summary(): { count: number; p50: number; p99: number; max: number } {
    const s = [...this.#times].sort((a, b) => a - b)
    const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
    return { count: this.#count, p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? 0 }
  }
}
