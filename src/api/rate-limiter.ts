/** The state of one caller's window, for the `RateLimit-*` headers. */
export interface RateState {
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  resetS: number
  allowed: boolean
}

/**
 * Fixed-window request counting per key (API key id, client IP). Memory is bounded: windows
 * that ended are dropped on the next sweep, and at most `maxKeys` callers are tracked (the
 * oldest windows go first).
 */
export class RateLimiter {
  readonly #limit: number
  readonly #windowMs: number
  readonly #maxKeys: number
  readonly #windows = new Map<string, { start: number; count: number }>()

  constructor(o: { limit: number; windowMs: number; maxKeys?: number }) {
    this.#limit = o.limit
    this.#windowMs = o.windowMs
    this.#maxKeys = o.maxKeys ?? 100_000
  }

  /** Counts one request of `key` at `now` (ms). */
  hit(key: string, now: number): RateState {
    let w = this.#windows.get(key)
    if (!w || now - w.start >= this.#windowMs) {
      if (this.#windows.size >= this.#maxKeys) this.#sweep(now)
      w = { start: now, count: 0 }
      this.#windows.delete(key)
      this.#windows.set(key, w)
    }
    w.count += 1
    return {
      limit: this.#limit,
      remaining: Math.max(0, this.#limit - w.count),
      resetS: Math.max(1, Math.ceil((w.start + this.#windowMs - now) / 1000)),
      allowed: w.count <= this.#limit,
    }
  }

  #sweep(now: number): void {
    for (const [k, w] of this.#windows) if (now - w.start >= this.#windowMs) this.#windows.delete(k)
    // Still full: drop the oldest windows (Map keeps insertion order).
    for (const k of this.#windows.keys()) {
      if (this.#windows.size < this.#maxKeys) break
      this.#windows.delete(k)
    }
  }
}
