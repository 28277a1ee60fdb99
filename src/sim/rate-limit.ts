/**
 * Primary rate-limit bookkeeping per credential, so responses carry the
 * `x-ratelimit-*` headers Octokit's throttling plugin reads.
 */
export class RateLimits {
  readonly limit: number
  readonly #used = new Map<string, { used: number; reset: number }>()
  readonly #now: () => Date

  constructor(limit = 5000, now: () => Date = () => new Date()) {
    this.limit = limit
    this.#now = now
  }

  /** Counts one request for `key` and returns the headers to send. */
  count(key: string): Record<string, string> {
    const nowS = Math.floor(this.#now().getTime() / 1000)
    let b = this.#used.get(key)
    if (!b || b.reset <= nowS) {
      b = { used: 0, reset: nowS + 3600 }
      this.#used.set(key, b)
    }
    b.used++
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - b.used)),
      'x-ratelimit-used': String(b.used),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-resource': 'core',
    }
  }
}
