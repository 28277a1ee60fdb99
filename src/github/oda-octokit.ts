import { ProbotOctokit } from 'probot'

export interface OdaOctokitOptions {
  /**
   * Keep GitHub's pacing of writes (about one per second per installation). Only tests that
   * need speed turn it off; production never does.
   */
  throttle?: boolean
  /** Times a request hit by a secondary rate limit is retried after `retry-after` (default 10). */
  secondaryRetries?: number
  /** Times a request hit by the primary rate limit is retried after the reset (default 3). */
  primaryRetries?: number
  /**
   * Milliseconds one "second" of a retry wait lasts (default 1000). Tests shrink it so a
   * `retry-after: 1` or the retry plugin's 1 s, 4 s, 9 s backoff do not slow them down.
   */
  retryBaseMs?: number
}

type Handler = (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: { log: { warn: (msg: string) => void } },
  retryCount: number,
) => boolean

/**
 * The Octokit class oda gives Probot. It fixes two things Probot 14.3.2 gets wrong for us:
 * - Probot's own throttle options replace the object `ProbotOctokit.defaults` sets, and their
 *   secondary-rate-limit handler only logs, so a 403 "secondary rate limit" would lose the
 *   write. This class uses function defaults, which run last, to install handlers that wait
 *   and retry, so a report is delayed, never lost.
 * - `{ throttle: { enabled: false } }` given as plain defaults is overwritten the same way;
 *   here it sticks.
 * Pacing is keyed by `throttle.id`, which `probot.auth(installationId)` sets to the
 * installation id: clients made that way are paced per installation, as GitHub counts limits.
 */
export function odaOctokit(o: OdaOctokitOptions = {}): typeof ProbotOctokit {
  const secondary = o.secondaryRetries ?? 10
  const primary = o.primaryRetries ?? 3
  const onSecondaryRateLimit: Handler = (retryAfter, options, octokit, retryCount) => {
    octokit.log.warn(
      `secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`,
    )
    return retryCount < secondary
  }
  const onRateLimit: Handler = (retryAfter, options, octokit, retryCount) => {
    octokit.log.warn(
      `rate limit exhausted on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`,
    )
    return retryCount < primary
  }
  return ProbotOctokit.defaults((instance: Record<string, unknown>) => {
    const given = typeof instance['throttle'] === 'object' && instance['throttle'] !== null ? instance['throttle'] : {}
    const retry = typeof instance['retry'] === 'object' && instance['retry'] !== null ? instance['retry'] : {}
    const base = o.retryBaseMs === undefined ? {} : { retryAfterBaseValue: o.retryBaseMs }
    return {
      ...instance,
      throttle: {
        ...given,
        onSecondaryRateLimit,
        onRateLimit,
        ...base,
        ...(o.throttle === false ? { enabled: false } : {}),
      },
      ...(o.retryBaseMs === undefined ? {} : { retry: { ...retry, ...base } }),
    }
  })
}
