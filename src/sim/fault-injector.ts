import type { Json } from './json.ts'

/** A planned misbehaviour for matching requests. */
export interface FaultSpec {
  /** HTTP method; any when omitted. */
  method?: string
  /**
   * Which requests: a served operation path (`/repos/{owner}/{repo}/check-runs`), a
   * concrete path (`/repos/acme/shop/check-runs`) or a RegExp on the concrete path.
   */
  path?: string | RegExp
  /** Status to answer instead of handling: 5xx, or 403 with `secondary` for a secondary rate limit. */
  status?: number
  /** Answer 403 "You have exceeded a secondary rate limit" with `retry-after`. */
  secondary?: boolean
  /** Answer like an exhausted primary rate limit: 403, `x-ratelimit-remaining: 0`, reset in `retryAfter` s. */
  primary?: boolean
  /** Seconds for `retry-after` (secondary) or until `x-ratelimit-reset` (primary); default 1. */
  retryAfter?: number
  /** Delay before answering (or before handling, when no status is given). */
  delayMs?: number
  /** How many matching requests this fault applies to (default 1; Infinity for all). */
  times?: number
  /** Custom error body. */
  body?: Json
}

/** A fault that was added; `hits` counts the requests it changed. */
export interface Fault extends FaultSpec {
  hits: number
  remove(): void
}

/** Per-route fault injection: errors, secondary rate limits and slow answers. */
export class FaultInjector {
  readonly #faults: Fault[] = []

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, hits: 0, remove: () => this.#remove(fault) }
    this.#faults.push(fault)
    return fault
  }

  clear(): void {
    this.#faults.length = 0
  }

  /** The first live fault for a request, consuming one of its `times`. */
  take(method: string, path: string, route: string | undefined): Fault | undefined {
    const f = this.#faults.find((x) => matches(x, method, path, route) && x.hits < (x.times ?? 1))
    if (f) f.hits++
    return f
  }

  #remove(f: Fault): void {
    const i = this.#faults.indexOf(f)
    if (i >= 0) this.#faults.splice(i, 1)
  }
}

function matches(f: FaultSpec, method: string, path: string, route: string | undefined): boolean {
  if (f.method && f.method.toUpperCase() !== method) return false
  if (f.path === undefined) return true
  if (f.path instanceof RegExp) return f.path.test(path)
  return f.path === path || (route !== undefined && route.endsWith(` ${f.path}`))
}
