import type { CheckResult } from './check-result.ts'
import type { HealthConfig } from './health-check-config.ts'
import { runCheckOnce, type CheckDeps } from './run-check-once.ts'

/** Result of a health run: every check's last attempt, and whether all passed. */
export interface HealthRun {
  ok: boolean
  results: CheckResult[]
  /** Wall time from the first attempt to the verdict. */
  durationMs: number
}

/**
 * Runs every check; failing ones are retried with exponential backoff (intervalS doubling up
 * to maxIntervalS) until all pass or the next wait would cross the deadline. A check that
 * passed once is not re-run. No checks configured counts as healthy (reported as such).
 */
export async function waitHealthy(wait: {
  health: HealthConfig
  deps: CheckDeps
  sleep?: (ms: number) => Promise<void>
}): Promise<HealthRun> {
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const started = performance.now()
  const deadline = started + wait.health.deadlineS * 1000
  const results = new Map<number, CheckResult>()
  let delayMs = wait.health.intervalS * 1000
  for (;;) {
    const pending = wait.health.checks.map((c, i) => ({ c, i })).filter(({ i }) => !results.get(i)?.ok)
    await Promise.all(
      pending.map(async ({ c, i }) => {
        const r = await runCheckOnce(c, wait.deps)
        results.set(i, {
          name: c.name,
          type: c.type,
          ok: r.ok,
          latencyMs: r.latencyMs,
          attempts: (results.get(i)?.attempts ?? 0) + 1,
          message: r.message,
        })
      }),
    )
    const all = wait.health.checks.map((_, i) => results.get(i)!)
    const ok = all.every((r) => r.ok)
    if (ok || performance.now() + delayMs > deadline || wait.deps.signal?.aborted)
      return { ok, results: all, durationMs: Math.round(performance.now() - started) }
    await sleep(delayMs)
    delayMs = Math.min(Math.max(delayMs * 2, 50), wait.health.maxIntervalS * 1000)
  }
}
