import type { Logger } from 'pino'
import { DeployError } from './deploy-error.ts'
import { describeHolder, isLockExpired } from './encode-lock.ts'
import type { DeployLock, LockInfo } from './ports.ts'

/** Longest wait between two renewals, whatever the TTL: a renewal that fails has time for more tries. */
const MAX_BEAT_MS = 5 * 60_000

/** A deploy lock held for the length of a release. */
export interface HeldLock {
  /** The lock as last renewed. */
  readonly info: LockInfo
  /** Aborted, with a DeployError `lock_lost` as reason, once the lock is known to be lost. */
  readonly signal: AbortSignal
  /** Reads the lock back before a step; throws DeployError `lock_lost` unless this run still holds it. */
  verify(before: string): Promise<void>
  /** Stops renewing (the caller then releases the lock). */
  stop(): void
}

/**
 * Keeps a deploy lock for as long as the release runs: a heartbeat renews its lease every third
 * of the TTL (at most every 5 minutes), so a deploy that runs longer than `lockTtlMinutes` keeps
 * it, while a crashed one frees it within one TTL. When a renewal is refused (another run holds
 * the lock, or it expired while this process stalled), or the lease ends without a renewal
 * getting through, the lock is lost: `signal` aborts, which stops the running step, and
 * `verify` refuses every later step.
 */
export function holdDeployLock(hold: {
  lock: DeployLock
  info: LockInfo
  ttlMs: number
  now: () => Date
  log: Logger
}): HeldLock {
  let info = hold.info
  let busy = false
  const lost = new AbortController()
  const loseWith = async (why: string): Promise<never> => {
    if (!lost.signal.aborted) {
      const holder = await hold.lock.read(info.environment).catch(() => undefined)
      const now = holder && holder.runId !== info.runId ? `; ${describeHolder(holder)}` : ''
      lost.abort(
        new DeployError(
          'lock_lost',
          `lost the lock on environment ${info.environment} ${why}${now}: stopped before changing anything more`,
        ),
      )
      hold.log.warn({ environment: info.environment, runId: info.runId }, 'deploy lock lost')
    }
    throw lost.signal.reason
  }
  const renew = async (): Promise<void> => {
    if (busy || lost.signal.aborted) return
    busy = true
    try {
      const next = { ...info, expiresAt: new Date(hold.now().getTime() + hold.ttlMs).toISOString() }
      if (await hold.lock.renew(next)) info = next
      else await loseWith('(it expired or another run took it)')
    } catch (error) {
      if (error instanceof DeployError) return
      // A failed request is not a lost lock yet: the lease may still run, and the next beat retries.
      if (isLockExpired(info, hold.now())) await loseWith('(its lease ran out while renewals failed)').catch(() => {})
      else hold.log.warn({ err: String(error), environment: info.environment }, 'could not renew the deploy lock')
    } finally {
      busy = false
    }
  }
  const beat = setInterval(() => void renew(), Math.max(500, Math.min(MAX_BEAT_MS, Math.floor(hold.ttlMs / 3))))
  return {
    get info() {
      return info
    },
    signal: lost.signal,
    async verify(before) {
      if (lost.signal.aborted) throw lost.signal.reason
      const current = await hold.lock.read(info.environment)
      if (!current || current.runId !== info.runId || isLockExpired(current, hold.now()))
        await loseWith(`before ${before}`)
    },
    stop: () => clearInterval(beat),
  }
}
